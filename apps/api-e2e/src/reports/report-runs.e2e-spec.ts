import type { TestDatabase } from '@bn/api/data-access-db/testing';
import type { ReportRunDto } from '@bn/shared/contracts';
import { SessionHttp, startTestApp, TestApp, TestUser } from '../support/test-app';
import { insertReportFixture, ReportFixture } from './report-fixtures';

interface Doc {
  title: string;
  subtitle: string;
  parameters: { label: string; value: string }[];
  tables: { key: string; columns: { key: string }[]; rows: (string | number | null)[][] }[];
  checksum: string;
}

const PERIOD = { periodFrom: '2024-01-01', periodTo: '2024-12-31', referenceDate: '2024-12-31' };

/**
 * Report runs against a database of their own with a small known data set (report-fixtures.ts):
 * every table of both reports, suppression, checksum, release, visibility and validation.
 */
describe('Report runs (Bündnis-Monitor, Mentoring-Bericht)', () => {
  let database: TestDatabase;
  let app: TestApp;
  let fixture: ReportFixture;
  let leitung: SessionHttp & { user: TestUser };
  let ministerium: SessionHttp;
  const previousUrl = process.env['BN_TEST_DATABASE_URL'];

  beforeAll(async () => {
    const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
    database = await createTestDatabase('bn_reports');
    process.env['BN_TEST_DATABASE_URL'] = database.url;
    app = await startTestApp('FACHBERATUNG');
    fixture = await insertReportFixture(app.dataSource);
    leitung = await app.signIn('LEITUNG');
    ministerium = await app.signIn('MINISTERIUM');
  }, 120000);

  afterAll(async () => {
    await app?.close();
    process.env['BN_TEST_DATABASE_URL'] = previousUrl;
    await database?.dispose();
  });

  async function finished(http: SessionHttp, id: string): Promise<ReportRunDto> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const response = await http.get(`/api/reports/runs/${id}`);
      expect(response.status).toBe(200);
      const run = response.body as ReportRunDto;
      if (run.jobState === 'FERTIG' || run.jobState === 'FEHLER') return run;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('report run did not finish');
  }

  async function runReport(body: Record<string, unknown>, http: SessionHttp = app.http): Promise<{ run: ReportRunDto; doc: Doc }> {
    const response = await http.post('/api/reports/runs').send(body);
    expect(response.status).toBe(202);
    expect((response.body as ReportRunDto).jobState).toMatch(/WARTEND|LAEUFT|FERTIG/);
    const run = await finished(http, (response.body as ReportRunDto).id);
    expect(run).toMatchObject({ jobState: 'FERTIG', progress: 100, status: 'ENTWURF', error: null });
    const [{ result }] = (await app.dataSource.query(`SELECT result FROM report_run WHERE id = $1`, [run.id])) as { result: Doc }[];
    return { run, doc: result };
  }

  const rowsOf = (doc: Doc, key: string): (string | number | null)[][] => {
    const table = doc.tables.find((t) => t.key === key);
    if (!table) throw new Error(`no table ${key}`);
    return table.rows;
  };
  /** Rows of a table per Land: only the Länder with figures, the rest must be all zeros. */
  const landRows = (doc: Doc, key: string, nonZero: Record<string, (string | number | null)[]>, zeros: number): void => {
    const rows = rowsOf(doc, key);
    const byLand = rows.slice(0, 16);
    for (const row of byLand) {
      const name = String(row[0]);
      expect([name, ...row.slice(1)]).toEqual([name, ...(nonZero[name] ?? Array<number>(zeros).fill(0))]);
    }
  };

  describe('Bündnis-Monitor', () => {
    let doc: Doc;
    let run: ReportRunDto;

    beforeAll(async () => {
      ({ run, doc } = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD }));
    });

    it('states the report, the ministry and the parameters in German', () => {
      expect(doc.title).toBe('Bündnis-Monitor');
      expect(doc.subtitle).toBe('Bericht an das Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend');
      expect(doc.parameters).toEqual(
        expect.arrayContaining([
          { label: 'Zeitraum', value: '01.01.2024 – 31.12.2024' },
          { label: 'Stichtag', value: '31.12.2024' },
          { label: 'Länder', value: 'alle Länder' },
        ]),
      );
      expect(run.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(doc.checksum).toBe(run.checksum);
      expect(doc.tables.map((t) => t.key)).toEqual([
        'buendnisse_nach_status', 'buendnisse_nach_land', 'entwicklung_im_zeitraum', 'kreisabdeckung', 'partner_nach_akteursart',
        'partner_nach_sektor', 'partner_einzelpersonen', 'unternehmen_nach_groesse', 'handlungsfelder', 'aktivitaeten_nach_art',
        'aktivitaet_kennzahlen', 'veranstaltungen_nach_art', 'projekte_nach_finanzierung',
      ]);
    });

    it('counts alliances by status at the Stichtag (A6 recorded later is left out)', () => {
      expect(rowsOf(doc, 'buendnisse_nach_status')).toEqual([
        ['Interessent', 1], ['In Gründung', 0], ['Aktiv', 2], ['Ruhend', 1], ['Aufgelöst', 1], ['Fusioniert', 0], ['Insgesamt', 5],
      ]);
    });

    it('counts alliances by Land and status', () => {
      landRows(doc, 'buendnisse_nach_land', { Niedersachsen: [0, 0, 2, 0, 1, 0, 3], Hessen: [1, 0, 0, 1, 0, 0, 2] }, 7);
      expect(rowsOf(doc, 'buendnisse_nach_land')[16]).toEqual(['Insgesamt', 1, 0, 2, 1, 1, 0, 5]);
    });

    it('counts foundings, reactivations and dissolutions in the period', () => {
      landRows(doc, 'entwicklung_im_zeitraum', { Niedersachsen: [1, 1, 1, 0] }, 4);
      expect(rowsOf(doc, 'entwicklung_im_zeitraum')[16]).toEqual(['Insgesamt', 1, 1, 1, 0]);
    });

    it('computes the coverage of Kreise by active alliances', () => {
      const rows = rowsOf(doc, 'kreisabdeckung');
      const ni = rows.find((r) => r[0] === 'Niedersachsen');
      const he = rows.find((r) => r[0] === 'Hessen');
      expect(ni).toEqual(['Niedersachsen', fixture.kreiseNi, 2, Math.round((2 / fixture.kreiseNi) * 1000) / 10]);
      expect(he).toEqual(['Hessen', fixture.kreiseHe, 0, 0]);
      const total = rows[16];
      expect(total[2]).toBe(2);
      expect(total[3]).toBe(Math.round((2 / (total[1] as number)) * 1000) / 10);
    });

    it('counts partners by sector and actor type, with individuals apart and suppressed', () => {
      expect(rowsOf(doc, 'partner_nach_akteursart')).toEqual([
        ['Wirtschaft', 'Unternehmen', 2, 3],
        ['Zivilgesellschaft', 'Verein/Initiative', 1, 2],
        ['Insgesamt', null, 3, 5],
      ]);
      expect(rowsOf(doc, 'partner_nach_sektor')).toEqual([
        ['Wirtschaft', 2, 3], ['Verwaltung/öffentliche Hand', 0, 0], ['Politik', 0, 0], ['Zivilgesellschaft', 1, 2], ['Insgesamt', 3, 5],
      ]);
      expect(rowsOf(doc, 'partner_einzelpersonen')).toEqual([['Einzelperson/Familie', '< 3', '< 3']]);
    });

    it('counts companies by size', () => {
      expect(rowsOf(doc, 'unternehmen_nach_groesse')).toEqual([
        ['Kleinstunternehmen (< 10)', 0], ['Kleines Unternehmen (< 50)', 1], ['Mittleres Unternehmen (< 250)', 0],
        ['Großunternehmen (≥ 250)', 0], ['ohne Angabe', 1], ['Insgesamt', 2],
      ]);
    });

    it('counts Handlungsfelder of active alliances and running projects', () => {
      const rows = rowsOf(doc, 'handlungsfelder');
      expect(rows).toHaveLength(12);
      const byCode = Object.fromEntries(rows.map((r) => [String(r[0]).slice(0, 4), r.slice(1)]));
      expect(byCode['HF01']).toEqual([1, 50, 2]);
      expect(byCode['HF03']).toEqual([1, 50, 1]);
      expect(byCode['HF05']).toEqual([1, 50, 0]);
      expect(byCode['HF02']).toEqual([0, 0, 0]);
    });

    it('counts activities by type and the key figures per active alliance', () => {
      const rows = rowsOf(doc, 'aktivitaeten_nach_art');
      expect(rows.filter((r) => r[1] !== 0)).toEqual([
        ['Netzwerktreffen', 3, 2], ['Presse-/Öffentlichkeitsarbeit', 1, 1], ['Sonstiges', 1, 1], ['Insgesamt', 5, 3],
      ]);
      expect(rows).toHaveLength(12);
      expect(rowsOf(doc, 'aktivitaet_kennzahlen')).toEqual([
        ['Aktive Bündnisse am Stichtag', 2],
        ['davon mit mindestens einer Aktivität', 2],
        ['Anteil mit mindestens einer Aktivität (%)', 100],
        ['davon mit mindestens zwei Netzwerktreffen', 1],
        ['Anteil mit mindestens zwei Netzwerktreffen (%)', 50],
        ['Aktivitäten je aktivem Bündnis (Mittelwert)', 2],
        ['Aktivitäten je aktivem Bündnis (Median)', 2],
        ['Laufende Projekte je aktivem Bündnis (Mittelwert)', 1],
        ['Laufende Projekte je aktivem Bündnis (Median)', 1],
      ]);
    });

    it('counts events and participants, protecting the small participant figure from the total', () => {
      const rows = rowsOf(doc, 'veranstaltungen_nach_art');
      expect(rows.filter((r) => r[1] !== 0)).toEqual([
        ['Netzwerktreffen', 1, '< 3'], ['Fachtag', 2, 'x'], ['Bündnisdialog (bundesweit)', 1, 100], ['Insgesamt', 4, 152],
      ]);
      expect(rows.filter((r) => r[1] === 0).every((r) => r[2] === 0)).toBe(true);
    });

    it('counts running projects by funding source', () => {
      const rows = rowsOf(doc, 'projekte_nach_finanzierung');
      expect(rows.filter((r) => r[1] !== 0)).toEqual([
        ['Sponsoring', 1], ['Spenden', 1], ['Stiftung', 1], ['ohne Angabe', 1], ['Insgesamt', 3],
      ]);
    });

    it('gives the same checksum when run again with the same parameters on the same data', async () => {
      const again = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD, laender: [] });
      expect(again.run.checksum).toBe(run.checksum);
      expect(again.run.id).not.toBe(run.id);
      const other = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD, referenceDate: '2023-12-31' });
      expect(other.run.checksum).not.toBe(run.checksum);
      expect(rowsOf(other.doc, 'buendnisse_nach_status')).toEqual([
        ['Interessent', 0], ['In Gründung', 1], ['Aktiv', 1], ['Ruhend', 2], ['Aufgelöst', 0], ['Fusioniert', 0], ['Insgesamt', 4],
      ]);
    });

    it('restricts every table to the selected Länder', async () => {
      const { doc: he } = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD, laender: ['06'] });
      expect(he.parameters).toEqual(expect.arrayContaining([{ label: 'Länder', value: 'Hessen' }]));
      expect(rowsOf(he, 'buendnisse_nach_land')).toEqual([['Hessen', 1, 0, 0, 1, 0, 0, 2], ['Insgesamt', 1, 0, 0, 1, 0, 0, 2]]);
      expect(rowsOf(he, 'partner_nach_akteursart')).toEqual([['Zivilgesellschaft', 'Verein/Initiative', 1, 1], ['Insgesamt', null, 1, 1]]);
      expect(rowsOf(he, 'veranstaltungen_nach_art').filter((r) => r[1] !== 0)).toEqual([['Fachtag', 1, 10], ['Insgesamt', 1, 10]]);
    });
  });

  describe('Mentoring-Bericht', () => {
    let doc: Doc;

    beforeAll(async () => {
      ({ doc } = await runReport({ type: 'MENTORING_BERICHT', ...PERIOD }));
    });

    it('counts mentors by status, with small counts suppressed and not recoverable from the total', () => {
      expect(doc.title).toBe('Mentoring-Bericht');
      expect(rowsOf(doc, 'mentoren_nach_status')).toEqual([
        ['In Qualifizierung', '< 3'], ['Aktiv', 'x'], ['Pausiert', '< 3'], ['Ausgeschieden', '< 3'], ['Insgesamt', 7],
      ]);
    });

    it('counts mentors by Land and specialty', () => {
      const rows = rowsOf(doc, 'mentoren_nach_land');
      landRows(doc, 'mentoren_nach_land', { Niedersachsen: [4], Hessen: ['< 3'] }, 1);
      expect(rows.slice(16)).toEqual([['ohne Angabe', '< 3'], ['Insgesamt', 7]]);
      const specialties = rowsOf(doc, 'mentoren_nach_fachgebiet');
      expect(specialties).toHaveLength(12);
      expect(specialties.filter((r) => r[1] !== 0).map((r) => [String(r[0]).slice(0, 4), r[1]])).toEqual([['FG01', 4], ['FG02', '< 3']]);
    });

    it('counts requests by channel, occasion and Land, the share matched and the days to assignment', () => {
      expect(rowsOf(doc, 'anfragen_nach_kanal')).toEqual([
        ['Telefon', 1], ['E-Mail', 2], ['Webformular', 1], ['Veranstaltung', 0], ['Über Landesnetzwerk', 0], ['Insgesamt', 4],
      ]);
      expect(rowsOf(doc, 'anfragen_nach_anlass')).toEqual([
        ['Gründung', 2, 1], ['Neustart/Reaktivierung', 1, 1], ['Weiterentwicklung', 1, 0], ['Veranstaltung (Referent:in)', 0, 0],
        ['Thematische Beratung', 0, 0], ['Generationenwechsel', 0, 0], ['Insgesamt', 4, 2],
      ]);
      landRows(doc, 'anfragen_nach_land', { Niedersachsen: [2, 2], Hessen: [2, 0] }, 2);
      expect(rowsOf(doc, 'vermittlung')).toEqual([
        ['Anfragen im Zeitraum', 4], ['davon vermittelt', 2], ['Anteil vermittelt (%)', 50], ['davon nicht vermittelbar', 1],
        ['davon storniert', 1], ['Tage bis zur Zuweisung (Median)', 15], ['Tage bis zur Zuweisung (Mittelwert)', 15],
      ]);
    });

    it('counts deployments by Land, type, mode and specialty, with hours', () => {
      landRows(doc, 'einsaetze_nach_land', { Niedersachsen: [2, 3, 6.5], Hessen: [1, 1, 4] }, 3);
      expect(rowsOf(doc, 'einsaetze_nach_land')[16]).toEqual(['Insgesamt', 3, 4, 10.5]);
      expect(rowsOf(doc, 'einsaetze_nach_art').filter((r) => r[1] !== 0)).toEqual([
        ['Erstberatung/Beratungsgespräch', 1, 1, 1.5], ['Gründungsbegleitung', 1, 2, 5], ['Moderation', 1, 1, 4], ['Insgesamt', 3, 4, 10.5],
      ]);
      expect(rowsOf(doc, 'einsaetze_nach_modus')).toEqual([
        ['Telefonisch', 1, 1, 1.5], ['Vor Ort', 1, 2, 5], ['Online', 1, 1, 4], ['Hybrid', 0, 0, 0], ['Schriftlich', 0, 0, 0], ['Insgesamt', 3, 4, 10.5],
      ]);
      expect(rowsOf(doc, 'einsaetze_nach_fachgebiet').filter((r) => r[1] !== 0).map((r) => [String(r[0]).slice(0, 4), r[1], r[2]])).toEqual([
        ['FG01', 2, 6.5], ['FG02', 1, 1.5], ['FG07', 1, 4],
      ]);
      expect(rowsOf(doc, 'einsatzaufwand')).toEqual([
        ['Einsätze', 3], ['Termine', 4], ['Stunden Durchführung', 10.5], ['Stunden Vor- und Nachbereitung', 1], ['Stunden Reisezeit', 1],
        ['Reise-km', 50], ['Tandem-Einsätze', 1], ['Anteil Tandem-Einsätze (%)', 33.3],
      ]);
    });

    it('shows feedback with n, mean and median, and suppresses small answer counts', () => {
      expect(rowsOf(doc, 'rueckmeldungen')).toEqual([['Zufriedenheit', 4, 4, 4], ['Nützlichkeit', 4, 3.75, 4]]);
      expect(rowsOf(doc, 'rueckmeldungen_ziel')).toEqual([['Ja', '< 3'], ['Teilweise', '< 3'], ['Nein', 0], ['ohne Angabe', '< 3'], ['Insgesamt', 4]]);
    });

    it('suppresses feedback and mentor figures below 3 for a single Land', async () => {
      const { doc: he } = await runReport({ type: 'MENTORING_BERICHT', ...PERIOD, laender: ['06'] });
      expect(rowsOf(he, 'rueckmeldungen')).toEqual([['Zufriedenheit', '< 3', null, null], ['Nützlichkeit', '< 3', null, null]]);
      expect(rowsOf(he, 'mentoren_nach_status')).toEqual([
        ['In Qualifizierung', 0], ['Aktiv', '< 3'], ['Pausiert', '< 3'], ['Ausgeschieden', 0], ['Insgesamt', '< 3'],
      ]);
      expect(rowsOf(he, 'mentoren_nach_land')).toEqual([['Hessen', '< 3'], ['Insgesamt', '< 3']]);
    });
  });

  describe('release, visibility and downloads', () => {
    it('lets only the Leitung release a finished run, once, with the current version', async () => {
      const { run } = await runReport({ type: 'MENTORING_BERICHT', ...PERIOD });
      expect((await app.http.post(`/api/reports/runs/${run.id}/release`).send({ version: run.version })).status).toBe(403);
      expect((await leitung.post(`/api/reports/runs/${run.id}/release`).send({ version: run.version + 1 })).status).toBe(409);
      const released = await leitung.post(`/api/reports/runs/${run.id}/release`).send({ version: run.version });
      expect(released.status).toBe(200);
      expect(released.body).toMatchObject({ status: 'FREIGEGEBEN', releasedByName: leitung.user.displayName, checksum: run.checksum });
      const again = await leitung.post(`/api/reports/runs/${run.id}/release`).send({ version: (released.body as ReportRunDto).version });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('REPORT_RUN_ALREADY_RELEASED');
    });

    it('hides drafts from the ministry (404, not listed) and serves released runs in three formats', async () => {
      const { run: draft } = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD });
      const { run } = await runReport({ type: 'BUENDNIS_MONITOR', ...PERIOD });
      expect((await ministerium.get(`/api/reports/runs/${draft.id}`)).status).toBe(404);
      expect((await ministerium.get(`/api/reports/runs/${draft.id}/files/pdf`)).status).toBe(404);
      expect((await ministerium.post('/api/reports/runs').send({ type: 'BUENDNIS_MONITOR', ...PERIOD })).status).toBe(403);
      await leitung.post(`/api/reports/runs/${run.id}/release`).send({ version: run.version }).expect(200);

      const list = await ministerium.get('/api/reports/runs?pageSize=100');
      expect(list.status).toBe(200);
      const ids = (list.body.items as ReportRunDto[]).map((r) => r.id);
      expect(ids).toContain(run.id);
      expect(ids).not.toContain(draft.id);
      expect((list.body.items as ReportRunDto[]).every((r) => r.status === 'FREIGEGEBEN')).toBe(true);
      const staffList = await app.http.get('/api/reports/runs?status=ENTWURF&pageSize=100');
      expect((staffList.body.items as ReportRunDto[]).map((r) => r.id)).toContain(draft.id);

      const expected: Record<string, [string, string]> = {
        xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
        csv: ['application/zip', 'PK'],
        pdf: ['application/pdf', '%PDF'],
      };
      for (const [format, [contentType, magic]] of Object.entries(expected)) {
        const file = await ministerium
          .get(`/api/reports/runs/${run.id}/files/${format}`)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          });
        expect({ format, status: file.status }).toEqual({ format, status: 200 });
        expect(file.headers['content-type']).toContain(contentType);
        expect(file.headers['content-disposition']).toContain('Buendnis-Monitor_2024-12-31_');
        expect((file.body as Buffer).subarray(0, magic.length).toString('latin1')).toBe(magic);
      }
      const [{ n }] = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'ReportRun' AND entity_id = $1`,
        [run.id],
      )) as { n: number }[];
      expect(n).toBe(3);
      expect((await ministerium.get(`/api/reports/runs/${run.id}/files/docx`)).status).toBe(400);
    });

    it('refuses coordinators, mentors and administrators (403)', async () => {
      const [{ id: mentorProfileId }] = (await app.dataSource.query(`SELECT id FROM mentor_profile LIMIT 1`)) as { id: string }[];
      for (const role of ['KOORDINATION', 'MENTOR', 'ADMINISTRATION'] as const) {
        const http = await app.signIn(role, role === 'MENTOR' ? { mentorProfileId } : {});
        expect({ role, status: (await http.get('/api/reports/runs')).status }).toEqual({ role, status: 403 });
        expect({ role, status: (await http.post('/api/reports/runs').send({ type: 'BUENDNIS_MONITOR', ...PERIOD })).status }).toEqual({ role, status: 403 });
      }
    });
  });

  describe('validation', () => {
    const valid = { type: 'BUENDNIS_MONITOR', ...PERIOD };
    it.each([
      ['type', { ...valid, type: 'JAHRESBERICHT' }],
      ['type', { ...valid, type: undefined }],
      ['periodFrom', { ...valid, periodFrom: '2024-02-30' }],
      ['periodTo', { ...valid, periodTo: '31.12.2024' }],
      ['referenceDate', { ...valid, referenceDate: undefined }],
      ['laender', { ...valid, laender: ['17'] }],
      ['laender', { ...valid, laender: ['03', '03'] }],
      ['laender', { ...valid, laender: '03' }],
      ['periodTo', { ...valid, periodFrom: '2024-12-31', periodTo: '2024-01-01' }],
      ['unerwartetesFeld', { ...valid, unerwartetesFeld: 1 }],
    ])('rejects an invalid %s with 400 and a German field message, creating no run', async (field, body) => {
      const [{ before }] = (await app.dataSource.query(`SELECT count(*)::int AS before FROM report_run`)) as { before: number }[];
      const response = await app.http.post('/api/reports/runs').send(body);
      expect(response.status).toBe(400);
      expect(response.body.fields?.[field]).toEqual(expect.any(String));
      const [{ after }] = (await app.dataSource.query(`SELECT count(*)::int AS after FROM report_run`)) as { after: number }[];
      expect(after).toBe(before);
    });

    it('answers an invalid id with 400 and an unknown one with 404', async () => {
      expect((await app.http.get('/api/reports/runs/nicht-eine-id')).status).toBe(400);
      expect((await app.http.get('/api/reports/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await leitung.post('/api/reports/runs/00000000-0000-4000-8000-000000000000/release').send({ version: 1 })).status).toBe(404);
    });
  });
});
