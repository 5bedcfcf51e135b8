import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fetchPage } from '@bn/api/core';
import { MentorProfile } from '@bn/api/data-access-db';
import { MentorGalleryItemDto, MentorGalleryQueryDto, Page } from '@bn/shared/contracts';
import { loadMentorChildren } from './mentor-list.reader';

/**
 * Who is in the public gallery (QueryBuilder aliases `mentor` and `person`): an active, current
 * profile that is published, of a current person with an active GALERIE consent (granted on or
 * before today, not withdrawn by today).
 */
export const GALLERY_CONDITION = `mentor.archivedAt IS NULL AND person.archivedAt IS NULL
  AND mentor.status = 'AKTIV' AND mentor.galleryPublished = true
  AND EXISTS (SELECT 1 FROM consent gc
               WHERE gc.person_id = mentor.personId AND gc.purpose = 'GALERIE' AND gc.granted_on <= current_date
                 AND (gc.withdrawn_on IS NULL OR gc.withdrawn_on > current_date))`;

const GALLERY_COLUMNS = [
  'mentor.id',
  'mentor.personId',
  'mentor.modes',
  'mentor.galleryText',
  'person.id',
  'person.title',
  'person.firstName',
  'person.lastName',
  'gemeinde.ags',
  'gemeinde.landCode',
];

/**
 * The public mentor gallery, as coordinators (and everybody else allowed in) see it: name,
 * Fachgebiete, Land, modes and gallery text; never contact data or internal fields. Three SQL
 * statements whatever the page size (count, page, child collections).
 */
@Injectable()
export class MentorGalleryReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: MentorGalleryQueryDto): Promise<Page<MentorGalleryItemDto>> {
    const qb = this.dataSource
      .getRepository(MentorProfile)
      .createQueryBuilder('mentor')
      .innerJoin('mentor.person', 'person')
      .leftJoin('mentor.homeGemeinde', 'gemeinde')
      .select(GALLERY_COLUMNS)
      .where(GALLERY_CONDITION);
    if (query.fachgebietCode) {
      qb.andWhere('EXISTS (SELECT 1 FROM mentor_specialty s WHERE s.mentor_id = mentor.id AND s.fachgebiet_code = :fachgebietCode)', {
        fachgebietCode: query.fachgebietCode,
      });
    }
    if (query.landCode) {
      qb.andWhere(
        '(EXISTS (SELECT 1 FROM mentor_region r WHERE r.mentor_id = mentor.id AND r.land_code = :landCode) OR gemeinde.landCode = :landCode)',
        { landCode: query.landCode },
      );
    }
    if (query.mode) qb.andWhere(':mode = ANY(mentor.modes)', { mode: query.mode });
    const term = query.q?.trim();
    if (term) {
      qb.andWhere(`(person.searchKey LIKE '%' || bn_fold(:term) || '%' OR person.searchKey % bn_fold(:term))`, { term });
    }
    const { page, entities } = await fetchPage(qb, query, 'person.lastName', (entity: MentorProfile) => entity);
    const children = await loadMentorChildren(this.dataSource, entities.map((e) => e.id));
    return {
      ...page,
      items: entities.map((mentor) => {
        const child = children.get(mentor.id);
        return {
          id: mentor.id,
          title: mentor.person?.title ?? null,
          firstName: mentor.person?.firstName ?? '',
          lastName: mentor.person?.lastName ?? '',
          specialties: child?.specialties ?? [],
          homeLandCode: mentor.homeGemeinde?.landCode ?? null,
          regionLandCodes: child?.regions ?? [],
          modes: mentor.modes,
          galleryText: mentor.galleryText,
        };
      }),
    };
  }
}
