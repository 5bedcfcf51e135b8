import type { ReportDocument } from '../document/report-document';

/**
 * A small report with every column kind, a suppressed figure, umlauts, a separator inside a text and a
 * chart; shared by the writer specs (test data only, not exported from the library).
 */
export function sampleDocument(): ReportDocument {
  return {
    title: 'Bündnis-Monitor',
    subtitle: 'Bericht an das Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend',
    parameters: [
      { label: 'Zeitraum', value: '01.01.2025 – 31.12.2025' },
      { label: 'Stichtag', value: '31.12.2025' },
      { label: 'Länder', value: 'alle' },
    ],
    notes: ['Zahlen unter 3 zu Personen werden als "< 3" ausgewiesen.'],
    tables: [
      {
        key: 'buendnisse_nach_land',
        title: 'Bündnisse nach Land und Status',
        description: 'Zahl der Bündnisse am Stichtag je Land und Status.',
        columns: [
          { key: 'land', label: 'Land', kind: 'text' },
          { key: 'aktiv', label: 'Aktiv', kind: 'integer' },
          { key: 'ruhend', label: 'Ruhend', kind: 'integer' },
          { key: 'anteil', label: 'Anteil aktiv', kind: 'percent' },
        ],
        rows: [
          ['Baden-Württemberg', 1234, 17, 98.6],
          ['Thüringen', 12, '< 3', 85.7],
          ['Gesamt', 1246, 19, 98.5],
        ],
        chart: { type: 'bar', categoryColumn: 'land', valueColumn: 'aktiv' },
      },
      {
        key: 'gruendungen',
        title: 'Gründungen: Wiederbelebungen/Auflösungen [Zeitraum]',
        description: 'Ereignisse im Zeitraum mit Datum; Stunden als Dezimalzahl.',
        columns: [
          { key: 'buendnis', label: 'Bündnis', kind: 'text' },
          { key: 'datum', label: 'Datum', kind: 'date' },
          { key: 'stunden', label: 'Stunden', kind: 'decimal' },
        ],
        rows: [
          ['Lokales Bündnis für Familie Straße; Groß-Gerau', '2025-03-01', 2.25],
          ['Bündnis "Familie" Köln', '2025-11-30', 10],
          ['Ohne Angabe', null, null],
        ],
      },
    ],
  };
}
