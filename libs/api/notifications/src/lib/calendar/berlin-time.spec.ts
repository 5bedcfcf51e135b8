import { berlinWallTimeToInstant } from './berlin-time';

describe('berlinWallTimeToInstant', () => {
  it('subtracts one hour in winter and two in summer', () => {
    expect(berlinWallTimeToInstant('2025-01-15', '09:30').toISOString()).toBe('2025-01-15T08:30:00.000Z');
    expect(berlinWallTimeToInstant('2025-05-20', '09:30:00').toISOString()).toBe('2025-05-20T07:30:00.000Z');
  });

  it('handles the days of the clock changes', () => {
    expect(berlinWallTimeToInstant('2025-03-30', '01:30').toISOString()).toBe('2025-03-30T00:30:00.000Z');
    expect(berlinWallTimeToInstant('2025-03-30', '04:00').toISOString()).toBe('2025-03-30T02:00:00.000Z');
    expect(berlinWallTimeToInstant('2025-10-26', '04:00').toISOString()).toBe('2025-10-26T03:00:00.000Z');
  });
});
