import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@bn/shared/contracts';
import { Principal } from '../context/request-context';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 10 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so reads do not turn every request into a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface ResolvedSession {
  principal: Principal;
  isSecondFactorPending: boolean;
  idleExpiresAt: Date;
  expiresAt: Date;
}

interface SessionRow {
  session_id: string;
  user_id: string;
  display_name: string;
  email: string;
  role: Role;
  mentor_profile_id: string | null;
  is_second_factor_pending: boolean;
  last_seen_at: Date;
  expires_at: Date;
  alliance_ids: string[];
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Server-side sessions in PostgreSQL: the cookie holds a random token, the table its SHA-256. */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Starts a session; returns the token for the cookie (shown nowhere else, never logged). */
  async start(
    manager: EntityManager,
    userId: string,
    options: { isSecondFactorPending: boolean; ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await manager.query(
      `INSERT INTO user_session (user_id, token_hash, is_second_factor_pending, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now(), now() + make_interval(secs => $4), $5, $6) RETURNING id, expires_at`,
      [userId, hashToken(token), options.isSecondFactorPending, ABSOLUTE_TIMEOUT_MS / 1000, options.ip, options.userAgent?.slice(0, 300) ?? null],
    );
    return { token, sessionId: row.id as string, expiresAt: row.expires_at as Date };
  }

  /** The live session of a token, or null (unknown, ended, idle too long, past its end, user disabled). */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.display_name, u.email, u.role, u.mentor_profile_id,
              s.is_second_factor_pending, s.last_seen_at, s.expires_at,
              ARRAY(SELECT ua.alliance_id FROM user_alliance ua WHERE ua.user_id = u.id) AS alliance_ids
         FROM user_session s JOIN user_account u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL AND u.disabled_at IS NULL
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2)`,
      [hashToken(token), IDLE_TIMEOUT_MS / 1000],
    );
    const row = rows[0];
    if (!row) return null;
    let lastSeen = new Date(row.last_seen_at);
    if (Date.now() - lastSeen.getTime() > TOUCH_INTERVAL_MS) {
      lastSeen = await this.touch(row.session_id);
    }
    return {
      principal: {
        userId: row.user_id,
        displayName: row.display_name,
        email: row.email,
        role: row.role,
        allianceIds: row.role === 'KOORDINATION' ? row.alliance_ids : [],
        mentorProfileId: row.role === 'MENTOR' ? row.mentor_profile_id : null,
        sessionId: row.session_id,
      },
      isSecondFactorPending: row.is_second_factor_pending,
      idleExpiresAt: new Date(lastSeen.getTime() + IDLE_TIMEOUT_MS),
      expiresAt: new Date(row.expires_at),
    };
  }

  /** Marks the session as used now (the client's "extend"); returns the new last-seen time. */
  async touch(sessionId: string): Promise<Date> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount]
    const [rows] = (await this.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() WHERE id = $1 AND ended_at IS NULL RETURNING last_seen_at`,
      [sessionId],
    )) as [{ last_seen_at: Date }[], number];
    return rows[0] ? new Date(rows[0].last_seen_at) : new Date();
  }

  async completeSecondFactor(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE user_session SET is_second_factor_pending = false, last_seen_at = now() WHERE id = $1`, [sessionId]);
  }

  async end(manager: EntityManager, sessionId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE user_session SET ended_at = now(), ended_reason = $2 WHERE id = $1 AND ended_at IS NULL`, [sessionId, reason]);
  }

  /** Ends every session of a user (disabled, password changed), optionally except one. */
  async endAllOfUser(manager: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<void> {
    await manager.query(
      `UPDATE user_session SET ended_at = now(), ended_reason = $2
        WHERE user_id = $1 AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, exceptSessionId ?? null],
    );
  }
}
