import { formatGermanDate, isIsoCalendarDate } from './dates';

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
