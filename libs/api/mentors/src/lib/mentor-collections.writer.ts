import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentorProfileFieldsDto, SpecialtyLevel } from '@bn/shared/contracts';
import { conflictAllianceNotFound, duplicateSpecialty, fachgebietNotFound, handlungsfeldNotFound } from './mentor.errors';

/** The child collections of a Mentorprofil, in a stable order (for audit entries and comparison). */
export interface MentorCollections {
  specialties: { fachgebietCode: string; level: SpecialtyLevel }[];
  handlungsfeldIds: string[];
  regionLandCodes: string[];
  conflictAllianceIds: string[];
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted copies, so that two equal collections serialise alike. */
function normalise(c: MentorCollections): MentorCollections {
  return {
    specialties: [...c.specialties].sort((a, b) => byCode(a.fachgebietCode, b.fachgebietCode)),
    handlungsfeldIds: [...c.handlungsfeldIds].sort(byCode),
    regionLandCodes: [...c.regionLandCodes].sort(byCode),
    conflictAllianceIds: [...c.conflictAllianceIds].sort(byCode),
  };
}

/** Checks and replaces a mentor's specialties, topics, regions and conflicts, inside the caller's transaction. */
@Injectable()
export class MentorCollectionsWriter {
  fromDto(dto: MentorProfileFieldsDto): MentorCollections {
    return normalise({
      specialties: dto.specialties.map((s) => ({ fachgebietCode: s.fachgebietCode, level: s.level })),
      handlungsfeldIds: dto.handlungsfeldIds.map((id) => id.toLowerCase()),
      regionLandCodes: dto.regionLandCodes,
      conflictAllianceIds: dto.conflictAllianceIds.map((id) => id.toLowerCase()),
    });
  }

  isSame(a: MentorCollections, b: MentorCollections): boolean {
    return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
  }

  /** Every referenced code and id must exist (one statement); each Fachgebiet may occur once. */
  async check(manager: EntityManager, collections: MentorCollections): Promise<void> {
    const codes = collections.specialties.map((s) => s.fachgebietCode);
    if (new Set(codes).size !== codes.length) throw duplicateSpecialty();
    const [found] = (await manager.query(
      `SELECT (SELECT count(*)::int FROM fachgebiet WHERE code = ANY($1::varchar[])) AS fachgebiete,
              (SELECT count(*)::int FROM handlungsfeld WHERE id = ANY($2::uuid[])) AS handlungsfelder,
              (SELECT count(*)::int FROM alliance WHERE id = ANY($3::uuid[])) AS alliances`,
      [codes, collections.handlungsfeldIds, collections.conflictAllianceIds],
    )) as { fachgebiete: number; handlungsfelder: number; alliances: number }[];
    if (found.fachgebiete !== codes.length) throw fachgebietNotFound();
    if (found.handlungsfelder !== collections.handlungsfeldIds.length) throw handlungsfeldNotFound();
    if (found.alliances !== collections.conflictAllianceIds.length) throw conflictAllianceNotFound();
  }

  async read(manager: EntityManager, mentorId: string): Promise<MentorCollections> {
    const [row] = (await manager.query(
      `SELECT coalesce((SELECT json_agg(json_build_object('fachgebietCode', s.fachgebiet_code, 'level', s.level))
                          FROM mentor_specialty s WHERE s.mentor_id = $1), '[]') AS specialties,
              coalesce((SELECT json_agg(t.handlungsfeld_id::text) FROM mentor_topic t WHERE t.mentor_id = $1), '[]') AS topics,
              coalesce((SELECT json_agg(r.land_code::text) FROM mentor_region r WHERE r.mentor_id = $1), '[]') AS regions,
              coalesce((SELECT json_agg(c.alliance_id::text) FROM mentor_conflict c WHERE c.mentor_id = $1), '[]') AS conflicts`,
      [mentorId],
    )) as { specialties: MentorCollections['specialties']; topics: string[]; regions: string[]; conflicts: string[] }[];
    return normalise({
      specialties: row.specialties,
      handlungsfeldIds: row.topics,
      regionLandCodes: row.regions,
      conflictAllianceIds: row.conflicts,
    });
  }

  /** Replaces only the Länder served (the mentor's own availability update). */
  async replaceRegions(manager: EntityManager, mentorId: string, regionLandCodes: string[]): Promise<void> {
    await manager.query(`DELETE FROM mentor_region WHERE mentor_id = $1`, [mentorId]);
    await manager.query(`INSERT INTO mentor_region (mentor_id, land_code) SELECT $1, unnest($2::text[])`, [mentorId, regionLandCodes]);
  }

  /**
   * Replaces the collections as a whole. Conflicts that stay keep their note (it is not part of the
   * request); the others are replaced.
   */
  async replace(manager: EntityManager, mentorId: string, collections: MentorCollections): Promise<void> {
    await manager.query(`DELETE FROM mentor_specialty WHERE mentor_id = $1`, [mentorId]);
    await manager.query(
      `INSERT INTO mentor_specialty (mentor_id, fachgebiet_code, level)
       SELECT $1, code, level FROM unnest($2::varchar[], $3::varchar[]) AS s(code, level)`,
      [mentorId, collections.specialties.map((s) => s.fachgebietCode), collections.specialties.map((s) => s.level)],
    );
    await manager.query(`DELETE FROM mentor_topic WHERE mentor_id = $1`, [mentorId]);
    await manager.query(`INSERT INTO mentor_topic (mentor_id, handlungsfeld_id) SELECT $1, unnest($2::uuid[])`, [
      mentorId,
      collections.handlungsfeldIds,
    ]);
    await manager.query(`DELETE FROM mentor_region WHERE mentor_id = $1`, [mentorId]);
    await manager.query(`INSERT INTO mentor_region (mentor_id, land_code) SELECT $1, unnest($2::text[])`, [
      mentorId,
      collections.regionLandCodes,
    ]);
    await manager.query(`DELETE FROM mentor_conflict WHERE mentor_id = $1 AND NOT (alliance_id = ANY($2::uuid[]))`, [
      mentorId,
      collections.conflictAllianceIds,
    ]);
    await manager.query(`INSERT INTO mentor_conflict (mentor_id, alliance_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
      mentorId,
      collections.conflictAllianceIds,
    ]);
  }
}
