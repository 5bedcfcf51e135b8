import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '@bn/api/app';
import { loadConfig } from '@bn/api/core';
import { DEFAULT_MATCH_WEIGHTS } from '@bn/shared/contracts';
import { createUserWithSession, startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { createRequest, handlungsfeldId, insertAlliance, UNKNOWN_ID } from './mentoring-fixtures';
import { germanDate, insertMatchMentor, insertPartnerOrganisation, insertPastDeployment, isoInDays, MatchMentor } from './matching-fixtures';

interface Criterion {
  key: string;
  criterion: string;
  points: number;
  maxPoints: number;
  text: string;
}
interface Suggestion {
  rank: number;
  mentorId: string;
  mentorName: string;
  score: number;
  criteria: Criterion[];
  warnings: string[];
}
interface Excluded {
  mentorId: string;
  mentorName: string;
  reasons: string[];
}
interface Suggestions {
  suggestions: Suggestion[];
  excluded: Excluded[];
  weights: Record<string, number>;
  window: { from: string; until: string };
  quarter: string;
}

function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Every suggestion explains all six criteria, its points add up to the score, and the ranks follow the score. */
function expectExplained(body: Suggestions): void {
  body.suggestions.forEach((s, index) => {
    expect(s.rank).toBe(index + 1);
    expect(s.criteria.map((c) => c.key)).toEqual(['specialty', 'topic', 'distance', 'load', 'continuity', 'feedback']);
    for (const c of s.criteria) {
      expect(c.text.length).toBeGreaterThan(5);
      expect(c.points).toBeGreaterThanOrEqual(0);
      expect(c.points).toBeLessThanOrEqual(c.maxPoints);
    }
    expect(s.score).toBeCloseTo(s.criteria.reduce((sum, c) => sum + c.points, 0), 2);
    if (index > 0) expect(body.suggestions[index - 1].score).toBeGreaterThanOrEqual(s.score);
  });
  for (const e of body.excluded) expect(e.reasons.length).toBeGreaterThan(0);
}

describe('Matching API (fixtures)', () => {
  let app: TestApp;
  let allianceId: string;
  let otherAllianceId: string;
  let requestId: string;
  let partnerName: string;
  let hf01: string;
  const m: Record<string, MatchMentor> = {};
  const window = { from: isoInDays(0), until: isoInDays(60) };

  const suggestionsOf = async (id = requestId): Promise<Suggestions> => {
    const response = await app.http.get(`/api/requests/${id}/suggestions`);
    expect(response.status).toBe(200);
    return response.body as Suggestions;
  };
  const mine = (body: Suggestions) => {
    const ids = new Set(Object.values(m).map((x) => x.id));
    return { suggestions: body.suggestions.filter((s) => ids.has(s.mentorId)), excluded: body.excluded.filter((e) => ids.has(e.mentorId)) };
  };
  const byId = (body: Suggestions, mentor: MatchMentor) => body.suggestions.find((s) => s.mentorId === mentor.id);
  const excludedOf = (body: Suggestions, mentor: MatchMentor) => body.excluded.find((e) => e.mentorId === mentor.id);

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app, { status: 'INTERESSENT' }); // Nörten-Hardenberg, Niedersachsen
    otherAllianceId = await insertAlliance(app, { landCode: '16', kreisAgs: '16053', gemeindeAgs: '16053000' });
    partnerName = `Autohaus Matchtest ${uniqueSuffix()}`;
    const partnerId = await insertPartnerOrganisation(app, allianceId, partnerName);
    hf01 = await handlungsfeldId(app, 'HF01');
    m['founder'] = await insertMatchMentor(app, {
      firstName: 'Kathrin', homeGemeindeAgs: '03103000', radiusKm: 250, regions: ['03', '15'],
      specialties: [['FG01', 'EXPERTISE'], ['FG07', 'ERFAHREN']], topicIds: [hf01],
    });
    m['near'] = await insertMatchMentor(app, { firstName: 'Nina', homeGemeindeAgs: '03159016', specialties: [['FG01', 'GRUNDKENNTNIS']], capacity: 2 });
    m['conflicted'] = await insertMatchMentor(app, { firstName: 'Hans', homeOrganisationId: partnerId, specialties: [['FG07', 'EXPERTISE']] });
    m['paused'] = await insertMatchMentor(app, { firstName: 'Paula', status: 'PAUSIERT', specialties: [['FG01', 'EXPERTISE']] });
    m['online'] = await insertMatchMentor(app, { firstName: 'Olga', modes: ['ONLINE'], specialties: [['FG01', 'EXPERTISE']] });
    m['far'] = await insertMatchMentor(app, { firstName: 'Franz', homeGemeindeAgs: '09162000', radiusKm: 150, regions: ['09'], specialties: [['FG01', 'EXPERTISE']] });
    m['full'] = await insertMatchMentor(app, { firstName: 'Frieda', capacity: 1, specialties: [['FG01', 'EXPERTISE']] });
    m['absent'] = await insertMatchMentor(app, { firstName: 'Anton', absences: [[isoInDays(-5), isoInDays(70)]], specialties: [['FG01', 'EXPERTISE']] });
    // Frieda's only slot this quarter is taken (a deployment elsewhere, held today).
    await insertPastDeployment(app, m['full'].id, otherAllianceId, isoInDays(0), [], 'TERMINIERT');
    // Kathrin worked with this alliance in 2025 and got two coordinators' answers (4/5 and 5/4 → Ø 4,5).
    await insertPastDeployment(app, m['founder'].id, allianceId, '2025-05-10', [[4, 5], [5, 4]]);
    requestId = (await createRequest(app, allianceId, {
      receivedOn: isoInDays(0), desiredMode: 'VOR_ORT', desiredFrom: window.from, desiredUntil: window.until,
      fachgebietCodes: ['FG01', 'FG07'], handlungsfeldIds: [hf01],
    })).id;
  });

  afterAll(async () => {
    await app.close();
  });

  it('ranks the founding specialist first and explains every criterion in German', async () => {
    const body = await suggestionsOf();
    expectExplained(body);
    expect(body.weights).toEqual(DEFAULT_MATCH_WEIGHTS);
    expect(body.window).toEqual(window);
    expect(body.quarter).toMatch(/^\d{4}-Q[1-4]$/);
    const own = mine(body);
    expect(own.suggestions.map((s) => s.mentorId)).toEqual([m['founder'].id, m['conflicted'].id, m['near'].id]);

    const [nh] = await app.dataSource.query(`SELECT latitude::float AS latitude, longitude::float AS longitude FROM gemeinde WHERE ags = '03155010'`);
    const [wob] = await app.dataSource.query(`SELECT latitude::float AS latitude, longitude::float AS longitude FROM gemeinde WHERE ags = '03103000'`);
    const founder = byId(body, m['founder']);
    expect(founder?.criteria.map((c) => c.text)).toEqual([
      'Fachgebiet Bündnisgründung: Expertise; Fachgebiet Veranstaltungsplanung & Moderation: Erfahren',
      'Handlungsfelder: 1 von 1 abgedeckt (Vereinbarkeit von Familie und Beruf)',
      `${Math.round(haversineKm(nh, wob))} km entfernt`,
      '0 von 3 Einsätzen im Quartal belegt',
      'Hat bereits mit diesem Bündnis gearbeitet (1 Einsatz)',
      'Rückmeldungen: Ø 4,5 von 5 (n = 2)',
    ]);
    expect(founder?.criteria[0]).toMatchObject({ criterion: 'Fachgebiete', points: 34, maxPoints: 40 });
    expect(founder?.warnings).toEqual([]);
  });

  it('warns about a conflict of interest without excluding the mentor', async () => {
    const body = await suggestionsOf();
    expect(byId(body, m['conflicted'])?.warnings).toEqual([`Interessenkonflikt: vertritt eine Partnerorganisation dieses Bündnisses (${partnerName})`]);
  });

  it('lists the excluded mentors with their reasons', async () => {
    const body = await suggestionsOf();
    const [nh] = await app.dataSource.query(`SELECT latitude::float AS latitude, longitude::float AS longitude FROM gemeinde WHERE ags = '03155010'`);
    const [muc] = await app.dataSource.query(`SELECT latitude::float AS latitude, longitude::float AS longitude FROM gemeinde WHERE ags = '09162000'`);
    expect(excludedOf(body, m['paused'])?.reasons).toEqual(['nicht aktiv (Pausiert)']);
    expect(excludedOf(body, m['online'])?.reasons).toEqual(['bietet Format vor Ort nicht an']);
    expect(excludedOf(body, m['far'])?.reasons).toEqual([`außerhalb des Einsatzgebiets: ${Math.round(haversineKm(nh, muc))} km, Radius 150 km`]);
    expect(excludedOf(body, m['full'])?.reasons).toEqual(['Kapazität im Quartal erschöpft (1 von 1)']);
    expect(excludedOf(body, m['absent'])?.reasons).toEqual([`abwesend vom ${germanDate(isoInDays(-5))} bis ${germanDate(isoInDays(70))}`]);
  });

  it('loads the candidates in a fixed number of statements', async () => {
    const { PostgresQueryRunner } = await import('typeorm/driver/postgres/PostgresQueryRunner');
    const { domainStatements } = await import('../support/statement-count');
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      await suggestionsOf();
      const before = domainStatements(spy);
      spy.mockClear();
      await insertMatchMentor(app, { firstName: 'Zusatz', specialties: [['FG01', 'ERFAHREN']] });
      spy.mockClear();
      await suggestionsOf();
      expect(domainStatements(spy)).toBe(before);
      expect(before).toBeLessThanOrEqual(6);
    } finally {
      spy.mockRestore();
    }
  });

  it('lets Fachberatung and Leitung read suggestions, nobody else; unknown requests are 404', async () => {
    const leitung = await app.signIn('LEITUNG');
    expect((await leitung.get(`/api/requests/${requestId}/suggestions`)).status).toBe(200);
    const coordinator = await app.signIn('KOORDINATION', { allianceIds: [allianceId] });
    expect((await coordinator.get(`/api/requests/${requestId}/suggestions`)).status).toBe(403);
    const mentor = await app.signIn('MENTOR', { mentorProfileId: m['founder'].id });
    expect((await mentor.get(`/api/requests/${requestId}/suggestions`)).status).toBe(403);
    const unknown = await app.http.get(`/api/requests/${UNKNOWN_ID}/suggestions`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('REQUEST_NOT_FOUND');
  });

  describe('weights', () => {
    let leitung: Awaited<ReturnType<TestApp['signIn']>>;

    beforeAll(async () => {
      leitung = await app.signIn('LEITUNG');
    });

    afterAll(async () => {
      const current = await leitung.get('/api/settings/matching');
      await leitung.put('/api/settings/matching').send({ ...DEFAULT_MATCH_WEIGHTS, version: current.body.version });
    });

    it('serves the defaults, changes them with a version, and the ranking follows', async () => {
      const initial = await app.http.get('/api/settings/matching');
      expect(initial.status).toBe(200);
      expect(initial.body).toMatchObject({ weights: DEFAULT_MATCH_WEIGHTS, version: 1, isDefault: true, updatedAt: null });

      expect((await app.http.put('/api/settings/matching').send({ ...DEFAULT_MATCH_WEIGHTS, version: 1 })).status).toBe(403);

      const distanceOnly = { specialty: 0, topic: 0, distance: 100, load: 0, continuity: 0, feedback: 0 };
      const changed = await leitung.put('/api/settings/matching').send({ ...distanceOnly, version: 1 });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ weights: distanceOnly, version: 2, isDefault: false });

      const stale = await leitung.put('/api/settings/matching').send({ ...DEFAULT_MATCH_WEIGHTS, version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');

      const body = await suggestionsOf();
      expect(body.weights).toEqual(distanceOnly);
      // Nina and Hans live in Göttingen, next door; Kathrin in Wolfsburg.
      expect(mine(body).suggestions.map((s) => s.mentorId).slice(-1)).toEqual([m['founder'].id]);

      const audit = await app.dataSource.query(`SELECT before, after FROM audit_entry WHERE entity_type = 'AppSetting' ORDER BY occurred_at DESC LIMIT 1`);
      expect(audit[0].after).toMatchObject({ key: 'matching.weights', distance: 100 });

      const admin = await app.signIn('ADMINISTRATION');
      const read = await admin.get('/api/settings/matching');
      expect(read.status).toBe(200);
      const restored = await admin.put('/api/settings/matching').send({ ...DEFAULT_MATCH_WEIGHTS, version: read.body.version });
      expect(restored.status).toBe(200);
      expect(restored.body.version).toBe(3);
    });

    it.each([
      ['specialty', 101],
      ['topic', -1],
      ['distance', 1.5],
      ['load', 'viel'],
      ['continuity', undefined],
      ['version', undefined],
    ])('rejects %s = %p with a German field message', async (field, value) => {
      const current = await leitung.get('/api/settings/matching');
      const body: Record<string, unknown> = { ...DEFAULT_MATCH_WEIGHTS, version: current.body.version, [field]: value };
      if (value === undefined) delete body[field];
      const response = await leitung.put('/api/settings/matching').send(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.fields[field]).toEqual(expect.any(String));
    });

    it('rejects all weights 0', async () => {
      const current = await leitung.get('/api/settings/matching');
      const zero = { specialty: 0, topic: 0, distance: 0, load: 0, continuity: 0, feedback: 0, version: current.body.version };
      const response = await leitung.put('/api/settings/matching').send(zero);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'MATCHING_WEIGHTS_ALL_ZERO', fields: { weights: 'Mindestens ein Gewicht muss größer als 0 sein.' } });
    });
  });

  describe('proposals from suggestions', () => {
    const newRequest = async () =>
      (await createRequest(app, allianceId, { receivedOn: isoInDays(0), desiredFrom: window.from, desiredUntil: window.until, fachgebietCodes: ['FG01', 'FG07'], handlungsfeldIds: [hf01] })).id;

    it('stores the top three with rank, score and explanation in one go', async () => {
      const id = await newRequest();
      const body = await suggestionsOf(id);
      const created = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({});
      expect(created.status).toBe(201);
      expect(created.body.map((p: { mentorId: string }) => p.mentorId)).toEqual(body.suggestions.slice(0, 3).map((s) => s.mentorId));
      expect(created.body[0]).toMatchObject({ mentorId: m['founder'].id, rank: 1, score: body.suggestions[0].score, response: 'VORGESCHLAGEN' });
      expect(created.body[0].explanation[0]).toEqual({ criterion: 'Fachgebiete', points: 34, text: 'Fachgebiet Bündnisgründung: Expertise; Fachgebiet Veranstaltungsplanung & Moderation: Erfahren' });

      const list = await app.http.get(`/api/requests/${id}/proposals`);
      expect(list.body.map((p: { rank: number }) => p.rank)).toEqual([1, 2, 3]);

      // The next call proposes the next best not yet proposed, ranked after the others.
      const next = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ count: 1 });
      if (body.suggestions.length > 3) {
        expect(next.status).toBe(201);
        expect(next.body).toEqual([expect.objectContaining({ mentorId: body.suggestions[3].mentorId, rank: 4 })]);
      } else {
        expect(next.status).toBe(409);
        expect(next.body.code).toBe('MATCHING_NO_SUGGESTIONS');
      }
    });

    it('needs a reason to overrule an exclusion, and keeps it in the explanation and the audit log', async () => {
      const id = await newRequest();
      const withoutReason = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ mentorIds: [m['founder'].id, m['paused'].id] });
      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.code).toBe('MATCHING_OVERRIDE_REASON_REQUIRED');
      expect(withoutReason.body.fields.overrideReason).toContain('nicht aktiv (Pausiert)');
      expect((await app.http.get(`/api/requests/${id}/proposals`)).body).toEqual([]);

      const reason = 'Paula kennt die Initiatorinnen und kehrt nächste Woche aus der Pause zurück.';
      const created = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ mentorIds: [m['paused'].id, m['founder'].id], overrideReason: reason });
      expect(created.status).toBe(201);
      expect(created.body.map((p: { mentorId: string; rank: number }) => [p.mentorId, p.rank])).toEqual([[m['paused'].id, 1], [m['founder'].id, 2]]);
      expect(created.body[0].explanation.at(-1)).toEqual({
        criterion: 'Ausschluss übergangen',
        points: 0,
        text: `Ausgeschlossen: nicht aktiv (Pausiert). Begründung: ${reason}`,
      });
      expect(created.body[1].explanation.map((e: { criterion: string }) => e.criterion)).not.toContain('Ausschluss übergangen');
      const [audit] = await app.dataSource.query(`SELECT after FROM audit_entry WHERE entity_id = $1 AND action = 'CREATE'`, [created.body[0].id]);
      expect(audit.after).toMatchObject({ overrideReason: reason, overruledReasons: ['nicht aktiv (Pausiert)'] });

      const again = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ mentorIds: [m['founder'].id] });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PROPOSAL_DUPLICATE');
    });

    it('refuses unknown mentors, closed requests, other roles and invalid bodies', async () => {
      const id = await newRequest();
      const unknown = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ mentorIds: [UNKNOWN_ID] });
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'MENTOR_NOT_FOUND', fields: { mentorIds: expect.any(String) } });

      const leitung = await app.signIn('LEITUNG');
      expect((await leitung.post(`/api/requests/${id}/suggestions/proposals`).send({})).status).toBe(403);
      expect((await app.http.post(`/api/requests/${UNKNOWN_ID}/suggestions/proposals`).send({})).status).toBe(404);

      for (const [field, value] of [['count', 0], ['count', 11], ['mentorIds', ['keine-uuid']], ['mentorIds', []], ['overrideReason', 'x'.repeat(1001)], ['unerwartet', 1]] as const) {
        const response = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({ [field]: value });
        expect({ field, value, status: response.status, code: response.body.code }).toEqual({ field, value, status: 400, code: 'VALIDATION_FAILED' });
        expect(response.body.fields[field]).toEqual(expect.any(String));
      }

      await app.dataSource.query(`UPDATE mentoring_request SET status = 'STORNIERT', closing_reason = 'Test' WHERE id = $1`, [id]);
      const closed = await app.http.post(`/api/requests/${id}/suggestions/proposals`).send({});
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('MATCHING_REQUEST_CLOSED');
      expect((await app.http.get(`/api/requests/${id}/proposals`)).body).toEqual([]);
    });
  });
});

/**
 * The demo seed in a database of its own (the shared test database must stay free of demo rows):
 * the matcher's ranking for the seeded requests, explained criterion by criterion.
 */
describe('Matching API (demo seed)', () => {
  let db: { url: string; dispose(): Promise<void> };
  let app: INestApplication;
  let dataSource: DataSource;
  let cookie: string;
  const get = (path: string) => request(app.getHttpServer()).get(path).set('Cookie', cookie);

  beforeAll(async () => {
    // Loaded lazily, as the other suites that need their own database do.
    const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
    const { seedDemoData } = await import('@bn/api/data-access-db');
    db = await createTestDatabase('bn_match_demo');
    app = await createApp(loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'error', NODE_ENV: 'test' }), db.url);
    await app.init();
    dataSource = app.get(DataSource);
    await seedDemoData(dataSource);
    cookie = (await createUserWithSession(dataSource, 'FACHBERATUNG')).cookie;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const FOUNDING_SPECIALIST = 'Kathrin Musterfrau-Beispiel';

  it('ranks the founding specialist first for the seeded founding request from Nörten-Hardenberg', async () => {
    const [nh] = await dataSource.query(
      `SELECT r.id FROM mentoring_request r JOIN alliance a ON a.id = r.alliance_id
        WHERE a.gemeinde_ags = '03155010' AND a.name LIKE '%Nörten-Hardenberg%' AND r.occasion = 'GRUENDUNG'`,
    );
    const response = await get(`/api/requests/${nh.id}/suggestions`);
    expect(response.status).toBe(200);
    const body = response.body as Suggestions;
    expectExplained(body);
    const [first] = body.suggestions;
    expect(first.mentorName).toBe(FOUNDING_SPECIALIST);
    expect(first.criteria[0].text).toBe('Fachgebiet Bündnisgründung: Expertise; Fachgebiet Veranstaltungsplanung & Moderation: Erfahren');
    expect(first.criteria[2].text).toMatch(/^\d+ km entfernt$/);
    expect(first.criteria[3].text).toMatch(/^\d von 3 Einsätzen im Quartal belegt$/);
    // Paused, in-training and retired mentors are listed with the reason.
    const notActive = body.excluded.filter((e) => e.reasons.some((r) => r.startsWith('nicht aktiv')));
    expect(notActive.length).toBe(4);
  });

  it('ranks her first for a new founding request from Nörten-Hardenberg too', async () => {
    const [alliance] = await dataSource.query(`SELECT id FROM alliance WHERE gemeinde_ags = '03155010' AND name LIKE '%Nörten-Hardenberg%'`);
    const created = await request(app.getHttpServer())
      .post('/api/requests')
      .set('Cookie', cookie)
      .send({ allianceId: alliance.id, channel: 'TELEFON', receivedOn: isoInDays(0), occasion: 'GRUENDUNG', desiredMode: 'VOR_ORT', fachgebietCodes: ['FG01'], handlungsfeldIds: [] });
    expect(created.status).toBe(201);
    const body = (await get(`/api/requests/${created.body.id}/suggestions`)).body as Suggestions;
    expectExplained(body);
    expect(body.suggestions[0]).toMatchObject({ mentorName: FOUNDING_SPECIALIST });
    expect(body.suggestions[0].criteria[0].text).toBe('Fachgebiet Bündnisgründung: Expertise');
  });

  it('explains the ranking of every open seeded request criterion by criterion', async () => {
    const open: { id: string }[] = await dataSource.query(
      `SELECT id FROM mentoring_request WHERE status IN ('EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT') ORDER BY received_on`,
    );
    expect(open.length).toBeGreaterThan(0);
    for (const { id } of open) {
      const response = await get(`/api/requests/${id}/suggestions`);
      expect(response.status).toBe(200);
      const body = response.body as Suggestions;
      expectExplained(body);
      expect(body.suggestions.length + body.excluded.length).toBe(12);
    }
  });
});
