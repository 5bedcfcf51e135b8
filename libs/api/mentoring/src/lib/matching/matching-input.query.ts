import { EntityManager } from 'typeorm';
import { DeploymentMode, DesiredMode, MentorStatus, RequestStatus, SpecialtyLevel } from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { MatchRequestInput, MentorCandidate } from './mentor-matcher';

/*
 * Loads what the matcher needs in four statements, whatever the number of mentors: the request with
 * its alliance's place, its Fachgebiete, its Handlungsfelder, and every non-archived mentor with all
 * per-mentor facts as correlated sub-selects of one statement (no N+1).
 */

/** Days of the window when the request gives a start but no end (or neither). */
export const DEFAULT_WINDOW_DAYS = 90;

export interface MatchingInput {
  requestId: string;
  allianceId: string;
  status: RequestStatus;
  request: MatchRequestInput;
  /** First day of the quarter whose capacity counts. */
  quarterStart: string;
  /** E.g. "2026-Q4". */
  quarter: string;
  candidates: MentorCandidate[];
}

interface RequestRow {
  id: string;
  alliance_id: string;
  status: RequestStatus;
  desired_mode: DesiredMode;
  desired_from: string | null;
  desired_until: string | null;
  land_code: string;
  latitude: string | null;
  longitude: string | null;
}

interface MentorRow {
  id: string;
  name: string;
  status: MentorStatus;
  modes: DeploymentMode[];
  radius_km: number | null;
  capacity_per_quarter: number;
  latitude: string | null;
  longitude: string | null;
  land_codes: string[];
  topic_ids: string[];
  specialties: { code: string; level: SpecialtyLevel }[];
  absences: { from: string; until: string }[];
  load: number;
  deployments_with_alliance: number;
  feedback_average: string | null;
  feedback_count: number;
  represented_partners: string[];
  recorded_conflicts: (string | null)[];
}

const REQUEST_SQL = `
  SELECT r.id, r.alliance_id, r.status, r.desired_mode,
         to_char(r.desired_from, 'YYYY-MM-DD') AS desired_from, to_char(r.desired_until, 'YYYY-MM-DD') AS desired_until,
         a.land_code::text AS land_code,
         coalesce(g.latitude, k.latitude) AS latitude, coalesce(g.longitude, k.longitude) AS longitude
    FROM mentoring_request r
    JOIN alliance a ON a.id = r.alliance_id
    LEFT JOIN gemeinde g ON g.ags = a.gemeinde_ags
    LEFT JOIN kreis k ON k.ags = a.kreis_ags
   WHERE r.id = $1 AND r.archived_at IS NULL`;

const SPECIALTIES_SQL = `
  SELECT f.code, f.name FROM request_specialty rs JOIN fachgebiet f ON f.code = rs.fachgebiet_code
   WHERE rs.request_id = $1 ORDER BY f.sort_order, f.code`;

const TOPICS_SQL = `
  SELECT h.id, h.name FROM request_topic rt JOIN handlungsfeld h ON h.id = rt.handlungsfeld_id
   WHERE rt.request_id = $1 ORDER BY h.sort_order, h.code`;

/**
 * $1 alliance, $2 request, $3 first day of the counted quarter, $4 today, $5/$6 the window.
 * Load: the mentor's deployments that are not archived, STORNIERT or VERSCHOBEN and belong to the
 * quarter (that of the first session, else of creation), as in the mentor detail (mentor-detail.reader).
 * Continuity: other deployments of the mentor with this alliance (not those of this request).
 * Feedback: the coordinators' answers (not self-assessments) on the mentor's deployments.
 * Represented partners: current partner organisations of the alliance that the mentor represents
 * (named representative, home organisation, or a current function there other than MENTOR).
 */
const CANDIDATES_SQL = `
  SELECT m.id, p.first_name || ' ' || p.last_name AS name, m.status, m.modes, m.radius_km, m.capacity_per_quarter,
         g.latitude, g.longitude,
         coalesce((SELECT array_agg(mr.land_code::text ORDER BY mr.land_code) FROM mentor_region mr WHERE mr.mentor_id = m.id), '{}') AS land_codes,
         coalesce((SELECT array_agg(mt.handlungsfeld_id::text) FROM mentor_topic mt WHERE mt.mentor_id = m.id), '{}') AS topic_ids,
         coalesce((SELECT json_agg(json_build_object('code', ms.fachgebiet_code, 'level', ms.level)) FROM mentor_specialty ms WHERE ms.mentor_id = m.id), '[]') AS specialties,
         coalesce((SELECT json_agg(json_build_object('from', ab.from_date, 'until', ab.until_date) ORDER BY ab.from_date)
                     FROM mentor_absence ab WHERE ab.mentor_id = m.id AND ab.from_date <= $6::date AND ab.until_date >= $5::date), '[]') AS absences,
         (SELECT count(*)::int
            FROM deployment d
            JOIN deployment_mentor dm ON dm.deployment_id = d.id
            LEFT JOIN LATERAL (SELECT min(s.held_on) AS first_on FROM deployment_session s WHERE s.deployment_id = d.id) fs ON true
           WHERE dm.mentor_id = m.id AND d.archived_at IS NULL AND d.status NOT IN ('STORNIERT', 'VERSCHOBEN')
             AND date_trunc('quarter', coalesce(fs.first_on, d.created_at::date)) = date_trunc('quarter', $3::date)) AS load,
         (SELECT count(*)::int
            FROM deployment d JOIN deployment_mentor dm ON dm.deployment_id = d.id
           WHERE dm.mentor_id = m.id AND d.alliance_id = $1 AND d.archived_at IS NULL
             AND d.status NOT IN ('STORNIERT', 'VERSCHOBEN') AND d.request_id IS DISTINCT FROM $2::uuid) AS deployments_with_alliance,
         fb.average AS feedback_average, coalesce(fb.count, 0) AS feedback_count,
         coalesce((SELECT array_agg(DISTINCT o.name::text)
                     FROM partnership pa JOIN organisation o ON o.id = pa.organisation_id
                    WHERE pa.alliance_id = $1 AND pa.archived_at IS NULL AND (pa.until IS NULL OR pa.until >= $4::date)
                      AND (pa.representative_id = m.person_id
                           OR pa.organisation_id = m.home_organisation_id
                           OR EXISTS (SELECT 1 FROM person_function pf
                                       WHERE pf.person_id = m.person_id AND pf.organisation_id = pa.organisation_id AND pf.function_type <> 'MENTOR'
                                         AND (pf.valid_from IS NULL OR pf.valid_from <= $4::date)
                                         AND (pf.valid_until IS NULL OR pf.valid_until >= $4::date)))), '{}') AS represented_partners,
         coalesce((SELECT array_agg(mc.note::text) FROM mentor_conflict mc WHERE mc.mentor_id = m.id AND mc.alliance_id = $1), '{}') AS recorded_conflicts
    FROM mentor_profile m
    JOIN person p ON p.id = m.person_id
    LEFT JOIN gemeinde g ON g.ags = m.home_gemeinde_ags
    LEFT JOIN LATERAL (
      SELECT avg((f.satisfaction + f.usefulness) / 2.0) AS average, count(*)::int AS count
        FROM deployment_feedback f
        JOIN deployment d ON d.id = f.deployment_id
        JOIN deployment_mentor dm ON dm.deployment_id = d.id
       WHERE dm.mentor_id = m.id AND d.archived_at IS NULL AND f.source = 'KOORDINATION') fb ON true
   WHERE m.archived_at IS NULL`;

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The window the availability is checked against: the wished period; a missing start is today, a
 * missing end is DEFAULT_WINDOW_DAYS after the start.
 */
export function matchWindow(desiredFrom: string | null, desiredUntil: string | null, today: string): { from: string; until: string } {
  const from = desiredFrom ?? (desiredUntil !== null && desiredUntil < today ? desiredUntil : today);
  return { from, until: desiredUntil ?? addDays(from, DEFAULT_WINDOW_DAYS) };
}

/** The quarter whose capacity counts: that of the window's start, or the current one if it began already. */
export function countedQuarter(windowFrom: string, today: string): { start: string; label: string } {
  const reference = windowFrom > today ? windowFrom : today;
  const year = reference.slice(0, 4);
  const quarter = Math.floor((Number(reference.slice(5, 7)) - 1) / 3) + 1;
  return { start: `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`, label: `${year}-Q${quarter}` };
}

const point = (latitude: string | null, longitude: string | null) =>
  latitude === null || longitude === null ? null : { latitude: Number(latitude), longitude: Number(longitude) };

export async function loadMatchingInput(manager: EntityManager, requestId: string, today: string): Promise<MatchingInput> {
  // One after another: inside a transaction all statements share one connection.
  const row = ((await manager.query(REQUEST_SQL, [requestId])) as RequestRow[])[0];
  if (!row) throw requestNotFound();
  const specialties = (await manager.query(SPECIALTIES_SQL, [requestId])) as { code: string; name: string }[];
  const topics = (await manager.query(TOPICS_SQL, [requestId])) as { id: string; name: string }[];
  const window = matchWindow(row.desired_from, row.desired_until, today);
  const quarter = countedQuarter(window.from, today);
  const mentorRows = (await manager.query(CANDIDATES_SQL, [row.alliance_id, row.id, quarter.start, today, window.from, window.until])) as MentorRow[];
  return {
    requestId: row.id,
    allianceId: row.alliance_id,
    status: row.status,
    quarterStart: quarter.start,
    quarter: quarter.label,
    request: {
      allianceId: row.alliance_id,
      mode: row.desired_mode,
      landCode: row.land_code,
      location: point(row.latitude, row.longitude),
      window,
      specialties,
      topics,
    },
    candidates: mentorRows.map(toCandidate),
  };
}

function toCandidate(row: MentorRow): MentorCandidate {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    modes: row.modes,
    landCodes: row.land_codes,
    home: point(row.latitude, row.longitude),
    radiusKm: row.radius_km,
    capacityPerQuarter: row.capacity_per_quarter,
    loadInQuarter: row.load,
    absences: row.absences,
    specialties: row.specialties,
    topicIds: row.topic_ids,
    deploymentsWithAlliance: row.deployments_with_alliance,
    feedback: row.feedback_average === null ? null : { average: Number(row.feedback_average), count: row.feedback_count },
    representedPartners: [...row.represented_partners].sort((a, b) => a.localeCompare(b, 'de')),
    recordedConflicts: row.recorded_conflicts,
  };
}
