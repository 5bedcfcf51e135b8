import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@bn/shared/contracts';

/** A user account that receives a notification. */
export interface Recipient {
  userId: string;
  email: string;
  name: string;
  role: Role;
}

const COLUMNS = `u.id AS "userId", u.email, u.display_name AS name, u.role`;

/**
 * Who receives what, resolved from `user_account` (disabled accounts receive nothing): a mentor
 * through `mentor_profile_id`, coordinators through `user_alliance`, the Fachberatung as every active
 * FACHBERATUNG account.
 */
@Injectable()
export class RecipientDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  fachberatung(): Promise<Recipient[]> {
    return this.dataSource.query(`SELECT ${COLUMNS} FROM user_account u WHERE u.role = 'FACHBERATUNG' AND u.disabled_at IS NULL ORDER BY u.display_name`);
  }

  mentors(mentorIds: string[]): Promise<Recipient[]> {
    if (!mentorIds.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM user_account u
        WHERE u.role = 'MENTOR' AND u.mentor_profile_id = ANY($1::uuid[]) AND u.disabled_at IS NULL ORDER BY u.display_name`,
      [mentorIds],
    );
  }

  coordinators(allianceId: string): Promise<Recipient[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM user_account u JOIN user_alliance ua ON ua.user_id = u.id
        WHERE ua.alliance_id = $1 AND u.role = 'KOORDINATION' AND u.disabled_at IS NULL ORDER BY u.display_name`,
      [allianceId],
    );
  }

  async account(userId: string): Promise<Recipient | null> {
    const rows: Recipient[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM user_account u WHERE u.id = $1 AND u.disabled_at IS NULL`, [userId]);
    return rows[0] ?? null;
  }
}
