import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TooManyAttemptsError } from '../accounts.errors';

/** At most this many failures per window, per e-mail address and per client address. */
export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 60;

/**
 * The login throttle: counts failed rows of login_attempt in the last minute for the e-mail address
 * and for the client address. Only sign-in steps use it (password, TOTP, re-entering the password),
 * never ordinary API calls.
 */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws 429 TOO_MANY_ATTEMPTS (with the seconds until the next attempt) when either limit is reached. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    // The MAX_FAILURES-th newest failure in the window: once it is older than the window, one more try is allowed.
    const [row] = await this.dataSource.query(
      `WITH limit_reached AS (
         SELECT GREATEST(
           (SELECT attempted_at FROM login_attempt
             WHERE email = $1 AND NOT succeeded AND attempted_at > clock_timestamp() - make_interval(secs => $3)
             ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1),
           (SELECT attempted_at FROM login_attempt
             WHERE ip = $2 AND NOT succeeded AND attempted_at > clock_timestamp() - make_interval(secs => $3)
             ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1)
         ) AS at
       )
       SELECT ceil(extract(epoch FROM at + make_interval(secs => $3) - clock_timestamp()))::int AS retry_after
         FROM limit_reached WHERE at IS NOT NULL`,
      [email, ip, WINDOW_SECONDS, MAX_FAILURES],
    );
    if (row) throw new TooManyAttemptsError(Math.max(1, row.retry_after as number));
  }

  async recordFailure(manager: EntityManager, email: string, ip: string): Promise<void> {
    await this.insert(manager, email, ip, false);
  }

  async recordSuccess(manager: EntityManager, email: string, ip: string): Promise<void> {
    await this.insert(manager, email, ip, true);
  }

  private async insert(manager: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
    await manager.query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [email.slice(0, 200), ip.slice(0, 64), succeeded]);
  }
}
