import { addCalendarDays, addWorkingDays, isOverdue, isWorkingDay, latestOverdueStart } from './working-days';

// 2025-03-10 is a Monday.
describe('working days (Mon–Fri, public holidays ignored)', () => {
  it('knows weekends', () => {
    expect(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13', '2025-03-14'].every(isWorkingDay)).toBe(true);
    expect(isWorkingDay('2025-03-15')).toBe(false);
    expect(isWorkingDay('2025-03-16')).toBe(false);
  });

  it('does not know public holidays (Tag der Arbeit counts as a working day)', () => {
    expect(isWorkingDay('2025-05-01')).toBe(true);
  });

  it.each([
    ['2025-03-10', 2, '2025-03-12'], // Monday + 2 = Wednesday
    ['2025-03-13', 2, '2025-03-17'], // Thursday + 2 = Monday
    ['2025-03-14', 2, '2025-03-18'], // Friday + 2 = Tuesday
    ['2025-03-15', 2, '2025-03-18'], // Saturday + 2 = Tuesday
    ['2025-03-16', 2, '2025-03-18'], // Sunday + 2 = Tuesday
    ['2025-03-10', 5, '2025-03-17'], // Monday + 5 = next Monday
    ['2025-03-14', 5, '2025-03-21'], // Friday + 5 = next Friday
    ['2025-12-30', 2, '2026-01-01'], // across the year (New Year's Day is not a holiday here)
    ['2025-03-10', 0, '2025-03-10'],
  ])('%s + %i working days = %s', (start, days, deadline) => {
    expect(addWorkingDays(start, days)).toBe(deadline);
  });

  it('is overdue only after the deadline day', () => {
    expect(isOverdue('2025-03-10', 2, '2025-03-12')).toBe(false);
    expect(isOverdue('2025-03-10', 2, '2025-03-13')).toBe(true);
    expect(isOverdue('2025-03-14', 2, '2025-03-17')).toBe(false);
    expect(isOverdue('2025-03-14', 2, '2025-03-19')).toBe(true);
  });

  it.each([
    ['2025-03-13', 2, '2025-03-10'], // Thursday: Monday's requests are overdue, Tuesday's not yet
    ['2025-03-17', 2, '2025-03-12'], // Monday: up to last Wednesday (Thursday's deadline is today)
    ['2025-03-19', 2, '2025-03-16'], // Wednesday: Friday + weekend (deadline Tuesday) are overdue
    ['2025-03-18', 5, '2025-03-10'], // Tuesday: offers of last Monday and before
  ])('on %s with %i working days the latest overdue start is %s', (today, days, cutoff) => {
    expect(latestOverdueStart(today, days)).toBe(cutoff);
    expect(isOverdue(cutoff, days, today)).toBe(true);
    expect(isOverdue(addCalendarDays(cutoff, 1), days, today)).toBe(false);
  });

  it('agrees with isOverdue for every start date in a quarter', () => {
    for (let offset = 0; offset < 90; offset++) {
      const today = addCalendarDays('2025-01-01', offset);
      const cutoff = latestOverdueStart(today, 2);
      for (let back = 1; back < 12; back++) {
        const start = addCalendarDays(today, -back);
        expect(isOverdue(start, 2, today)).toBe(start <= cutoff);
      }
    }
  });
});
