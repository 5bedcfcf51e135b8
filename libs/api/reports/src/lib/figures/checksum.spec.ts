import fc from 'fast-check';
import type { ReportTable } from '../document/report-document';
import { canonicalJson, reportChecksum } from './checksum';

const table = (rows: ReportTable['rows']): ReportTable => ({
  key: 'mentoren_nach_status',
  title: 'Mentor:innen nach Status',
  description: 'Anzahl',
  columns: [
    { key: 'status', label: 'Status', kind: 'text' },
    { key: 'anzahl', label: 'Anzahl', kind: 'integer' },
  ],
  rows,
});
const params = { periodFrom: '2024-01-01', periodTo: '2024-12-31', referenceDate: '2024-12-31', laender: ['03', '06'] };

describe('reportChecksum', () => {
  it('is a SHA-256 hex digest', () => {
    expect(reportChecksum('MENTORING_BERICHT', params, { tables: [table([['Aktiv', 5]])] })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order, run time or author (they are not part of the figures)', () => {
    const a = reportChecksum('MENTORING_BERICHT', params, { tables: [table([['Aktiv', 5]])] });
    const reordered = { laender: ['03', '06'], referenceDate: '2024-12-31', periodTo: '2024-12-31', periodFrom: '2024-01-01' };
    const withMeta = { tables: [table([['Aktiv', 5]])], title: 'anders', parameters: [{ label: 'Erstellt am', value: 'heute' }] };
    expect(reportChecksum('MENTORING_BERICHT', reordered, withMeta)).toBe(a);
  });

  it('changes with any figure, parameter or the report type', () => {
    const a = reportChecksum('MENTORING_BERICHT', params, { tables: [table([['Aktiv', 5]])] });
    expect(reportChecksum('MENTORING_BERICHT', params, { tables: [table([['Aktiv', 6]])] })).not.toBe(a);
    expect(reportChecksum('MENTORING_BERICHT', params, { tables: [table([['Aktiv', '< 3']])] })).not.toBe(a);
    expect(reportChecksum('MENTORING_BERICHT', { ...params, laender: ['03'] }, { tables: [table([['Aktiv', 5]])] })).not.toBe(a);
    expect(reportChecksum('BUENDNIS_MONITOR', params, { tables: [table([['Aktiv', 5]])] })).not.toBe(a);
  });

  it('property: canonical JSON is insensitive to key order and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.string(), fc.constant(null))), (object) => {
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(object));
        expect(JSON.parse(canonicalJson(object))).toEqual(object);
      }),
    );
  });
});
