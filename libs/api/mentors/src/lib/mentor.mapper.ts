import { MentorProfile } from '@bn/api/data-access-db';
import { MentorAbsenceDto, MentorDto } from '@bn/shared/contracts';

export function toMentorDto(entity: MentorProfile): MentorDto {
  return {
    id: entity.id,
    personId: entity.personId,
    homeAllianceId: entity.homeAllianceId,
    homeOrganisationId: entity.homeOrganisationId,
    status: entity.status,
    qualifiedSince: entity.qualifiedSince,
    cohort: entity.cohort,
    homeGemeindeAgs: entity.homeGemeindeAgs,
    radiusKm: entity.radiusKm,
    modes: entity.modes,
    capacityPerQuarter: entity.capacityPerQuarter,
    galleryText: entity.galleryText,
    galleryPublished: entity.galleryPublished,
    agreementSignedOn: entity.agreementSignedOn,
    agreementVersion: entity.agreementVersion,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

/** Absences as read by ABSENCE_SELECT (dates as text, so no time zone shifts). */
export const ABSENCE_SELECT = `
  SELECT a.id, a.mentor_id, to_char(a.from_date, 'YYYY-MM-DD') AS from_date, to_char(a.until_date, 'YYYY-MM-DD') AS until_date,
         a.note, (current_date BETWEEN a.from_date AND a.until_date) AS is_current, a.version, a.created_at
    FROM mentor_absence a`;

export interface AbsenceRow {
  id: string;
  mentor_id: string;
  from_date: string;
  until_date: string;
  note: string | null;
  is_current: boolean;
  version: number;
  created_at: Date;
}

export function toAbsenceDto(row: AbsenceRow): MentorAbsenceDto {
  return {
    id: row.id,
    mentorId: row.mentor_id,
    fromDate: row.from_date,
    untilDate: row.until_date,
    note: row.note,
    isCurrent: row.is_current,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}
