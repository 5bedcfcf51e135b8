/**
 * Small-count protection for figures about persons (domain-research §3.1 "Formats and rules":
 * n < 3 for mentor-related figures; PRODUCT.md flow 5).
 *
 * The rule, applied to one line (a column of a table together with its total):
 *  1. Primary suppression: a person figure of 1 or 2 is shown as "< 3". A 0 is shown: it describes
 *     nobody. The total is itself a figure; a total of 1 or 2 is shown as "< 3" too.
 *  2. Secondary suppression: if the visible total and the visible cells would still pin down a
 *     suppressed value, the smallest visible non-zero cell is withheld as well ("x"), then the next
 *     smallest, until no withheld value can be determined (zeros only when no other cell is left). Totals stay as they are, so every table of the same
 *     population shows the same total.
 *  3. Only if even all cells withheld leave a value determined (e.g. 2 + 2 = 4) is the total withheld.
 *
 * "Determined" is judged against an attacker who knows this rule: a "< 3" is 1 or 2; an "x" is at
 * most the smallest visible non-zero cell of the line, at least 1 while such a cell exists, and, for a
 * person figure, not 1 or 2. Each
 * withheld value must keep at least two possible values given the total. The property tests check
 * this by enumerating every assignment.
 */
export const SUPPRESSED = '< 3' as const;
export const WITHHELD = 'x' as const;

export type ProtectedValue = number | typeof SUPPRESSED | typeof WITHHELD;

export interface LineCell {
  value: number;
  /** True when the figure counts persons (mentors, feedback answers, participants …). */
  isPerson: boolean;
}

export interface ProtectedLine {
  cells: ProtectedValue[];
  total: ProtectedValue | null;
}

type Kind = 'visible' | 'primary' | 'secondary';

const isSmall = (value: number): boolean => value >= 1 && value <= 2;

/** Protects one line; `total` is the line's total as printed (null: the line has no total). */
export function protectLine(cells: readonly LineCell[], total: LineCell | null): ProtectedLine {
  const kinds: Kind[] = cells.map((cell) => (cell.isPerson && isSmall(cell.value) ? 'primary' : 'visible'));
  const render = (): ProtectedValue[] =>
    cells.map((cell, i) => (kinds[i] === 'primary' ? SUPPRESSED : kinds[i] === 'secondary' ? WITHHELD : cell.value));
  if (!total) return { cells: render(), total: null };
  if (total.isPerson && isSmall(total.value)) return { cells: render(), total: SUPPRESSED };
  while (kinds.some((kind) => kind !== 'visible') && isDetermined(cells, kinds)) {
    const next = smallestVisible(cells, kinds);
    if (next < 0) return { cells: render(), total: WITHHELD };
    kinds[next] = 'secondary';
  }
  return { cells: render(), total: total.value };
}

/** Index of the smallest visible non-zero cell, else of a visible zero, else -1. */
function smallestVisible(cells: readonly LineCell[], kinds: readonly Kind[]): number {
  let best = -1;
  const rank = (value: number): number => (value === 0 ? Number.MAX_SAFE_INTEGER : value);
  cells.forEach((cell, i) => {
    if (kinds[i] === 'visible' && (best < 0 || rank(cell.value) < rank(cells[best].value))) best = i;
  });
  return best;
}

/** Ranges [from, to] of values a hidden cell may take in the attacker's eyes. */
function hiddenDomain(kind: Kind, isPerson: boolean, lower: number, upper: number): [number, number][] {
  if (kind === 'primary') return [[1, 2]];
  if (!isPerson) return [[lower, upper]];
  const ranges: [number, number][] = lower === 0 ? [[0, 0]] : [];
  if (upper >= 3) ranges.push([3, upper]);
  return ranges;
}

/**
 * True when, given the total, some hidden cell of the line can take only one value. Sums reachable by
 * the other hidden cells are computed as a bit set over 0..rest (interval domains, prefix sums).
 */
function isDetermined(cells: readonly LineCell[], kinds: readonly Kind[]): boolean {
  const hidden = cells.map((cell, i) => ({ cell, kind: kinds[i] })).filter((h) => h.kind !== 'visible');
  const visible = cells.filter((_, i) => kinds[i] === 'visible');
  const rest = hidden.reduce((sum, h) => sum + h.cell.value, 0);
  const nonZero = visible.filter((cell) => cell.value > 0).map((cell) => cell.value);
  const upper = Math.min(rest, ...nonZero);
  const lower = nonZero.length ? 1 : 0;
  const domains = hidden.map((h) => hiddenDomain(h.kind, h.cell.isPerson, lower, upper));
  return domains.some((domain, i) => {
    const others = reachableSums(domains.filter((_, j) => j !== i), rest);
    let possible = 0;
    for (const [from, to] of domain) {
      for (let v = from; v <= Math.min(to, rest); v++) if (others[rest - v]) possible++;
      if (possible >= 2) return false;
    }
    return possible < 2;
  });
}

function reachableSums(domains: [number, number][][], max: number): Uint8Array {
  let reach = new Uint8Array(max + 1);
  reach[0] = 1;
  for (const domain of domains) {
    const prefix = new Int32Array(max + 2);
    for (let s = 0; s <= max; s++) prefix[s + 1] = prefix[s] + reach[s];
    const next = new Uint8Array(max + 1);
    for (let s = 0; s <= max; s++) {
      for (const [from, to] of domain) {
        const lo = s - Math.min(to, max);
        const hi = s - from;
        if (hi < 0) continue;
        if (prefix[hi + 1] - prefix[Math.max(lo, 0)] > 0) {
          next[s] = 1;
          break;
        }
      }
    }
    reach = next;
  }
  return reach;
}
