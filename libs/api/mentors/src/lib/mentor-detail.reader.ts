import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@bn/api/core';
import { MentorProfile } from '@bn/api/data-access-db';
import { MentorConflictDto, MentorDetailDto, MentorRegionDto, MentorSpecialtyDto, MentorTopicDto } from '@bn/shared/contracts';
import { ABSENCE_SELECT, AbsenceRow, toAbsenceDto, toMentorDto } from './mentor.mapper';
import { hasActiveGalleryConsent } from './gallery-consent';
import { MentorAccess, mentorProfileCondition } from './mentor-access';

/**
 * Current load of a mentor, counted against `capacityPerQuarter`:
 * deployments of the mentor (via deployment_mentor) that are not archived and whose status is not
 * STORNIERT or VERSCHOBEN, and that belong to the current calendar quarter: a deployment belongs to
 * the quarter of its first session (min deployment_session.held_on); a deployment without any
 * session yet belongs to the quarter in which it was created.
 */
const CURRENT_LOAD_SQL = `
  SELECT count(*)::int AS load
    FROM deployment d
    JOIN deployment_mentor dm ON dm.deployment_id = d.id
    LEFT JOIN LATERAL (SELECT min(s.held_on) AS first_on FROM deployment_session s WHERE s.deployment_id = d.id) fs ON true
   WHERE dm.mentor_id = $1
     AND d.archived_at IS NULL
     AND d.status NOT IN ('STORNIERT', 'VERSCHOBEN')
     AND date_trunc('quarter', coalesce(fs.first_on, d.created_at::date)) = date_trunc('quarter', current_date)`;

/**
 * The mentor detail: the profile with person, home alliance/organisation/Gemeinde (one statement),
 * then specialties, topics, regions, absences, conflicts, gallery consent and load (seven statements
 * run side by side): a fixed number whatever the collection sizes. The scope is part of the first
 * statement; a profile outside it answers 404 (audited when it exists).
 */
@Injectable()
export class MentorDetailReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MentorAccess,
  ) {}

  async get(id: string, scope: AccessScope): Promise<MentorDetailDto> {
    const qb = this.dataSource
      .getRepository(MentorProfile)
      .createQueryBuilder('mentor')
      .innerJoin('mentor.person', 'person')
      .leftJoin('mentor.homeAlliance', 'alliance')
      .leftJoin('mentor.homeOrganisation', 'organisation')
      .leftJoin('mentor.homeGemeinde', 'gemeinde')
      .addSelect(['person.id', 'person.title', 'person.firstName', 'person.lastName', 'person.email', 'person.phone'])
      .addSelect(['alliance.id', 'alliance.name', 'organisation.id', 'organisation.name'])
      .addSelect(['gemeinde.ags', 'gemeinde.name', 'gemeinde.landCode', 'gemeinde.latitude', 'gemeinde.longitude'])
      .where('mentor.id = :id', { id });
    const condition = mentorProfileCondition(scope);
    if (condition) qb.andWhere(condition.sql, condition.params);
    const mentor = await qb.getOne();
    if (!mentor?.person) throw await this.access.notVisible(id);
    const person = mentor.person;

    const db = this.dataSource;
    const [specialties, topics, regions, absences, conflicts, hasGalleryConsent, load] = await Promise.all([
      db.query(
        `SELECT s.fachgebiet_code AS code, f.name, s.level FROM mentor_specialty s JOIN fachgebiet f ON f.code = s.fachgebiet_code
          WHERE s.mentor_id = $1 ORDER BY f.sort_order, f.code`,
        [id],
      ) as Promise<MentorSpecialtyDto[]>,
      db.query(
        `SELECT h.id AS "handlungsfeldId", h.code, h.name FROM mentor_topic t JOIN handlungsfeld h ON h.id = t.handlungsfeld_id
          WHERE t.mentor_id = $1 ORDER BY h.sort_order, h.code`,
        [id],
      ) as Promise<MentorTopicDto[]>,
      db.query(
        `SELECT r.land_code::text AS "landCode", l.name FROM mentor_region r JOIN land l ON l.code = r.land_code
          WHERE r.mentor_id = $1 ORDER BY r.land_code`,
        [id],
      ) as Promise<MentorRegionDto[]>,
      db.query(`${ABSENCE_SELECT} WHERE a.mentor_id = $1 AND a.until_date >= current_date ORDER BY a.from_date, a.id`, [id]) as Promise<
        AbsenceRow[]
      >,
      db.query(
        `SELECT c.alliance_id AS "allianceId", a.name AS "allianceName", c.note FROM mentor_conflict c JOIN alliance a ON a.id = c.alliance_id
          WHERE c.mentor_id = $1 ORDER BY a.name, a.id`,
        [id],
      ) as Promise<MentorConflictDto[]>,
      hasActiveGalleryConsent(db.manager, mentor.personId),
      db.query(CURRENT_LOAD_SQL, [id]) as Promise<{ load: number }[]>,
    ]);

    return {
      ...toMentorDto(mentor),
      person: {
        id: person.id,
        title: person.title,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        phone: person.phone,
      },
      homeAllianceName: mentor.homeAlliance?.name ?? null,
      homeOrganisationName: mentor.homeOrganisation?.name ?? null,
      homeGemeinde: mentor.homeGemeinde
        ? {
            ags: mentor.homeGemeinde.ags,
            name: mentor.homeGemeinde.name,
            landCode: mentor.homeGemeinde.landCode,
            latitude: mentor.homeGemeinde.latitude,
            longitude: mentor.homeGemeinde.longitude,
          }
        : null,
      specialties,
      topics,
      regions,
      absences: absences.map(toAbsenceDto),
      conflicts,
      hasGalleryConsent,
      currentLoad: load[0]?.load ?? 0,
    };
  }
}
