import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AXE_RECORDS_FILE, AXE_SUMMARY_FILE } from './paths';
import { KNOWN_EXCEPTIONS, type AxeRecord } from './axe';

export interface AxeSummary {
  checks: number;
  pages: number;
  violations: number;
  failedChecks: AxeRecord[];
  /** Known third-party findings (KNOWN_EXCEPTIONS): how often each was seen. */
  exceptions: { rule: string; target: string; reason: string; seen: number }[];
  checked: { page: string; state: string; role: string; url: string; violations: number }[];
}

/** Sums up the axe records of this run into tmp/axe-summary.json. */
export function writeAxeSummary(): AxeSummary {
  const records: AxeRecord[] = existsSync(AXE_RECORDS_FILE)
    ? readFileSync(AXE_RECORDS_FILE, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as AxeRecord)
    : [];
  const summary: AxeSummary = {
    checks: records.length,
    pages: new Set(records.map((r) => r.page)).size,
    violations: records.reduce((total, r) => total + r.violations.length, 0),
    failedChecks: records.filter((r) => r.violations.length > 0),
    exceptions: KNOWN_EXCEPTIONS.map((exception) => ({
      ...exception,
      seen: records.filter((r) => (r.exceptions ?? []).some((e) => e.rule === exception.rule && e.targets.includes(exception.target))).length,
    })),
    checked: records.map((r) => ({ page: r.page, state: r.state, role: r.role, url: r.url, violations: r.violations.length })),
  };
  writeFileSync(AXE_SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
