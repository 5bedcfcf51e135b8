/**
 * A report as data, independent of its file format: the figures module builds it, the writers turn
 * it into XLSX, CSV (ZIP) and PDF. Every format shows the same cells, so their numbers agree.
 */
export interface ReportDocument {
  /** e.g. "Bündnis-Monitor" */
  title: string;
  /** e.g. "Bericht an das Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend" */
  subtitle: string;
  /** Parameters as German label/value pairs, in display order (Zeitraum, Stichtag, Länder, Erstellt am …). */
  parameters: { label: string; value: string }[];
  /** Explanatory notes shown before the tables (e.g. the suppression rule). */
  notes: string[];
  tables: ReportTable[];
  /** SHA-256 (hex) of the figures and parameters (see figures/checksum.ts); set once the run has finished. */
  checksum?: string;
  /** When the figures were computed (ISO timestamp); not part of the checksum. */
  generatedAt?: string;
}

export type ReportCell = string | number | null;

export interface ReportTable {
  /** Stable file-safe key: sheet name base and CSV file name ("buendnisse_nach_land"). */
  key: string;
  /** German heading ("Bündnisse nach Land und Status"). */
  title: string;
  /** One sentence: what the table counts, and how. */
  description: string;
  columns: { key: string; label: string; kind: 'text' | 'integer' | 'decimal' | 'percent' | 'date' }[];
  /**
   * Rows in display order. A suppressed figure (persons below 3) is the string "< 3"; totals are
   * computed so that suppressed cells cannot be recovered from them.
   */
  rows: ReportCell[][];
  /** Optional chart for the PDF: which column holds the category and which the value. */
  chart?: { type: 'bar'; categoryColumn: string; valueColumn: string };
}
