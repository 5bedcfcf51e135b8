import fc from 'fast-check';
import { LineCell, protectLine, ProtectedValue, SUPPRESSED, WITHHELD } from './suppression';

const person = (...values: number[]): LineCell[] => values.map((value) => ({ value, isPerson: true }));
const sum = (cells: readonly LineCell[]): number => cells.reduce((s, c) => s + c.value, 0);

/**
 * Every assignment of the hidden cells an attacker who knows the rule would consider, given only the
 * published line: "< 3" is 1 or 2; "x" is at most the smallest visible non-zero cell, at least 1 while such
 * a cell exists, and for persons not 1 or 2.
 * Returns the set of possible values per hidden position (brute force, independent of the implementation).
 */
function possibleValues(cells: readonly LineCell[], shown: ProtectedValue[], total: number): Map<number, Set<number>> {
  const hidden = shown.map((v, i) => ({ v, i })).filter((h) => typeof h.v === 'string');
  const visible = shown.filter((v): v is number => typeof v === 'number');
  const rest = total - visible.reduce((s, v) => s + v, 0);
  const nonZero = visible.filter((v) => v > 0);
  const upper = Math.min(rest, ...nonZero);
  const domains = hidden.map((h) => {
    if (h.v === SUPPRESSED) return [1, 2];
    const values: number[] = [];
    for (let v = nonZero.length ? 1 : 0; v <= upper; v++) if (!(cells[h.i].isPerson && (v === 1 || v === 2))) values.push(v);
    return values;
  });
  const result = new Map<number, Set<number>>(hidden.map((h) => [h.i, new Set<number>()]));
  const walk = (k: number, chosen: number[], acc: number): void => {
    if (acc > rest) return;
    if (k === hidden.length) {
      if (acc === rest) chosen.forEach((v, j) => result.get(hidden[j].i)?.add(v));
      return;
    }
    for (const v of domains[k]) walk(k + 1, [...chosen, v], acc + v);
  };
  walk(0, [], 0);
  return result;
}

describe('protectLine', () => {
  it('shows person figures of 1 and 2 as "< 3" and keeps 0 and larger values', () => {
    expect(protectLine(person(0, 5, 7), { value: 12, isPerson: true })).toEqual({ cells: [0, 5, 7], total: 12 });
    expect(protectLine(person(1, 2), null)).toEqual({ cells: [SUPPRESSED, SUPPRESSED], total: null });
  });

  it('does not touch figures that are not about persons', () => {
    expect(protectLine([{ value: 1, isPerson: false }, { value: 9, isPerson: false }], { value: 10, isPerson: false })).toEqual({
      cells: [1, 9],
      total: 10,
    });
  });

  it('withholds the next smallest cell when one suppressed cell could be computed from the total', () => {
    // 10 + 4 + 1 = 15: "1" would follow from 15 − 10 − 4; the 4 is withheld too.
    expect(protectLine(person(10, 4, 1), { value: 15, isPerson: true })).toEqual({ cells: [10, WITHHELD, SUPPRESSED], total: 15 });
  });

  it('withholds more when two suppressed values are pinned (1 + 1 = 2)', () => {
    const line = protectLine(person(1, 1, 10), { value: 12, isPerson: true });
    expect(line.cells).toEqual([SUPPRESSED, SUPPRESSED, WITHHELD]);
    expect(line.total).toBe(12);
  });

  it('withholds a non-zero cell rather than zeros', () => {
    expect(protectLine(person(0, 0, 50, 2, 100), { value: 152, isPerson: true })).toEqual({
      cells: [0, 0, WITHHELD, SUPPRESSED, 100],
      total: 152,
    });
  });

  it('withholds the total only when no cell is left to withhold (2 + 2 = 4)', () => {
    expect(protectLine(person(2, 2), { value: 4, isPerson: true })).toEqual({ cells: [SUPPRESSED, SUPPRESSED], total: WITHHELD });
  });

  it('shows a total of 1 or 2 as "< 3"', () => {
    expect(protectLine(person(0, 2), { value: 2, isPerson: true })).toEqual({ cells: [0, SUPPRESSED], total: SUPPRESSED });
  });

  it('property: no published line reveals a suppressed or withheld value, and visible cells are true', () => {
    const cell = fc.record({ value: fc.integer({ min: 0, max: 9 }), isPerson: fc.boolean() });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (cells) => {
        const total = sum(cells);
        const line = protectLine(cells, { value: total, isPerson: true });
        line.cells.forEach((shown, i) => {
          if (typeof shown === 'number') expect(shown).toBe(cells[i].value);
          if (cells[i].isPerson && cells[i].value >= 1 && cells[i].value <= 2) expect(shown).toBe(SUPPRESSED);
          if (shown === SUPPRESSED) expect(cells[i].isPerson && cells[i].value >= 1 && cells[i].value <= 2).toBe(true);
        });
        if (typeof line.total !== 'number') return; // no equation published
        expect(line.total).toBe(total);
        for (const [position, values] of possibleValues(cells, line.cells, total)) {
          expect(values.size).toBeGreaterThanOrEqual(2);
          expect(values.has(cells[position].value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('property: without suppressed figures nothing is withheld', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 3, max: 500 }), { minLength: 1, maxLength: 8 }), (values) => {
        const line = protectLine(person(...values), { value: values.reduce((s, v) => s + v, 0), isPerson: true });
        expect(line.cells).toEqual(values);
      }),
    );
  });

  it('stays fast for large totals (participant sums)', () => {
    const started = Date.now();
    protectLine(person(1, 40_000, 35_000, 2, 60_000), { value: 135_003, isPerson: true });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
