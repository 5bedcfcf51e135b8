import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { ROLE_LABELS, Role, ROLES_REQUIRING_TOTP } from '@bn/shared/contracts';
import { DEMO_MARKER_CODE } from './demo-seed';

/**
 * One demo account per role for `npm start` in demo mode. DEMO ONLY: the password and the TOTP secret
 * are public (printed at start), so these accounts must never exist in a real installation; they are
 * created only together with the demo data.
 */
export const DEMO_PASSWORD = 'Demo-Bündnisnetz-2026!';
/** Base32 TOTP secret shared by the demo accounts of the roles that require a second factor. */
export const DEMO_TOTP_SECRET = 'BUENDNISNETZDEMOTOTPNURDEMO23456';
const DEMO_DOMAIN = 'demo.buendnisnetz.example';
/** Same parameters as the accounts library's PasswordHasher (argon2id, 19 MiB, 2 iterations, 1 lane). */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const NOERTEN_HARDENBERG_AGS = '03155010';
/** Serialises concurrent runs (pg_advisory_xact_lock key). */
const ADVISORY_LOCK_KEY = 7_420_040_102;

export interface DemoLogin {
  role: Role;
  email: string;
  password: string;
  /** Null for roles without a second factor. */
  totpSecret: string | null;
}

interface DemoAccount {
  role: Role;
  localPart: string;
  displayName: string;
}

const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: 'FACHBERATUNG', localPart: 'fachberatung', displayName: 'Frieda Fachberatung (Demo)' },
  { role: 'LEITUNG', localPart: 'leitung', displayName: 'Lars Leitung (Demo)' },
  { role: 'KOORDINATION', localPart: 'koordination', displayName: 'Konstanze Koordination (Demo)' },
  { role: 'MENTOR', localPart: 'mentorin', displayName: 'Mentor:in Wolfsburg (Demo)' },
  { role: 'MINISTERIUM', localPart: 'ministerium', displayName: 'Mira Ministerium (Demo)' },
  { role: 'ADMINISTRATION', localPart: 'administration', displayName: 'Adrian Administration (Demo)' },
];

/**
 * Creates the demo accounts that do not exist yet (idempotent; existing accounts stay as they are)
 * and returns the logins of all demo accounts present. The coordinator belongs to the Wolfsburg
 * alliance (and Nörten-Hardenberg when present), the mentor account to the mentor profile whose home
 * alliance is Wolfsburg; a role whose link target is missing gets no account.
 */
export async function seedDemoAccounts(dataSource: DataSource): Promise<DemoLogin[]> {
  const passwordHash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
    const links = await findLinks(manager);
    const logins: DemoLogin[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const email = `${account.localPart}@${DEMO_DOMAIN}`;
      const id = await ensureAccount(manager, account, email, passwordHash, links);
      if (!id) continue;
      logins.push({ role: account.role, email, password: DEMO_PASSWORD, totpSecret: ROLES_REQUIRING_TOTP.includes(account.role) ? DEMO_TOTP_SECRET : null });
    }
    return logins;
  });
}

interface DemoLinks {
  allianceIds: string[];
  mentorProfileId: string | null;
}

async function findLinks(manager: EntityManager): Promise<DemoLinks> {
  const alliances: { id: string; code: string }[] = await manager.query(
    `SELECT id, code FROM alliance
      WHERE archived_at IS NULL AND (code = $1 OR (gemeinde_ags = $2 AND name LIKE '%Nörten-Hardenberg%'))
      ORDER BY code <> $1, code LIMIT 2`,
    [DEMO_MARKER_CODE, NOERTEN_HARDENBERG_AGS],
  );
  const mentors: { id: string }[] = await manager.query(
    `SELECT mp.id FROM mentor_profile mp JOIN alliance a ON a.id = mp.home_alliance_id JOIN person p ON p.id = mp.person_id
      WHERE a.code = $1 AND mp.archived_at IS NULL
      ORDER BY p.last_name, p.first_name, mp.id LIMIT 1`,
    [DEMO_MARKER_CODE],
  );
  const hasWolfsburg = alliances.some((a) => a.code === DEMO_MARKER_CODE);
  return { allianceIds: hasWolfsburg ? alliances.map((a) => a.id) : [], mentorProfileId: mentors[0]?.id ?? null };
}

/** The account's id (existing or new), or null when its role cannot be linked. */
async function ensureAccount(manager: EntityManager, account: DemoAccount, email: string, passwordHash: string, links: DemoLinks): Promise<string | null> {
  const existing: { id: string }[] = await manager.query('SELECT id FROM user_account WHERE email = $1', [email]);
  if (existing[0]) return existing[0].id;
  if (account.role === 'KOORDINATION' && !links.allianceIds.length) return null;
  let mentorProfileId: string | null = null;
  if (account.role === 'MENTOR') {
    if (!links.mentorProfileId) return null;
    const taken: unknown[] = await manager.query('SELECT 1 FROM user_account WHERE mentor_profile_id = $1', [links.mentorProfileId]);
    if (taken.length) return null;
    mentorProfileId = links.mentorProfileId;
  }
  const withTotp = ROLES_REQUIRING_TOTP.includes(account.role);
  const [created]: { id: string }[] = await manager.query(
    `INSERT INTO user_account (email, display_name, role, mentor_profile_id, password_hash, password_changed_at, totp_secret, totp_enabled_at)
     VALUES ($1, $2, $3, $4, $5, now(), $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [email, account.displayName, account.role, mentorProfileId, passwordHash, withTotp ? DEMO_TOTP_SECRET : null],
  );
  if (account.role === 'KOORDINATION') {
    await manager.query('INSERT INTO user_alliance (user_id, alliance_id) SELECT $1, unnest($2::uuid[])', [created.id, links.allianceIds]);
  }
  return created.id;
}

/** The logins as the lines of a German text table for the start log (DEMO ONLY: never print real credentials). */
export function formatDemoLogins(logins: DemoLogin[]): string[] {
  const header = ['Rolle', 'E-Mail', 'Passwort', 'TOTP-Secret'];
  const rows = logins.map((l) => [ROLE_LABELS[l.role], l.email, l.password, l.totpSecret ?? '–']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [
    'Demo-Zugänge (NUR FÜR DIE DEMO – Passwort und TOTP-Secret sind öffentlich; das TOTP-Secret in einer Authenticator-App hinterlegen):',
    line(header),
    rule,
    ...rows.map(line),
  ];
}
