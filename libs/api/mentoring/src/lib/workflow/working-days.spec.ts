import fc from 'fast-check';
import { addDays, addWorkingDays, isOverdue, isWorkingDay, overdueCutoff } from './working-days';

// 2025-03-10 is a Monday.
describe('working days (Mon–Fri, public holidays ignored)', () => {
  it.each([
    ['2025-03-10', 0, '2025-03-10'],
    ['2025-03-10', 1, '2025-03-11'],
    ['2025-03-10', 2, '2025-03-12'],
    ['2025-03-13', 2, '2025-03-17'], // Thursday + 2 → Monday
    ['2025-03-14', 2, '2025-03-18'], // Friday + 2 → Tuesday
    ['2025-03-15', 2, '2025-03-18'], // Saturday + 2 → Tuesday
    ['2025-03-16', 1, '2025-03-17'], // Sunday + 1 → Monday
    ['2025-03-10', 5, '2025-03-17'],
    ['2025-03-14', 5, '2025-03-21'],
    ['2024-12-31', 2, '2025-01-02'], // across the year; New Year's Day counts (holidays ignored)
    ['2024-02-28', 1, '2024-02-29'], // leap day
  ])('%s + %i working days = %s', (start, count, expected) => {
    expect(addWorkingDays(start, count)).toBe(expected);
  });

  it('knows weekends', () => {
    expect(['2025-03-14', '2025-03-15', '2025-03-16', '2025-03-17'].map(isWorkingDay)).toEqual([true, false, false, true]);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-03-10', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-03-10', 1.5)).toThrow(RangeError);
  });

  it('calls a request received on Monday overdue on Thursday, not on Wednesday (2 working days)', () => {
    expect(isOverdue('2025-03-10', 2, '2025-03-12')).toBe(false);
    expect(isOverdue('2025-03-10', 2, '2025-03-13')).toBe(true);
    expect(isOverdue('2025-03-14', 2, '2025-03-18')).toBe(false);
    expect(isOverdue('2025-03-14', 2, '2025-03-19')).toBe(true);
  });

  it.each([
    ['2025-03-13', 2, '2025-03-11'], // Thursday: Monday's requests are overdue, Tuesday's not
    ['2025-03-17', 2, '2025-03-13'], // Monday: Wednesday's overdue; Thursday's, Friday's and the weekend's not
    ['2025-03-19', 2, '2025-03-17'], // Wednesday: the weekend's are due Tuesday, so overdue; Monday's not
    ['2025-03-24', 5, '2025-03-17'],
  ])('cutoff on %s for %i working days is %s', (today, count, cutoff) => {
    expect(overdueCutoff(today, count)).toBe(cutoff);
  });

  it('cutoff agrees with isOverdue for every start date (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 10 }), (today, offset, count) => {
        const start = addDays(today, offset);
        return isOverdue(start, count, today) === start < overdueCutoff(today, count);
      }),
    );
  });
});
