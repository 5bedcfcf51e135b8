import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AccessScope, fetchPage } from '@bn/api/core';
import { MentorProfile } from '@bn/api/data-access-db';
import { MentorListItemDto, MentorListQueryDto, MentorSortField, MentorSpecialtyDto, Page, SPECIALTY_LEVELS } from '@bn/shared/contracts';
import { mentorProfileCondition } from './mentor-access';

const SORT_COLUMNS: Record<MentorSortField, string> = {
  lastName: 'person.lastName',
  status: 'mentor.status',
  qualifiedSince: 'mentor.qualifiedSince',
};

const LIST_COLUMNS = [
  'mentor.id',
  'mentor.personId',
  'mentor.status',
  'mentor.modes',
  'mentor.capacityPerQuarter',
  'mentor.version',
  'mentor.archivedAt',
  'person.id',
  'person.firstName',
  'person.lastName',
  'gemeinde.ags',
  'gemeinde.landCode',
];

/** GRUNDKENNTNIS = 1 < ERFAHREN = 2 < EXPERTISE = 3 (the values are constants, not user input). */
const LEVEL_RANK_SQL = `CASE s.level ${SPECIALTY_LEVELS.map((level, i) => `WHEN '${level}' THEN ${i + 1}`).join(' ')} END`;

export interface MentorChildRow {
  id: string;
  specialties: MentorSpecialtyDto[];
  regions: string[];
  is_absent: boolean;
}

/** Specialties (with names), regions and today's absence of many mentors in one statement. */
export async function loadMentorChildren(dataSource: DataSource, ids: string[]): Promise<Map<string, MentorChildRow>> {
  const result = new Map<string, MentorChildRow>();
  if (ids.length === 0) return result;
  const rows = (await dataSource.query(
    `SELECT m.id,
            coalesce((SELECT json_agg(json_build_object('code', s.fachgebiet_code, 'name', f.name, 'level', s.level) ORDER BY f.sort_order, f.code)
                        FROM mentor_specialty s JOIN fachgebiet f ON f.code = s.fachgebiet_code
                       WHERE s.mentor_id = m.id), '[]') AS specialties,
            coalesce((SELECT json_agg(r.land_code::text ORDER BY r.land_code) FROM mentor_region r WHERE r.mentor_id = m.id), '[]') AS regions,
            EXISTS (SELECT 1 FROM mentor_absence a
                     WHERE a.mentor_id = m.id AND current_date BETWEEN a.from_date AND a.until_date) AS is_absent
       FROM unnest($1::uuid[]) AS m(id)`,
    [ids],
  )) as MentorChildRow[];
  for (const row of rows) result.set(row.id, row);
  return result;
}

/**
 * The mentors list: three SQL statements whatever the page size (count, page, child collections).
 * The scope is part of the SQL: a mentor's list holds only their own profile.
 */
@Injectable()
export class MentorListReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: MentorListQueryDto, scope: AccessScope): Promise<Page<MentorListItemDto>> {
    const qb = this.dataSource
      .getRepository(MentorProfile)
      .createQueryBuilder('mentor')
      .innerJoin('mentor.person', 'person')
      .leftJoin('mentor.homeGemeinde', 'gemeinde')
      .select(LIST_COLUMNS);
    const condition = mentorProfileCondition(scope);
    if (condition) qb.andWhere(condition.sql, condition.params);
    this.applyFilters(qb, query);
    const { page, entities } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'lastName'], (entity: MentorProfile) => entity);
    const children = await loadMentorChildren(this.dataSource, entities.map((e) => e.id));
    return {
      ...page,
      items: entities.map((mentor) => {
        const child = children.get(mentor.id);
        return {
          id: mentor.id,
          personId: mentor.personId,
          firstName: mentor.person?.firstName ?? '',
          lastName: mentor.person?.lastName ?? '',
          status: mentor.status,
          homeLandCode: mentor.homeGemeinde?.landCode ?? null,
          modes: mentor.modes,
          specialties: child?.specialties ?? [],
          regionLandCodes: child?.regions ?? [],
          capacityPerQuarter: mentor.capacityPerQuarter,
          isAbsent: child?.is_absent ?? false,
          version: mentor.version,
          archivedAt: mentor.archivedAt ? mentor.archivedAt.toISOString() : null,
        };
      }),
    };
  }

  private applyFilters(qb: SelectQueryBuilder<MentorProfile>, query: MentorListQueryDto): void {
    if (!query.includeArchived) qb.andWhere('mentor.archivedAt IS NULL');
    if (query.status) qb.andWhere('mentor.status = :status', { status: query.status });
    if (query.fachgebietCode || query.level) {
      // With a Fachgebiet: that specialty (at least `level`); a level alone: any specialty at least that level.
      const conditions = ['s.mentor_id = mentor.id'];
      if (query.fachgebietCode) {
        conditions.push('s.fachgebiet_code = :fachgebietCode');
        qb.setParameter('fachgebietCode', query.fachgebietCode);
      }
      if (query.level) {
        conditions.push(`${LEVEL_RANK_SQL} >= :levelRank`);
        qb.setParameter('levelRank', SPECIALTY_LEVELS.indexOf(query.level) + 1);
      }
      qb.andWhere(`EXISTS (SELECT 1 FROM mentor_specialty s WHERE ${conditions.join(' AND ')})`);
    }
    if (query.handlungsfeldId) {
      qb.andWhere('EXISTS (SELECT 1 FROM mentor_topic t WHERE t.mentor_id = mentor.id AND t.handlungsfeld_id = :handlungsfeldId)', {
        handlungsfeldId: query.handlungsfeldId,
      });
    }
    if (query.landCode) {
      // Serves the Land: listed among the regions, or the home Gemeinde (radius) lies in it.
      qb.andWhere(
        '(EXISTS (SELECT 1 FROM mentor_region r WHERE r.mentor_id = mentor.id AND r.land_code = :landCode) OR gemeinde.landCode = :landCode)',
        { landCode: query.landCode },
      );
    }
    if (query.mode) qb.andWhere(':mode = ANY(mentor.modes)', { mode: query.mode });
    if (query.available !== undefined) {
      const absentToday =
        'EXISTS (SELECT 1 FROM mentor_absence a WHERE a.mentor_id = mentor.id AND current_date BETWEEN a.from_date AND a.until_date)';
      qb.andWhere(query.available ? `NOT ${absentToday}` : absentToday);
    }
    const term = query.q?.trim();
    if (term) {
      qb.andWhere(`(person.searchKey LIKE '%' || bn_fold(:term) || '%' OR person.searchKey % bn_fold(:term))`, { term });
    }
  }
}
