import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_PAGE_SIZE, Page, UserDetailDto, UserDto, UserListQueryDto, UserSortField } from '@bn/shared/contracts';
import { IDLE_TIMEOUT_MS } from '@bn/api/core';
import { userNotFound } from '../accounts.errors';
import { toUserDto, USER_COLUMNS, UserRow } from './user.mapper';

const SORT_COLUMNS: Record<UserSortField, string> = {
  displayName: 'u.display_name',
  email: 'u.email',
  role: 'u.role',
  createdAt: 'u.created_at',
  lastLoginAt: 'u.last_login_at',
};

/** Reads of user accounts for the user administration. */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Filtered, sorted page of accounts: one count and one page query. */
  async list(query: UserListQueryDto): Promise<Page<UserDto>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.role) conditions.push(`u.role = ${param(query.role)}`);
    if (query.disabled !== undefined) conditions.push(query.disabled ? 'u.disabled_at IS NOT NULL' : 'u.disabled_at IS NULL');
    const words = (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    for (const word of words) {
      const escaped = word.replace(/[\\%_]/g, '\\$&');
      conditions.push(`bn_fold(u.display_name || ' ' || u.email) LIKE '%' || bn_fold(${param(escaped)}) || '%'`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
    const sort = SORT_COLUMNS[query.sort ?? 'displayName'];
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM user_account u ${where}`, params);
    const rows: UserRow[] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM user_account u ${where}
        ORDER BY ${sort} ${direction} NULLS LAST, u.id ${direction}
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { items: rows.map(toUserDto), total: total as number, page, pageSize };
  }

  async get(id: string): Promise<UserDetailDto> {
    const row = await findUserRow(this.dataSource.manager, id);
    if (!row) throw userNotFound();
    const [alliances, mentor, sessions] = await Promise.all([
      row.alliance_ids.length
        ? this.dataSource.query(`SELECT id, code, name FROM alliance WHERE id = ANY($1) ORDER BY name`, [row.alliance_ids])
        : Promise.resolve([]),
      row.mentor_profile_id
        ? this.dataSource.query(
            `SELECT trim(p.first_name || ' ' || p.last_name) AS name FROM mentor_profile mp JOIN person p ON p.id = mp.person_id WHERE mp.id = $1`,
            [row.mentor_profile_id],
          )
        : Promise.resolve([]),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM user_session
          WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)`,
        [id, IDLE_TIMEOUT_MS / 1000],
      ),
    ]);
    return {
      ...toUserDto(row),
      alliances: (alliances as { id: string; code: string; name: string }[]).map((a) => ({ id: a.id, code: a.code, name: a.name })),
      mentorProfileName: (mentor as { name: string }[])[0]?.name ?? null,
      activeSessionCount: (sessions as { count: number }[])[0]?.count ?? 0,
    };
  }
}

/** One account as a UserRow, or null. */
export async function findUserRow(manager: EntityManager, id: string): Promise<UserRow | null> {
  const rows: UserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Like findUserRow, and row-locks the account until the transaction ends (updates). */
export async function lockUserRow(manager: EntityManager, id: string): Promise<UserRow | null> {
  const rows: UserRow[] = await manager.query(`SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = $1 FOR UPDATE OF u`, [id]);
  return rows[0] ?? null;
}
