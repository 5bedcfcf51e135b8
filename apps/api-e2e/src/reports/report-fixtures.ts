import { DataSource } from 'typeorm';

/**
 * A small, fully known data set for the report figures (inserted with SQL into a database of its own,
 * so no other test's rows count). Every expected number in report-runs.e2e-spec.ts follows from the
 * comments here. Period 2024-01-01 … 2024-12-31, Stichtag 2024-12-31; Länder 03 (NI) and 06 (HE).
 */
export interface ReportFixture {
  kreiseNi: number;
  kreiseHe: number;
}

type Db = DataSource;

async function one<T>(db: Db, sql: string, params: unknown[] = []): Promise<T> {
  const rows = (await db.query(sql, params)) as T[];
  return rows[0];
}

async function gemeindeOf(db: Db, kreisAgs: string): Promise<string> {
  return (await one<{ ags: string }>(db, `SELECT ags FROM gemeinde WHERE kreis_ags = $1 ORDER BY ags LIMIT 1`, [kreisAgs])).ags;
}

async function alliance(db: Db, code: string, landCode: string, kreisAgs: string, history: [string | null, string, string][]): Promise<string> {
  const status = history[history.length - 1][1];
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
     VALUES ($1, $2, $3, $4, $5, $6, 'GEMEINDE') RETURNING id`,
    [code, `Lokales Bündnis für Familie ${code}`, status, landCode, kreisAgs, await gemeindeOf(db, kreisAgs)],
  );
  for (const [from, to, on] of history) {
    await db.query(
      `INSERT INTO alliance_status_change (alliance_id, from_status, to_status, changed_on, actor, reason) VALUES ($1, $2, $3, $4, 'Test', 'Testdaten')`,
      [id, from, to, on],
    );
  }
  return id;
}

async function organisation(db: Db, name: string, sector: string, actorType: string, companySize: string | null = null): Promise<string> {
  return (
    await one<{ id: string }>(db, `INSERT INTO organisation (name, sector, actor_type, company_size) VALUES ($1, $2, $3, $4) RETURNING id`, [
      name,
      sector,
      actorType,
      companySize,
    ])
  ).id;
}

async function partnership(db: Db, allianceId: string, organisationId: string, since: string | null = null, until: string | null = null): Promise<void> {
  await db.query(`INSERT INTO partnership (alliance_id, organisation_id, since, until) VALUES ($1, $2, $3, $4)`, [allianceId, organisationId, since, until]);
}

async function kanon(db: Db, code: string): Promise<string> {
  return (await one<{ id: string }>(db, `SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = $1`, [code])).id;
}

async function project(db: Db, allianceId: string, name: string, startsOn: string, endsOn: string | null, fields: string[], funding: string[]): Promise<void> {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO project (alliance_id, name, starts_on, ends_on, is_ongoing, funding_sources) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [allianceId, name, startsOn, endsOn, endsOn === null, funding],
  );
  for (const field of fields) await db.query(`INSERT INTO project_handlungsfeld (project_id, handlungsfeld_id) VALUES ($1, $2)`, [id, field]);
}

async function activity(db: Db, allianceId: string, type: string, on: string): Promise<void> {
  await db.query(`INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, $2, $3, 'Testaktivität')`, [allianceId, type, on]);
}

async function event(db: Db, allianceId: string | null, type: string, on: string, participants: number): Promise<void> {
  await db.query(
    `INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format, participants_count) VALUES ($1, $2, $3, 'Testveranstaltung', $4, 'PRAESENZ', $5)`,
    [type, allianceId ? 'BUENDNIS' : 'SERVICEBUERO', allianceId, on, participants],
  );
}

async function mentor(db: Db, status: string, gemeindeAgs: string | null, specialties: string[], options: { qualifiedSince?: string; archived?: boolean } = {}): Promise<string> {
  const person = await one<{ id: string }>(db, `INSERT INTO person (first_name, last_name, data_source) VALUES ('Mara', 'Mentorin', 'SERVICEBUERO') RETURNING id`);
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO mentor_profile (person_id, status, home_gemeinde_ags, qualified_since, modes, archived_at) VALUES ($1, $2, $3, $4, '{VOR_ORT}', $5) RETURNING id`,
    [person.id, status, gemeindeAgs, options.qualifiedSince ?? '2015-01-01', options.archived ? new Date() : null],
  );
  for (const code of specialties) await db.query(`INSERT INTO mentor_specialty (mentor_id, fachgebiet_code, level) VALUES ($1, $2, 'ERFAHREN')`, [id, code]);
  return id;
}

async function request(db: Db, allianceId: string, channel: string, occasion: string, receivedOn: string, status: string): Promise<string> {
  return (
    await one<{ id: string }>(
      db,
      `INSERT INTO mentoring_request (alliance_id, channel, occasion, desired_mode, received_on, status) VALUES ($1, $2, $3, 'EGAL', $4, $5) RETURNING id`,
      [allianceId, channel, occasion, receivedOn, status],
    )
  ).id;
}

async function proposal(db: Db, requestId: string, mentorId: string, response: string, respondedOn: string): Promise<void> {
  await db.query(
    `INSERT INTO match_proposal (request_id, mentor_id, rank, score, response, responded_at) VALUES ($1, $2, 1, 80, $3, ($4::date + time '10:00') AT TIME ZONE 'Europe/Berlin')`,
    [requestId, mentorId, response, respondedOn],
  );
}

interface DeploymentSpec {
  requestId: string | null;
  allianceId: string;
  type: string;
  mode: string;
  status?: string;
  mentors: string[];
  specialties: string[];
  sessions: { on: string; hours: number; prep?: number; km?: number; travel?: number }[];
  createdOn?: string;
}

async function deployment(db: Db, spec: DeploymentSpec): Promise<string> {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO deployment (request_id, alliance_id, deployment_type, mode, status, created_at) VALUES ($1, $2, $3, $4, $5, coalesce(($6::date + time '09:00') AT TIME ZONE 'Europe/Berlin', now())) RETURNING id`,
    [spec.requestId, spec.allianceId, spec.type, spec.mode, spec.status ?? 'DURCHGEFUEHRT', spec.createdOn ?? null],
  );
  for (const [i, mentorId] of spec.mentors.entries()) {
    await db.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, $3)`, [id, mentorId, i === 0]);
  }
  for (const code of spec.specialties) await db.query(`INSERT INTO deployment_specialty (deployment_id, fachgebiet_code) VALUES ($1, $2)`, [id, code]);
  for (const s of spec.sessions) {
    await db.query(
      `INSERT INTO deployment_session (deployment_id, held_on, mode, hours, prep_hours, travel_km, travel_hours) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, s.on, spec.mode, s.hours, s.prep ?? 0, s.km ?? 0, s.travel ?? 0],
    );
  }
  return id;
}

async function feedback(db: Db, deploymentId: string, source: string, satisfaction: number, usefulness: number, goal: string | null, receivedOn: string): Promise<void> {
  await db.query(
    `INSERT INTO deployment_feedback (deployment_id, source, satisfaction, usefulness, goal_reached, received_on) VALUES ($1, $2, $3, $4, $5, $6)`,
    [deploymentId, source, satisfaction, usefulness, goal, receivedOn],
  );
}

export async function insertReportFixture(db: Db): Promise<ReportFixture> {
  // Alliances (status at the Stichtag 2024-12-31):
  // A1 NI 03155: in Gründung → AKTIV on 2024-03-01 (founding in the period)
  const a1 = await alliance(db, 'RT-NI-1', '03', '03155', [[null, 'IN_GRUENDUNG', '2020-01-10'], ['IN_GRUENDUNG', 'AKTIV', '2024-03-01']]);
  // A2 NI 03103: AKTIV 2015, RUHEND 2022, reactivated 2024-06-15
  const a2 = await alliance(db, 'RT-NI-2', '03', '03103', [[null, 'AKTIV', '2015-01-01'], ['AKTIV', 'RUHEND', '2022-05-01'], ['RUHEND', 'AKTIV', '2024-06-15']]);
  // A3 NI 03155: dissolved 2024-09-30
  const a3 = await alliance(db, 'RT-NI-3', '03', '03155', [[null, 'AKTIV', '2010-01-01'], ['AKTIV', 'AUFGELOEST', '2024-09-30']]);
  // A4 HE 06531: RUHEND since 2023
  const a4 = await alliance(db, 'RT-HE-1', '06', '06531', [[null, 'AKTIV', '2018-01-01'], ['AKTIV', 'RUHEND', '2023-01-01']]);
  // A5 HE: INTERESSENT since 2024-11-01; A6 HE: first recorded after the Stichtag (not counted)
  const a5 = await alliance(db, 'RT-HE-2', '06', '06531', [[null, 'INTERESSENT', '2024-11-01']]);
  await alliance(db, 'RT-HE-3', '06', '06531', [[null, 'INTERESSENT', '2025-02-01']]);

  // Partners at the Stichtag (existing alliances A1, A2, A4 only)
  const o1 = await organisation(db, 'Tischlerei Beispiel GmbH', 'WIRTSCHAFT', 'UNTERNEHMEN', 'KLEIN');
  const o2 = await organisation(db, 'Bäckerei Muster', 'WIRTSCHAFT', 'UNTERNEHMEN', null);
  const o3 = await organisation(db, 'Familienzentrum e.V.', 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE');
  const o4 = await organisation(db, 'Familie Beispiel', 'ZIVILGESELLSCHAFT', 'EINZELPERSON');
  const o5 = await organisation(db, 'Jobcenter Beispiel', 'VERWALTUNG', 'JOBCENTER');
  await partnership(db, a1, o1);
  await partnership(db, a2, o1, '2019-01-01');
  await partnership(db, a2, o2, '2020-01-01');
  await partnership(db, a1, o3);
  await partnership(db, a4, o3);
  await partnership(db, a1, o4);
  await partnership(db, a2, o5, '2019-01-01', '2024-06-30'); // ended before the Stichtag
  await partnership(db, a3, o5); // alliance dissolved
  await partnership(db, a4, o5, '2025-01-01'); // begins after the Stichtag

  // Handlungsfelder: A1 HF01, A2 HF03 + HF05, A4 (ruhend) HF01
  const [hf01, hf03, hf05] = [await kanon(db, 'HF01'), await kanon(db, 'HF03'), await kanon(db, 'HF05')];
  for (const [allianceId, field] of [[a1, hf01], [a2, hf03], [a2, hf05], [a4, hf01]]) {
    await db.query(`INSERT INTO alliance_handlungsfeld (alliance_id, handlungsfeld_id) VALUES ($1, $2)`, [allianceId, field]);
  }
  // Projects running in 2024: P1 (A1), P2 (A2), P3 (A4); P4 ended 2023; P5 belongs to the dissolved A3
  await project(db, a1, 'Babysitterpool', '2023-01-01', null, [hf01], ['SPONSORING', 'SPENDEN']);
  await project(db, a2, 'Ferienbetreuung', '2024-02-01', '2024-03-31', [hf03], []);
  await project(db, a4, 'Leihgroßeltern', '2024-05-01', null, [hf01], ['STIFTUNG']);
  await project(db, a1, 'Müttercafé', '2022-01-01', '2023-12-31', [hf01], ['EIGENMITTEL']);
  await project(db, a3, 'Familienwegweiser', '2024-01-01', null, [hf01], ['EIGENMITTEL']);

  // Activities in 2024: A1 2 × Netzwerktreffen + Presse, A2 Netzwerktreffen, A4 Sonstiges; one in 2023
  await activity(db, a1, 'NETZWERKTREFFEN', '2024-02-01');
  await activity(db, a1, 'NETZWERKTREFFEN', '2024-05-01');
  await activity(db, a1, 'PRESSE', '2024-06-01');
  await activity(db, a2, 'NETZWERKTREFFEN', '2024-07-01');
  await activity(db, a4, 'SONSTIGES', '2024-08-01');
  await activity(db, a1, 'NETZWERKTREFFEN', '2023-12-01');

  // Events in 2024: Fachtag A1 (40) and A4 (10), Netzwerktreffen A2 (2), Bündnisdialog without alliance (100); one in 2023
  await event(db, a1, 'FACHTAG', '2024-04-01', 40);
  await event(db, a4, 'FACHTAG', '2024-09-01', 10);
  await event(db, a2, 'NETZWERKTREFFEN', '2024-10-01', 2);
  await event(db, null, 'BUENDNISDIALOG', '2024-11-01', 100);
  await event(db, a1, 'FACHTAG', '2023-04-01', 30);

  // Mentors: NI: M1–M3 AKTIV, M7 in Qualifizierung; HE: M4 AKTIV, M5 PAUSIERT; M6 ausgeschieden without Land;
  // M8 qualified after the Stichtag and M9 archived are not counted
  const ni = await gemeindeOf(db, '03155');
  const he = await gemeindeOf(db, '06531');
  const m1 = await mentor(db, 'AKTIV', ni, ['FG01']);
  const m2 = await mentor(db, 'AKTIV', ni, ['FG01']);
  const m3 = await mentor(db, 'AKTIV', ni, ['FG01']);
  const m4 = await mentor(db, 'AKTIV', he, ['FG01']);
  await mentor(db, 'PAUSIERT', he, ['FG02']);
  await mentor(db, 'AUSGESCHIEDEN', null, []);
  await mentor(db, 'IN_QUALIFIZIERUNG', ni, [], { qualifiedSince: undefined });
  await mentor(db, 'AKTIV', ni, ['FG01'], { qualifiedSince: '2025-03-01' });
  await mentor(db, 'AKTIV', ni, ['FG01'], { archived: true });

  // Requests received in 2024: R1 (A1, accepted after 10 days), R2 (A2, deployment after 20 days),
  // R3 (A4, not matchable), R4 (A5, declined, cancelled); R5 received in 2023
  const r1 = await request(db, a1, 'TELEFON', 'GRUENDUNG', '2024-02-01', 'ZUGEWIESEN');
  await proposal(db, r1, m1, 'ZUGESAGT', '2024-02-11');
  const r2 = await request(db, a2, 'EMAIL', 'REAKTIVIERUNG', '2024-05-01', 'ZUGEWIESEN');
  await request(db, a4, 'EMAIL', 'WEITERENTWICKLUNG', '2024-07-01', 'NICHT_VERMITTELBAR');
  const r4 = await request(db, a5, 'WEBFORMULAR', 'GRUENDUNG', '2024-12-01', 'STORNIERT');
  await proposal(db, r4, m4, 'ABGELEHNT', '2024-12-03');
  await request(db, a1, 'TELEFON', 'GRUENDUNG', '2023-12-31', 'ZUGEWIESEN');

  // Deployments with sessions in 2024: D1 (tandem, 2 sessions), D2, D5; D3 cancelled; D4 sessions outside 2024
  const d1 = await deployment(db, {
    requestId: r1, allianceId: a1, type: 'GRUENDUNGSBEGLEITUNG', mode: 'VOR_ORT', mentors: [m1, m2], specialties: ['FG01'],
    sessions: [{ on: '2024-03-01', hours: 3, prep: 1, km: 50, travel: 1 }, { on: '2024-04-01', hours: 2 }],
  });
  const d2 = await deployment(db, {
    requestId: r2, allianceId: a2, type: 'ERSTBERATUNG', mode: 'TELEFONISCH', mentors: [m3], specialties: ['FG01', 'FG02'],
    sessions: [{ on: '2024-06-01', hours: 1.5 }], createdOn: '2024-05-21',
  });
  await deployment(db, {
    requestId: null, allianceId: a4, type: 'FACHVORTRAG', mode: 'ONLINE', status: 'STORNIERT', mentors: [m4], specialties: [],
    sessions: [{ on: '2024-08-01', hours: 2 }],
  });
  await deployment(db, {
    requestId: null, allianceId: a4, type: 'MODERATION', mode: 'ONLINE', mentors: [m4], specialties: ['FG07'],
    sessions: [{ on: '2023-11-01', hours: 2 }, { on: '2025-01-10', hours: 2 }],
  });
  const d5 = await deployment(db, {
    requestId: null, allianceId: a4, type: 'MODERATION', mode: 'ONLINE', mentors: [m4], specialties: ['FG07'],
    sessions: [{ on: '2024-10-01', hours: 4 }],
  });

  // Feedback of the coordinators in 2024: 5/4 Ja, 4/4 Teilweise, 3/5 Ja, 4/2 without answer;
  // a self-assessment and one from 2025 are not counted
  await feedback(db, d1, 'KOORDINATION', 5, 4, 'JA', '2024-05-01');
  await feedback(db, d1, 'KOORDINATION', 4, 4, 'TEILWEISE', '2024-05-02');
  await feedback(db, d2, 'KOORDINATION', 3, 5, 'JA', '2024-07-01');
  await feedback(db, d5, 'KOORDINATION', 4, 2, null, '2024-10-15');
  await feedback(db, d1, 'MENTOR_SELBST', 1, 1, 'NEIN', '2024-05-03');
  await feedback(db, d2, 'KOORDINATION', 1, 1, 'NEIN', '2025-01-15');

  const kreise = async (land: string): Promise<number> =>
    (await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM kreis WHERE land_code = $1`, [land])).n;
  return { kreiseNi: await kreise('03'), kreiseHe: await kreise('06') };
}
