import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserLinkOptionDto } from '@bn/shared/contracts';

/** How many options a look-up returns (a picker shows a short list; the user types more to narrow it). */
const LOOKUP_LIMIT = 10;

/** The search words as LIKE patterns on a bn_fold()ed column (at most 8 words, wildcards escaped). */
function searchWords(q: string): string[] {
  return q
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 8)
    .map((word) => word.replace(/[\\%_]/g, '\\$&'));
}

/**
 * Look-ups for the user administration's pickers. The administration links accounts to alliances and
 * Mentorprofile but may read no alliance or mentor content (PRODUCT.md: "no content by default"), so these
 * return only id, code and name of records an account can be linked to (the same ones the invite/update
 * checks accept: not archived).
 */
@Injectable()
export class UserLinkLookupService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Alliances whose name/short name contains every word, or whose code starts with the text. */
  async alliances(q: string): Promise<UserLinkOptionDto[]> {
    const words = searchWords(q);
    const params: unknown[] = [q.trim().replace(/[\\%_]/g, '\\$&')];
    const nameMatch = words.map((word) => {
      params.push(word);
      return `a.search_key LIKE '%' || bn_fold($${params.length}) || '%'`;
    });
    const rows: { id: string; code: string; name: string }[] = await this.dataSource.query(
      `SELECT a.id, a.code, a.name FROM alliance a
        WHERE a.archived_at IS NULL AND (upper(a.code) LIKE upper($1) || '%' OR (${nameMatch.join(' AND ') || 'false'}))
        ORDER BY a.name, a.id LIMIT ${LOOKUP_LIMIT}`,
      params,
    );
    return rows.map((row) => ({ id: row.id, code: row.code, name: row.name }));
  }

  /** Mentorprofile whose person's name contains every word. */
  async mentorProfiles(q: string): Promise<UserLinkOptionDto[]> {
    const words = searchWords(q);
    const conditions = words.map((_, index) => `p.search_key LIKE '%' || bn_fold($${index + 1}) || '%'`);
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT mp.id, trim(p.first_name || ' ' || p.last_name) AS name
         FROM mentor_profile mp JOIN person p ON p.id = mp.person_id
        WHERE mp.archived_at IS NULL AND ${conditions.join(' AND ') || 'false'}
        ORDER BY p.last_name, p.first_name, mp.id LIMIT ${LOOKUP_LIMIT}`,
      words,
    );
    return rows.map((row) => ({ id: row.id, code: null, name: row.name }));
  }
}
