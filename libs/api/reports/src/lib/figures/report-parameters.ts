import { REPORT_TYPE_LABELS, ReportType } from '@bn/shared/contracts';

/** The parameters of a run as stored and checksummed: ISO dates, Länder sorted (empty = all). */
export interface ReportParameters {
  periodFrom: string;
  periodTo: string;
  referenceDate: string;
  laender: string[];
}

export const DEFAULT_MINISTRY_NAME = 'Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend';
/** app_setting key of the ministry's name on reports (BMFSFJ → BMBFSFJ since May 2025, §3.1). */
export const MINISTRY_NAME_SETTING = 'reports.ministryName';

export function normaliseParameters(input: { periodFrom: string; periodTo: string; referenceDate: string; laender?: string[] | null }): ReportParameters {
  return {
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    referenceDate: input.referenceDate,
    laender: [...new Set(input.laender ?? [])].sort(),
  };
}

/** ISO date → TT.MM.JJJJ. */
export function germanDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** The positional parameters every figure query takes ($1 from, $2 to, $3 Stichtag, $4 Länder or null). */
export function sqlParameters(p: ReportParameters): [string, string, string, string[] | null] {
  return [p.periodFrom, p.periodTo, p.referenceDate, p.laender.length ? p.laender : null];
}

/** Opening CTE of every figure query: the parameters as one row `p`. */
export const PARAMS_CTE = `p AS (SELECT $1::date AS d_from, $2::date AS d_to, $3::date AS st, $4::text[] AS laender)`;

/** `true` when the Land column lies in the selected Länder (or no Länder were selected). */
export const inLaender = (column: string): string => `(p.laender IS NULL OR ${column}::text = ANY(p.laender))`;

export function parameterList(type: ReportType, p: ReportParameters, landNames: Map<string, string>, ministry: string): { label: string; value: string }[] {
  return [
    { label: 'Bericht', value: REPORT_TYPE_LABELS[type] },
    { label: 'Empfänger', value: ministry },
    { label: 'Zeitraum', value: `${germanDate(p.periodFrom)} – ${germanDate(p.periodTo)}` },
    { label: 'Stichtag', value: germanDate(p.referenceDate) },
    { label: 'Länder', value: p.laender.length ? p.laender.map((code) => landNames.get(code) ?? code).join(', ') : 'alle Länder' },
  ];
}

export const SUPPRESSION_NOTE =
  'Datenschutz: Zahlen zu Personen (Mentor:innen, Rückmeldungen, Teilnehmende, Einzelpersonen als Partner) von 1 oder 2 ' +
  'werden als „< 3" ausgewiesen. Damit sie sich nicht aus Summen errechnen lassen, wird bei Bedarf zusätzlich der nächstkleinere ' +
  'Wert derselben Spalte als „x" ausgeblendet; nur wenn auch das nicht genügt, wird die Summe als „x" ausgeblendet. 0 bedeutet: kein Fall.';
