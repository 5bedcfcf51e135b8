import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../testing/test-database';
import { buildDataSourceOptions } from '../data-source';
import { DemoSeedResult, buildDemoRows, loadReferenceData, seedDemoData } from './demo-seed';

jest.setTimeout(60_000);

describe('seedDemoData', () => {
  let db: TestDatabase;
  let ds: DataSource;
  let first: DemoSeedResult;
  let second: DemoSeedResult;
  let seconds = 0;

  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => ds.query(sql, params);
  const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T> => {
    const rows = await q<T>(sql, params);
    expect(rows).toHaveLength(1);
    return rows[0] as T;
  };

  beforeAll(async () => {
    db = await createTestDatabase('bn_seed');
    ds = new DataSource(buildDataSourceOptions({ url: db.url, statementTimeoutMs: 60_000 }));
    await ds.initialize();
    const started = Date.now();
    first = await seedDemoData(ds);
    seconds = (Date.now() - started) / 1000;
    second = await seedDemoData(ds);
  });

  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.dispose();
  });

  it('writes once, skips the second time and runs in a few seconds', () => {
    expect(first.skipped).toBe(false);
    expect(second.skipped).toBe(true);
    expect(second.counts).toEqual(first.counts);
    expect(seconds).toBeLessThan(20);
    console.log(`demo seed: ${seconds.toFixed(2)} s`, JSON.stringify(first.counts));
  });

  it('produces the demo volumes', () => {
    const c = first.counts;
    expect(c['alliance']).toBeGreaterThanOrEqual(60);
    expect(c['organisation']).toBeGreaterThanOrEqual(560);
    expect(c['organisation']).toBeLessThanOrEqual(640);
    expect(c['person']).toBeGreaterThanOrEqual(740);
    expect(c['person']).toBeLessThanOrEqual(860);
    expect(c['mentor_profile']).toBe(12);
    expect(c['mentoring_request']).toBe(30);
    expect(c['deployment']).toBe(25);
  });

  it('is deterministic apart from the UUIDs', async () => {
    const ref = await loadReferenceData(ds.manager);
    const a = buildDemoRows(ref);
    const b = buildDemoRows(ref);
    const names = (rows: typeof a) => [rows.organisations.map((o) => o.name), rows.persons.map((p) => `${p.firstName} ${p.lastName}`), rows.events.map((e) => `${e.startsOn} ${e.title}`), rows.alliances.map((x) => x.code)];
    expect(names(a)).toEqual(names(b));
  });

  it('has 12 mentors, 8 of them active', async () => {
    const rows = await q<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM mentor_profile GROUP BY status');
    expect(Object.fromEntries(rows.map((r) => [r.status, r.n]))['AKTIV']).toBe(8);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(12);
  });

  it('places alliances in all 16 Länder with consistent Land/Kreis/Gemeinde', async () => {
    expect((await one<{ n: number }>('SELECT count(DISTINCT land_code)::int AS n FROM alliance')).n).toBe(16);
    const mismatched = await q(`SELECT a.code FROM alliance a JOIN gemeinde g ON g.ags = a.gemeinde_ags WHERE a.land_code <> g.land_code OR a.kreis_ags IS DISTINCT FROM g.kreis_ags`);
    expect(mismatched).toEqual([]);
    const badKreis = await q(`SELECT a.code FROM alliance a JOIN kreis k ON k.ags = a.kreis_ags WHERE k.land_code <> a.land_code`);
    expect(badKreis).toEqual([]);
    const statuses = await q<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM alliance GROUP BY status');
    const by = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(by['AKTIV']).toBeGreaterThanOrEqual(28);
    expect(by['RUHEND']).toBeGreaterThanOrEqual(12);
    expect((by['AUFGELOEST'] ?? 0) + (by['FUSIONIERT'] ?? 0)).toBeGreaterThanOrEqual(6);
    expect(by['IN_GRUENDUNG']).toBe(4);
    expect(by['INTERESSENT']).toBe(3);
    const merged = await one<{ n: number }>(`SELECT count(*)::int AS n FROM alliance WHERE status = 'FUSIONIERT' AND merged_into_id IS NOT NULL`);
    expect(merged.n).toBeGreaterThanOrEqual(1);
    expect(await q(`SELECT code FROM alliance WHERE code !~ '^LBF-[A-Z]{2}-[0-9]{4}$'`)).toEqual([]);
  });

  it('keeps status history, Handlungsfelder and partnerships consistent', async () => {
    const wrongLast = await q(`
      SELECT a.code FROM alliance a
      JOIN LATERAL (SELECT to_status FROM alliance_status_change c WHERE c.alliance_id = a.id ORDER BY changed_on DESC, created_at DESC LIMIT 1) last ON true
      WHERE last.to_status <> a.status`);
    expect(wrongLast).toEqual([]);
    const mains = await q(`SELECT alliance_id FROM alliance_handlungsfeld GROUP BY alliance_id HAVING count(*) FILTER (WHERE is_main) <> 1`);
    expect(mains).toEqual([]);
    const partners = await one<{ min: number; max: number }>(`SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM partnership GROUP BY alliance_id) x`);
    expect(partners.min).toBeGreaterThanOrEqual(5);
    expect(partners.max).toBeLessThanOrEqual(40);
    expect((await one<{ n: number }>('SELECT count(DISTINCT alliance_id)::int AS n FROM partnership')).n).toBe(first.counts['alliance']);
    const coordinators = await one<{ min: number; max: number }>(`SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(*) AS n FROM person_function WHERE function_type IN ('KOORDINATION', 'SPRECHER') GROUP BY alliance_id) x`);
    expect(coordinators.min).toBeGreaterThanOrEqual(1);
    expect(coordinators.max).toBeLessThanOrEqual(3);
  });

  it('tells the Nörten-Hardenberg founding story', async () => {
    const nh = await one<{ id: string; status: string }>(`SELECT id, status FROM alliance WHERE name = 'Lokales Bündnis für Familie Nörten-Hardenberg' AND gemeinde_ags = '03155010'`);
    expect(nh.status).toBe('AKTIV');
    const history = await q<{ to_status: string }>('SELECT to_status FROM alliance_status_change WHERE alliance_id = $1 ORDER BY changed_on', [nh.id]);
    expect(history.map((h) => h.to_status)).toEqual(['INTERESSENT', 'IN_GRUENDUNG', 'AKTIV']);
    const request = await one<{ id: string }>(`SELECT id FROM mentoring_request WHERE alliance_id = $1 AND occasion = 'GRUENDUNG' AND channel = 'TELEFON' AND status = 'ABGESCHLOSSEN'`, [nh.id]);
    const top = await one<{ last_name: string; response: string; score: string; explanation: unknown[] }>(
      `SELECT p.last_name, mp.response, mp.score, mp.explanation FROM match_proposal mp JOIN mentor_profile m ON m.id = mp.mentor_id JOIN person p ON p.id = m.person_id WHERE mp.request_id = $1 AND mp.rank = 1`, [request.id]);
    expect(top.last_name).toBe('Musterfrau-Beispiel');
    expect(top.response).toBe('ZUGESAGT');
    expect(Number(top.score)).toBeGreaterThan(0);
    expect(top.explanation.length).toBeGreaterThanOrEqual(3);
    const dep = await one<{ id: string; event_type: string }>(`SELECT d.id, e.event_type FROM deployment d JOIN event e ON e.id = d.event_id WHERE d.request_id = $1 AND d.deployment_type = 'GRUENDUNGSBEGLEITUNG'`, [request.id]);
    expect(dep.event_type).toBe('GRUENDUNGSVERANSTALTUNG');
    const sessions = await q<{ topic: string }>('SELECT topic FROM deployment_session WHERE deployment_id = $1 ORDER BY held_on', [dep.id]);
    expect(sessions.map((s) => s.topic)).toEqual(['Analyse der Rahmenbedingungen', 'Gründungsplan mit der Lenkungsgruppe', 'Moderation der Gründungsveranstaltung']);
    await one(`SELECT 1 FROM deployment_report WHERE deployment_id = $1 AND review_status = 'FREIGEGEBEN'`, [dep.id]);
    await one(`SELECT 1 FROM deployment_feedback WHERE deployment_id = $1 AND source = 'KOORDINATION' AND satisfaction = 5 AND goal_reached = 'JA'`, [dep.id]);
    const signatures = await one<{ n: number }>(`SELECT count(*)::int AS n FROM signature s JOIN declaration d ON d.id = s.declaration_id WHERE d.alliance_id = $1 AND d.kind = 'GRUENDUNGSERKLAERUNG' AND s.occasion = 'GRUENDUNG'`, [nh.id]);
    expect(signatures.n).toBeGreaterThanOrEqual(3);
  });

  it('has the Wolfsburg mentor who coordinates her own alliance', async () => {
    const row = await one<{ person_id: string; alliance_id: string }>(`
      SELECT m.person_id, a.id AS alliance_id FROM mentor_profile m JOIN alliance a ON a.id = m.home_alliance_id
      WHERE a.name = 'Bündnis für Familie Wolfsburg'`);
    await one(`SELECT 1 FROM person_function WHERE person_id = $1 AND alliance_id = $2 AND function_type = 'KOORDINATION'`, [row.person_id, row.alliance_id]);
    const specs = await q<{ fachgebiet_code: string; level: string }>(`SELECT fachgebiet_code, level FROM mentor_specialty s JOIN mentor_profile m ON m.id = s.mentor_id WHERE m.person_id = $1 ORDER BY 1`, [row.person_id]);
    expect(specs).toEqual(expect.arrayContaining([{ fachgebiet_code: 'FG01', level: 'EXPERTISE' }, { fachgebiet_code: 'FG07', level: 'ERFAHREN' }]));
  });

  it('has the Handwerkskammer mentor in Mittelhessen and the Sendenhorst signing', async () => {
    const mentor = await one<{ id: string; person_id: string; parent: string }>(`
      SELECT m.id, m.person_id, parent.name AS parent FROM mentor_profile m
      JOIN organisation o ON o.id = m.home_organisation_id JOIN organisation parent ON parent.id = o.parent_id
      WHERE o.name = 'Handwerkskammer Wiesbaden – Geschäftsstelle Mittelhessen'`);
    expect(mentor.parent).toBe('Handwerkskammer Wiesbaden');
    await one(`SELECT 1 FROM mentor_specialty WHERE mentor_id = $1 AND fachgebiet_code = 'FG04' AND level = 'EXPERTISE'`, [mentor.id]);
    const represented = await q<{ land_code: string; kreis_ags: string }>(`SELECT a.land_code, a.kreis_ags FROM partnership p JOIN alliance a ON a.id = p.alliance_id WHERE p.representative_id = $1 ORDER BY a.kreis_ags`, [mentor.person_id]);
    expect(represented.map((r) => r.kreis_ags)).toEqual(['06531', '06532', '06533']);
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM mentor_conflict c JOIN alliance a ON a.id = c.alliance_id WHERE c.mentor_id = $1 AND a.kreis_ags IN ('06531', '06532', '06533')`, [mentor.id])).n).toBe(3);

    const event = await one<{ id: string }>(`SELECT e.id FROM event e JOIN alliance a ON a.id = e.alliance_id WHERE a.gemeinde_ags = '05570040' AND e.event_type = 'UNTERZEICHNUNG'`);
    const companies = await one<{ n: number }>(`SELECT count(*)::int AS n FROM signature s JOIN organisation o ON o.id = s.organisation_id WHERE s.event_id = $1 AND o.actor_type = 'UNTERNEHMEN'`, [event.id]);
    expect(companies.n).toBeGreaterThanOrEqual(3);
    await one(`SELECT 1 FROM deployment d JOIN deployment_mentor dm ON dm.deployment_id = d.id WHERE d.event_id = $1 AND d.deployment_type = 'FACHVORTRAG' AND dm.mentor_id = $2`, [event.id, mentor.id]);
  });

  it('has the Haldensleben Fachtag of 26 March 2019 and the Börde network', async () => {
    const ev = await one<{ id: string; start_time: string; end_time: string; organiser: string; follow_up_report: string; alliance_id: string; level: string; gemeinde: string | null; kreis: string }>(`
      SELECT e.id, e.start_time, e.end_time, e.organiser, e.follow_up_report, e.alliance_id, a.territorial_level AS level, a.gemeinde_ags AS gemeinde, a.kreis_ags AS kreis
      FROM event e JOIN alliance a ON a.id = e.alliance_id
      WHERE e.event_type = 'FACHTAG' AND e.starts_on = '2019-03-26' AND e.gemeinde_ags = '15083270' AND e.title LIKE 'Netzwerk-Fachtag%Helfende Hände für junge Familien%'`);
    expect([ev.start_time, ev.end_time, ev.organiser]).toEqual(['11:00:00', '16:00:00', 'BUENDNIS']);
    expect([ev.level, ev.gemeinde, ev.kreis]).toEqual(['LANDKREIS', null, '15083']);
    expect(ev.follow_up_report.length).toBeGreaterThan(300);
    const speakers = await q<{ name: string }>(`SELECT o.name FROM event_speaker s JOIN organisation o ON o.id = s.organisation_id WHERE s.event_id = $1`, [ev.id]);
    const speakerNames = speakers.map((s) => s.name).join(' | ');
    for (const part of ['LIBa', 'Zentrum für Familie und Alleinerziehende e.V. Jena', 'Familienzentrum Jena', 'AWO Lifebalance', 'DRK Kreisverband Börde']) expect(speakerNames).toContain(part);
    const attended = await q<{ name: string }>(`SELECT o.name FROM event_participant p JOIN organisation o ON o.id = p.organisation_id WHERE p.event_id = $1 AND p.attendance = 'TEILGENOMMEN' AND p.person_id IS NOT NULL`, [ev.id]);
    expect(attended.map((a) => a.name)).toEqual(expect.arrayContaining(['Landkreis Börde', 'Jobcenter Börde']));
    const projects = await q<{ name: string }>(`SELECT name FROM project WHERE alliance_id = $1 AND 'LEADER' = ANY(funding_sources) ORDER BY name`, [ev.alliance_id]);
    expect(projects.map((p) => p.name)).toEqual(['Familienservice rundum', 'Helfende Hände für junge Familien']);
    const history = await q<{ from_status: string; to_status: string; changed_on: string }>(`SELECT from_status, to_status, to_char(changed_on, 'YYYY-MM-DD') AS changed_on FROM alliance_status_change WHERE alliance_id = $1 ORDER BY changed_on`, [ev.alliance_id]);
    expect(history[history.length - 1]).toEqual({ from_status: 'RUHEND', to_status: 'AKTIV', changed_on: '2019-03-26' });
    const roles = await q<{ name: string }>(`SELECT o.name FROM partnership p JOIN organisation o ON o.id = p.organisation_id WHERE p.alliance_id = $1 AND cardinality(p.roles) > 0`, [ev.alliance_id]);
    expect(roles.map((r) => r.name)).toEqual(expect.arrayContaining(['Landkreis Börde', 'Jobcenter Börde', 'DRK Kreisverband Börde e.V.', 'LIBa „Besser essen. Mehr bewegen.“ e.V.']));
  });

  it('has the federal events', async () => {
    await one(`SELECT 1 FROM event WHERE event_type = 'MENTORENTREFFEN' AND alliance_id IS NULL AND organiser IN ('MINISTERIUM', 'SERVICEBUERO') AND starts_on BETWEEN '2011-06-01' AND '2011-06-30' AND gemeinde_ags = '11000000'`);
    await one(`SELECT 1 FROM event WHERE event_type = 'MENTORENTREFFEN' AND starts_on = '2012-06-18'`);
    await one(`SELECT 1 FROM event WHERE event_type = 'BUENDNISDIALOG' AND starts_on = '2024-11-22' AND venue LIKE '%Kulturbrauerei%'`);
    await one(`SELECT 1 FROM event WHERE event_type = 'BUENDNISDIALOG' AND starts_on = '2025-11-14'`);
    await one(`SELECT 1 FROM event WHERE starts_on = '2020-12-10' AND format = 'ONLINE'`);
  });

  it('covers the edge cases', async () => {
    await one(`SELECT 1 FROM deployment d WHERE (SELECT count(*) FROM deployment_mentor m WHERE m.deployment_id = d.id) = 2`);
    await one(`SELECT 1 FROM deployment WHERE status = 'STORNIERT'`);
    await one(`SELECT 1 FROM mentoring_request WHERE status = 'NICHT_VERMITTELBAR' AND closing_reason IS NOT NULL`);
    await one(`SELECT 1 FROM match_proposal a JOIN match_proposal b ON b.request_id = a.request_id AND b.rank = 2 AND b.response = 'ZUGESAGT' WHERE a.rank = 1 AND a.response = 'ABGELEHNT' AND a.response_reason IS NOT NULL AND a.request_id IN (SELECT id FROM mentoring_request WHERE status = 'ZUGEWIESEN' AND occasion = 'GRUENDUNG')`);
    expect((await q(`SELECT 1 FROM consent WHERE purpose = 'GALERIE' AND withdrawn_on IS NOT NULL`)).length).toBeGreaterThanOrEqual(1);
    expect((await q(`SELECT 1 FROM person WHERE privacy_notice_sent_on IS NULL AND data_source = 'KOORDINATION'`)).length).toBeGreaterThanOrEqual(1);
    await one(`SELECT 1 FROM signature s JOIN declaration d ON d.id = s.declaration_id JOIN alliance a ON a.id = d.alliance_id WHERE a.gemeinde_ags = '05334016' AND s.occasion = 'SPAETERER_BEITRITT' AND s.signed_on = '2019-01-11'`);
  });

  it('finds the Müller GmbH through the folded search key, and uses no real names from the sources', async () => {
    const rows = await q<{ name: string }>(`SELECT name FROM organisation WHERE search_key LIKE '%' || bn_fold('mueller') || '%'`);
    expect(rows.map((r) => r.name)).toContain('Bäckerei Müller GmbH');
    expect((await q(`SELECT 1 FROM organisation WHERE name LIKE '%Straße%' OR street LIKE '%straße%' OR street LIKE '%Straße%'`)).length).toBeGreaterThan(0);
    const real = ['Mohrs', 'Weber', 'Brämer', 'Frommann', 'Kutz', 'Oelke', 'Gottschalk', 'Borkowski', 'Lenz'];
    expect(await q(`SELECT last_name FROM person WHERE last_name = ANY($1)`, [real])).toEqual([]);
    expect(await q(`SELECT email FROM person WHERE email NOT LIKE '%.example.org'`)).toEqual([]);
  });
});
