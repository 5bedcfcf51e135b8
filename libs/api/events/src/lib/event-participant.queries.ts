/**
 * SQL shared by the event detail and the participant/speaker endpoints: one row per participant or
 * speaker with the organisation's and person's names joined (no per-row queries).
 */
export const PARTICIPANT_SELECT = `
  SELECT p.id, p.event_id, p.organisation_id, o.name AS organisation_name, p.person_id,
         per.first_name || ' ' || per.last_name AS person_name, p.attendance, p.version, p.created_at, p.updated_at
    FROM event_participant p
    LEFT JOIN organisation o ON o.id = p.organisation_id
    LEFT JOIN person per ON per.id = p.person_id`;

export const PARTICIPANT_ORDER = `ORDER BY coalesce(per.last_name, o.name), o.name, p.created_at, p.id`;

export const SPEAKER_SELECT = `
  SELECT s.id, s.event_id, s.person_id, per.first_name || ' ' || per.last_name AS person_name,
         s.organisation_id, o.name AS organisation_name, s.topic, s.version, s.created_at
    FROM event_speaker s
    LEFT JOIN organisation o ON o.id = s.organisation_id
    LEFT JOIN person per ON per.id = s.person_id`;

export const SPEAKER_ORDER = `ORDER BY s.created_at, s.id`;
