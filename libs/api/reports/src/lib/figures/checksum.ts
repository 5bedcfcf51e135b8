import { createHash } from 'node:crypto';
import type { ReportDocument } from '../document/report-document';

/**
 * Canonical JSON: object keys sorted, no whitespace, arrays in order. Numbers print as JavaScript
 * prints them (figures are integers or rounded to fixed places before they get here).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 (hex) over what a report states: its type, its parameters and every table (key, columns,
 * rows). Not over when or by whom it was made, so the same parameters on the same data give the same
 * checksum (domain-research §3.1 reproducibility).
 */
export function reportChecksum(type: string, parameters: object, doc: Pick<ReportDocument, 'tables'>): string {
  const figures = {
    type,
    parameters,
    tables: doc.tables.map((table) => ({ key: table.key, columns: table.columns.map((c) => [c.key, c.kind]), rows: table.rows })),
  };
  return createHash('sha256').update(canonicalJson(figures), 'utf8').digest('hex');
}
