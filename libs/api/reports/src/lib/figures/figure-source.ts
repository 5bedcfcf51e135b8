import type { ReportTable } from '../document/report-document';
import type { ReportParameters } from './report-parameters';

/** Runs one SQL statement inside the report's snapshot (a read-only REPEATABLE READ transaction). */
export type Query = <T = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<T[]>;

export interface FigureInput {
  query: Query;
  parameters: ReportParameters;
  /** Land code → name, in code order (only the selected Länder when some are selected). */
  laender: { code: string; name: string }[];
  /** Reports progress in percent (0–100) of the figure work. */
  progress: (percent: number) => Promise<void>;
}

export interface Figures {
  tables: ReportTable[];
  notes: string[];
}

/** Number from a pg result (counts come back as strings for bigint/numeric). */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
