import { buildMonthGrid, monthRange, monthTitle, parseMonth, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('covers November 2025 in weeks from Monday to Sunday', () => {
    // 1 November 2025 is a Saturday, 30 November a Sunday.
    const weeks = buildMonthGrid('2025-11', [], () => '', '2025-11-14');
    expect(weeks).toHaveLength(5);
    expect(weeks[0].days.map((d) => d.iso)).toEqual([
      '2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31', '2025-11-01', '2025-11-02',
    ]);
    expect(weeks[0].days.map((d) => d.isInMonth)).toEqual([false, false, false, false, false, true, true]);
    expect(weeks[4].days[6].iso).toBe('2025-11-30');
    expect(weeks.flatMap((w) => w.days).filter((d) => d.isToday).map((d) => d.iso)).toEqual(['2025-11-14']);
  });

  it('needs six weeks when the month starts late in the week', () => {
    // 1 March 2026 is a Sunday: 31 days over six rows.
    const weeks = buildMonthGrid('2026-03', [], () => '', '2000-01-01');
    expect(weeks).toHaveLength(6);
    expect(weeks[0].days[6].iso).toBe('2026-03-01');
    expect(weeks[5].days[1].iso).toBe('2026-03-31');
  });

  it('places items on their day and ignores items outside the month', () => {
    const items = [
      { id: 'a', on: '2025-11-03' },
      { id: 'b', on: '2025-11-03' },
      { id: 'c', on: '2025-11-30' },
      { id: 'd', on: '2025-10-31' },
    ];
    const days = buildMonthGrid('2025-11', items, (item) => item.on, '2025-11-14').flatMap((w) => w.days);
    const byDate = (iso: string) => days.find((d) => d.iso === iso)?.items.map((item) => item.id);
    expect(byDate('2025-11-03')).toEqual(['a', 'b']);
    expect(byDate('2025-11-30')).toEqual(['c']);
    expect(byDate('2025-10-31')).toEqual([]);
  });

  it('reads, shifts and names months', () => {
    expect(parseMonth('2025-11', '2024-01')).toBe('2025-11');
    expect(parseMonth('2025-13', '2024-01')).toBe('2024-01');
    expect(parseMonth(null, '2024-01')).toBe('2024-01');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthTitle('2025-11')).toBe('November 2025');
  });
});
