import {
  ACTIVITY_TYPE_LABELS,
  ACTOR_TYPE_LABELS,
  ALLIANCE_STATUS_LABELS,
  COMPANY_SIZE_LABELS,
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_ORGANISER_LABELS,
  EVENT_TYPE_LABELS,
  ExportList,
  MODE_LABELS,
  ORG_FORM_LABELS,
  SECTOR_LABELS,
  TERRITORIAL_LEVEL_LABELS,
} from '@bn/shared/contracts';
import { date, decimal, ExportColumn, integer, labelled, text, yesNo } from './export-columns';

/**
 * What each raw list exports: German title and file name, the query parts (main table under a fixed
 * alias, joins, order) and the columns. Dates come out of SQL as ISO text, sums and counts as numbers.
 * Internal notes and personal contact data are not exported.
 */
export interface ExportListDefinition {
  title: string;
  fileBase: string;
  select: string;
  from: string;
  /** Column that is NULL while the record is not archived. */
  archivedColumn: string;
  /** Expression yielding the Land code the `landCode` filter compares with. */
  landColumn: string;
  /** Condition of the `allianceId` filter, comparing with `:exportAllianceId`. */
  allianceCondition: string;
  /** A unique order, so two exports of the same data are identical. */
  orderBy: string;
  columns: ExportColumn[];
}

const iso = (column: string, alias: string): string => `to_char(${column}, 'YYYY-MM-DD') AS ${alias}`;

const ALLIANCES: ExportListDefinition = {
  title: 'Bündnisse',
  fileBase: 'buendnisse',
  select: `a.code, a.name, a.short_name, a.status, l.name AS land, k.name AS kreis, g.name AS gemeinde, a.territorial_level,
           a.founding_year, ${iso('a.founding_date', 'founding_date')}, ${iso('a.joined_initiative_on', 'joined_on')},
           ${iso('a.dormant_since', 'dormant_since')}, ${iso('a.ended_on', 'ended_on')}, a.org_form, a.population_reach,
           a.paid_coordination_hours::float8 AS paid_hours, a.website, a.public_email, a.public_phone, a.published,
           ${iso('a.profile_confirmed_on', 'confirmed_on')}, ${iso('a.archived_at', 'archived_on')}`,
  from: `alliance a JOIN land l ON l.code = a.land_code
         LEFT JOIN kreis k ON k.ags = a.kreis_ags LEFT JOIN gemeinde g ON g.ags = a.gemeinde_ags`,
  archivedColumn: 'a.archived_at',
  landColumn: 'a.land_code',
  allianceCondition: 'a.id = :exportAllianceId',
  orderBy: 'a.code',
  columns: [
    text('Kennung', 'code', 14),
    text('Name', 'name', 45),
    text('Kurzname', 'short_name', 20),
    labelled('Status', 'status', ALLIANCE_STATUS_LABELS, 14),
    text('Land', 'land', 22),
    text('Kreis', 'kreis', 24),
    text('Gemeinde', 'gemeinde', 24),
    labelled('Gebietsebene', 'territorial_level', TERRITORIAL_LEVEL_LABELS, 18),
    integer('Gründungsjahr', 'founding_year', 14),
    date('Gründungsdatum', 'founding_date'),
    date('Beitritt zur Initiative', 'joined_on'),
    date('Ruhend seit', 'dormant_since'),
    date('Beendet am', 'ended_on'),
    labelled('Organisationsform', 'org_form', ORG_FORM_LABELS, 24),
    integer('Einwohnerzahl im Wirkungsgebiet', 'population_reach', 16),
    decimal('Bezahlte Koordinationsstunden je Woche', 'paid_hours', 16),
    text('Website', 'website', 30),
    text('E-Mail (öffentlich)', 'public_email', 28),
    text('Telefon (öffentlich)', 'public_phone', 18),
    yesNo('Veröffentlicht', 'published'),
    date('Profil bestätigt am', 'confirmed_on'),
    date('Archiviert am', 'archived_on'),
  ],
};

const ORGANISATIONS: ExportListDefinition = {
  title: 'Organisationen',
  fileBase: 'organisationen',
  select: `o.name, o.legal_form, o.sector, o.actor_type, o.company_size, o.industry, o.street, o.postal_code, o.city,
           g.name AS gemeinde, l.name AS land, o.website, o.email, o.phone,
           (SELECT count(*)::int FROM partnership p WHERE p.organisation_id = o.id AND p.archived_at IS NULL) AS partnerships,
           ${iso('o.archived_at', 'archived_on')}`,
  from: `organisation o LEFT JOIN gemeinde g ON g.ags = o.gemeinde_ags LEFT JOIN land l ON l.code = left(o.gemeinde_ags, 2)`,
  archivedColumn: 'o.archived_at',
  landColumn: 'left(o.gemeinde_ags, 2)',
  allianceCondition: `EXISTS (SELECT 1 FROM partnership filter_p WHERE filter_p.organisation_id = o.id
                      AND filter_p.alliance_id = :exportAllianceId AND filter_p.archived_at IS NULL)`,
  orderBy: 'o.name, o.id',
  columns: [
    text('Name', 'name', 45),
    text('Rechtsform', 'legal_form', 16),
    labelled('Sektor', 'sector', SECTOR_LABELS, 18),
    labelled('Akteurstyp', 'actor_type', ACTOR_TYPE_LABELS, 28),
    labelled('Unternehmensgröße', 'company_size', COMPANY_SIZE_LABELS, 18),
    text('Branche', 'industry', 20),
    text('Straße', 'street', 26),
    text('PLZ', 'postal_code', 8),
    text('Ort', 'city', 20),
    text('Gemeinde', 'gemeinde', 24),
    text('Land', 'land', 22),
    text('Website', 'website', 30),
    text('E-Mail', 'email', 28),
    text('Telefon', 'phone', 18),
    integer('Partnerschaften (aktuell)', 'partnerships', 14),
    date('Archiviert am', 'archived_on'),
  ],
};

const EVENTS: ExportListDefinition = {
  title: 'Veranstaltungen',
  fileBase: 'veranstaltungen',
  select: `e.title, e.event_type, e.organiser, a.code AS alliance_code, a.name AS alliance_name, ${iso('e.starts_on', 'starts_on')},
           to_char(e.start_time, 'HH24:MI') AS start_time, to_char(e.end_time, 'HH24:MI') AS end_time, e.format, e.venue,
           g.name AS gemeinde, e.participants_count, e.is_public, ${iso('e.archived_at', 'archived_on')}`,
  from: `event e LEFT JOIN alliance a ON a.id = e.alliance_id LEFT JOIN gemeinde g ON g.ags = e.gemeinde_ags`,
  archivedColumn: 'e.archived_at',
  landColumn: 'a.land_code',
  allianceCondition: 'e.alliance_id = :exportAllianceId',
  orderBy: 'e.starts_on, e.id',
  columns: [
    text('Titel', 'title', 40),
    labelled('Art', 'event_type', EVENT_TYPE_LABELS, 26),
    labelled('Veranstalter', 'organiser', EVENT_ORGANISER_LABELS, 16),
    text('Bündnis-Kennung', 'alliance_code', 14),
    text('Bündnis', 'alliance_name', 40),
    date('Datum', 'starts_on'),
    text('Beginn', 'start_time', 8),
    text('Ende', 'end_time', 8),
    labelled('Format', 'format', EVENT_FORMAT_LABELS, 10),
    text('Ort', 'venue', 28),
    text('Gemeinde', 'gemeinde', 24),
    integer('Teilnehmende', 'participants_count', 14),
    yesNo('Öffentlich', 'is_public'),
    date('Archiviert am', 'archived_on'),
  ],
};

const ACTIVITIES: ExportListDefinition = {
  title: 'Aktivitäten',
  fileBase: 'aktivitaeten',
  select: `a.code AS alliance_code, a.name AS alliance_name, l.name AS land, act.activity_type, ${iso('act.occurred_on', 'occurred_on')},
           act.title, act.reach, act.is_public, ${iso('act.archived_at', 'archived_on')}`,
  from: `activity act JOIN alliance a ON a.id = act.alliance_id JOIN land l ON l.code = a.land_code`,
  archivedColumn: 'act.archived_at',
  landColumn: 'a.land_code',
  allianceCondition: 'act.alliance_id = :exportAllianceId',
  orderBy: 'act.occurred_on, act.id',
  columns: [
    text('Bündnis-Kennung', 'alliance_code', 14),
    text('Bündnis', 'alliance_name', 40),
    text('Land', 'land', 22),
    labelled('Art', 'activity_type', ACTIVITY_TYPE_LABELS, 24),
    date('Datum', 'occurred_on'),
    text('Titel', 'title', 45),
    integer('Reichweite', 'reach', 12),
    yesNo('Öffentlich', 'is_public'),
    date('Archiviert am', 'archived_on'),
  ],
};

const DEPLOYMENTS: ExportListDefinition = {
  title: 'Einsätze',
  fileBase: 'einsaetze',
  select: `a.code AS alliance_code, a.name AS alliance_name, l.name AS land, d.deployment_type, d.mode, d.status,
           (SELECT string_agg(p.first_name || ' ' || p.last_name, ', ' ORDER BY dm.is_lead DESC, p.last_name, p.first_name)
              FROM deployment_mentor dm JOIN mentor_profile mp ON mp.id = dm.mentor_id JOIN person p ON p.id = mp.person_id
             WHERE dm.deployment_id = d.id) AS mentors,
           s.sessions, ${iso('s.first_on', 'first_on')}, ${iso('s.last_on', 'last_on')}, s.hours,
           d.follow_up_needed, ${iso('d.created_at', 'created_on')}, ${iso('d.archived_at', 'archived_on')}`,
  from: `deployment d JOIN alliance a ON a.id = d.alliance_id JOIN land l ON l.code = a.land_code
         LEFT JOIN LATERAL (SELECT count(*)::int AS sessions, min(ds.held_on) AS first_on, max(ds.held_on) AS last_on,
                                   sum(ds.hours)::float8 AS hours
                              FROM deployment_session ds WHERE ds.deployment_id = d.id) s ON true`,
  archivedColumn: 'd.archived_at',
  landColumn: 'a.land_code',
  allianceCondition: 'd.alliance_id = :exportAllianceId',
  orderBy: 'd.created_at, d.id',
  columns: [
    text('Bündnis-Kennung', 'alliance_code', 14),
    text('Bündnis', 'alliance_name', 40),
    text('Land', 'land', 22),
    labelled('Einsatzart', 'deployment_type', DEPLOYMENT_TYPE_LABELS, 24),
    labelled('Form', 'mode', MODE_LABELS, 12),
    labelled('Status', 'status', DEPLOYMENT_STATUS_LABELS, 20),
    text('Mentor:innen', 'mentors', 30),
    integer('Termine', 'sessions', 10),
    date('Erster Termin', 'first_on'),
    date('Letzter Termin', 'last_on'),
    decimal('Stunden', 'hours', 10),
    yesNo('Folgebedarf', 'follow_up_needed'),
    date('Angelegt am', 'created_on'),
    date('Archiviert am', 'archived_on'),
  ],
};

export const EXPORT_LISTS: Record<ExportList, ExportListDefinition> = {
  alliances: ALLIANCES,
  organisations: ORGANISATIONS,
  events: EVENTS,
  activities: ACTIVITIES,
  deployments: DEPLOYMENTS,
};
