import type { AuditEntryDto } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS, ORG_FORM_LABELS, TERRITORIAL_LEVEL_LABELS } from '@bn/shared/contracts';

/** One changed field of an audit entry, ready to show. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** German names of the alliance's recorded fields; technical columns are left out of the history. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  shortName: 'Kurzname',
  code: 'Code',
  status: 'Status',
  territorialLevel: 'Gebietsebene',
  landCode: 'Land (Schlüssel)',
  kreisAgs: 'Kreis (Schlüssel)',
  gemeindeAgs: 'Gemeinde (AGS)',
  districtPart: 'Stadtteil/Stadtbezirk',
  coveredAgs: 'Weitere Gemeinden (AGS)',
  populationReach: 'Erreichte Bevölkerung',
  orgForm: 'Organisationsform',
  foundingYear: 'Gründungsjahr',
  foundingDate: 'Gründungsdatum',
  firstContactOn: 'Erster Kontakt',
  joinedInitiativeOn: 'Beitritt zur Initiative',
  dormantSince: 'Ruhend seit',
  endedOn: 'Beendet am',
  mergedIntoId: 'Fusioniert mit',
  coordinationHostId: 'Koordinierungsstelle',
  paidCoordinationHours: 'Bezahlte Koordination (Std./Woche)',
  website: 'Website',
  publicEmail: 'Öffentliche E-Mail',
  publicPhone: 'Öffentliches Telefon',
  published: 'Veröffentlicht',
  publishedOn: 'Veröffentlicht am',
  profileConfirmedOn: 'Profil bestätigt am',
  internalNotes: 'Interne Notizen',
  archivedAt: 'Archiviert am',
};

const HIDDEN_FIELDS = new Set(['id', 'version', 'createdAt', 'updatedAt']);
const VALUE_LABELS: Record<string, Readonly<Record<string, string>>> = {
  status: ALLIANCE_STATUS_LABELS,
  territorialLevel: TERRITORIAL_LEVEL_LABELS,
  orgForm: ORG_FORM_LABELS,
};
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T/;

/** A recorded value as German text: dates TT.MM.JJJJ, Ja/Nein, labels of enumerations, lists joined. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (typeof value === 'number') return value.toLocaleString('de-DE');
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(field, v)).join(', ') : '–';
  if (typeof value === 'string') {
    const labels = VALUE_LABELS[field];
    if (labels?.[value]) return labels[value];
    const date = ISO_DATE.exec(value);
    if (date) return `${date[3]}.${date[2]}.${date[1]}`;
    if (ISO_DATE_TIME.test(value)) {
      const parsed = new Date(value);
      if (!Number.isNaN(parsed.getTime())) return parsed.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
    }
    return value;
  }
  return JSON.stringify(value);
}

/** The changed fields of an update or status change (technical columns left out), in a stable order. */
export function describeChanges(entry: AuditEntryDto): FieldChange[] {
  if (!entry.changes) return [];
  return Object.entries(entry.changes)
    .filter(([field]) => !HIDDEN_FIELDS.has(field))
    .map(([field, change]) => ({
      field: FIELD_LABELS[field] ?? field,
      before: formatValue(field, change.before),
      after: formatValue(field, change.after),
    }));
}
