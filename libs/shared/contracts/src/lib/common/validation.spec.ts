import 'reflect-metadata';
import { hasAtMostDecimalPlaces } from './validation';

describe('hasAtMostDecimalPlaces', () => {
  it.each([
    [1.5, 2, true],
    [0.01, 2, true],
    [12.25, 1, false],
    [0.125, 2, false],
    [1e-7, 2, false],
    [5e-324, 2, false],
    [1e21, 2, true],
    [Number.NaN, 2, false],
    [Number.POSITIVE_INFINITY, 2, false],
    ['1.5', 2, false],
  ])('%p with at most %p places → %p', (value, places, expected) => {
    expect(hasAtMostDecimalPlaces(value, places)).toBe(expected);
  });
});
