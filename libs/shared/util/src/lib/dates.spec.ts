import { addOneMonth, berlinDate, formatGermanDate, isIsoCalendarDate } from './dates';

describe('dates', () => {
  it('formats ISO dates in German order', () => {
    expect(formatGermanDate('2019-03-26')).toBe('26.03.2019');
  });

  it('rejects impossible calendar dates', () => {
    expect(isIsoCalendarDate('2019-02-29')).toBe(false);
    expect(isIsoCalendarDate('2020-02-29')).toBe(true);
    expect(isIsoCalendarDate('26.03.2019')).toBe(false);
  });
});

describe('Berlin calendar dates', () => {
  it('uses the German calendar day around midnight UTC', () => {
    expect(berlinDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(berlinDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('adds one month like PostgreSQL', () => {
    expect(addOneMonth('2026-01-31')).toBe('2026-02-28');
    expect(addOneMonth('2024-01-31')).toBe('2024-02-29');
    expect(addOneMonth('2026-12-15')).toBe('2027-01-15');
  });
});
