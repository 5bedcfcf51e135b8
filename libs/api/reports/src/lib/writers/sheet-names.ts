/** The first sheet of every report workbook: what the report is, its parameters and its tables. */
export const EXPLANATION_SHEET = 'Erläuterungen';

/** Excel's limits for sheet names: at most 31 characters, none of []:*?/\ and no apostrophe at either end. */
const MAX_LENGTH = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * Sheet names for the tables, in order: the table title made valid (forbidden characters become a space,
 * cut to 31 characters), then made unique case-insensitively (Excel compares them so) by a numeric suffix.
 * `reserved` names (the explanation sheet) are taken before the first table.
 */
export function sheetNames(titles: readonly string[], reserved: readonly string[] = [EXPLANATION_SHEET]): string[] {
  const taken = new Set(reserved.map((name) => name.toLocaleLowerCase('de-DE')));
  return titles.map((title, index) => {
    const base = validSheetName(title) || `Tabelle ${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name.toLocaleLowerCase('de-DE')); n++) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, MAX_LENGTH - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLocaleLowerCase('de-DE'));
    return name;
  });
}

export function validSheetName(title: string): string {
  return title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '')
    .slice(0, MAX_LENGTH)
    .replace(/[\s']+$/g, '');
}
