import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { Client } from 'pg';

/** A signed-in benchmark user: the session cookie the app set after password (and TOTP) login. */
export interface BenchLogin {
  role: 'FACHBERATUNG' | 'KOORDINATION';
  userId: string;
  email: string;
  cookie: string;
  /** Coordinators: their one alliance. */
  allianceId: string | null;
}

interface Credentials {
  userId: string;
  email: string;
  allianceId: string | null;
  password: string;
  totpSecret: string | null;
}

/** Same argon2id parameters as the app (m = 19 MiB, t = 2, p = 1). */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/**
 * The generator creates the 300 accounts without credentials (invitations not accepted). The benchmark
 * gives one Fachberatung account and one coordinator a random password (and the Fachberatung a TOTP
 * secret), then signs in through the API like a browser does.
 */
async function prepareCredentials(client: Client): Promise<{ fachberatung: Credentials; coordinator: Credentials }> {
  const fb = await client.query<{ id: string; email: string }>(`SELECT id, email FROM user_account WHERE role = 'FACHBERATUNG' ORDER BY email LIMIT 1`);
  // the coordinator of one alliance only: the one whose alliance logs the most activities (the heaviest coordinator list)
  const ko = await client.query<{ id: string; email: string; alliance_id: string }>(
    `SELECT u.id, u.email, ua.alliance_id
       FROM user_account u JOIN user_alliance ua ON ua.user_id = u.id
      WHERE u.role = 'KOORDINATION'
        AND NOT EXISTS (SELECT 1 FROM user_alliance other WHERE other.user_id = u.id AND other.alliance_id <> ua.alliance_id)
      ORDER BY (SELECT count(*) FROM activity a WHERE a.alliance_id = ua.alliance_id) DESC, u.email
      LIMIT 1`,
  );
  if (!fb.rows[0] || !ko.rows[0]) throw new Error('the bench data has no Fachberatung or single-alliance coordinator account');
  const password = `Bench-${randomBytes(12).toString('base64url')}`;
  const hash = await argon2.hash(password, ARGON2_OPTIONS);
  const totpSecret = new Secret({ size: 20 }).base32;
  await client.query(`UPDATE user_account SET password_hash = $2, totp_secret = $3, totp_enabled_at = now() WHERE id = $1`, [fb.rows[0].id, hash, totpSecret]);
  await client.query(`UPDATE user_account SET password_hash = $2 WHERE id = $1`, [ko.rows[0].id, hash]);
  return {
    fachberatung: { userId: fb.rows[0].id, email: fb.rows[0].email, allianceId: null, password, totpSecret },
    coordinator: { userId: ko.rows[0].id, email: ko.rows[0].email, allianceId: ko.rows[0].alliance_id, password, totpSecret: null },
  };
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => /^(__Host-)?bn_session=/.test(line));
  if (!cookie) throw new Error('login answered without a session cookie');
  return cookie.split(';')[0];
}

async function post(baseUrl: string, path: string, body: unknown, cookie?: string): Promise<Response> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

async function signIn(baseUrl: string, credentials: Credentials): Promise<string> {
  const login = await post(baseUrl, '/api/auth/login', { email: credentials.email, password: credentials.password });
  const cookie = sessionCookie(login);
  if (credentials.totpSecret) {
    const code = new TOTP({ secret: Secret.fromBase32(credentials.totpSecret), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
    await post(baseUrl, '/api/auth/totp', { code }, cookie);
  }
  return cookie;
}

/** Prepares the two accounts and signs both in at the running app. */
export async function signInBenchUsers(databaseUrl: string, baseUrl: string): Promise<{ fachberatung: BenchLogin; coordinator: BenchLogin }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { fachberatung, coordinator } = await prepareCredentials(client);
    return {
      fachberatung: { role: 'FACHBERATUNG', userId: fachberatung.userId, email: fachberatung.email, allianceId: null, cookie: await signIn(baseUrl, fachberatung) },
      coordinator: { role: 'KOORDINATION', userId: coordinator.userId, email: coordinator.email, allianceId: coordinator.allianceId, cookie: await signIn(baseUrl, coordinator) },
    };
  } finally {
    await client.end();
  }
}
