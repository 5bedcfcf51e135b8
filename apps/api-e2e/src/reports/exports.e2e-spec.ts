import { Workbook } from 'exceljs';
import request from 'supertest';
import { startTestApp, TestApp } from '../support/test-app';
import { AccessFixture, buildAccessFixture, SignedIn } from '../engagement/access.fixture';

/**
 * Raw list exports (issue 6): scoped in the query (coordinators their own alliances, mentors their own
 * deployments), refused for the ministry, recorded in the audit log, and CSV and XLSX carry the same cells.
 */

type Http = Pick<TestApp['http'], 'get'>;

/** Collects the raw body (supertest would otherwise try to parse CSV as text and XLSX not at all). */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
  res.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

async function download(http: Http, path: string): Promise<request.Response> {
  return http.get(path).buffer(true).parse(binary);
}

/** RFC 4180 with `;` (quoted fields may hold `;`, `""` and line breaks). */
function parseCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field).toBe('');
  return rows;
}

/** The one sheet of an export as text cells, formatted the way the CSV writes them. */
async function parseXlsx(buffer: Buffer): Promise<{ rows: string[][]; sheetCount: number; frozen: boolean }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      if (value instanceof Date) cells.push(value.toISOString().slice(0, 10));
      else cells.push(value === null || value === undefined ? '' : String(value));
    }
    rows.push(cells);
  });
  return { rows, sheetCount: workbook.worksheets.length, frozen: sheet.views[0]?.state === 'frozen' };
}

describe('Exporte von Rohlisten', () => {
  let app: TestApp;
  let fixture: AccessFixture;
  let coordinator: SignedIn;
  let mentor: SignedIn;
  let codeA: string;
  let codeB: string;

  beforeAll(async () => {
    app = await startTestApp('FACHBERATUNG');
    fixture = await buildAccessFixture(app.dataSource);
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [fixture.allianceA] });
    mentor = await app.signIn('MENTOR', { mentorProfileId: fixture.mentorProfileId });
    const codes: { id: string; code: string }[] = await app.dataSource.query(`SELECT id, code FROM alliance WHERE id = ANY($1)`, [
      [fixture.allianceA, fixture.allianceB],
    ]);
    codeA = codes.find((row) => row.id === fixture.allianceA)?.code ?? '';
    codeB = codes.find((row) => row.id === fixture.allianceB)?.code ?? '';
    // A deployment on B of another mentor: neither the coordinator of A nor the mentor may export it.
    const [other] = await app.dataSource.query(
      `INSERT INTO mentor_profile (person_id, status, modes) VALUES ($1, 'AKTIV', '{ONLINE}') RETURNING id`,
      [fixture.personB],
    );
    const [deploymentB] = await app.dataSource.query(
      `INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'MODERATION', 'VOR_ORT', 'ZUGEWIESEN') RETURNING id`,
      [fixture.allianceB],
    );
    await app.dataSource.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [deploymentB.id, other.id]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('gives the Fachberatung every alliance as CSV (BOM, ";", German headers) with a download name', async () => {
    const response = await download(app.http, '/api/exports/alliances?format=csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="buendnisse_\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...rows] = parseCsv(response.body as Buffer);
    expect(header.slice(0, 5)).toEqual(['Kennung', 'Name', 'Kurzname', 'Status', 'Land']);
    const codes = rows.map((row) => row[0]);
    expect(codes).toEqual(expect.arrayContaining([codeA, codeB]));
    expect(rows.find((row) => row[0] === codeA)?.[3]).toBe('Aktiv');
  });

  it("limits a coordinator's exports to the own alliances", async () => {
    const alliances = parseCsv((await download(coordinator, '/api/exports/alliances?format=csv')).body as Buffer).slice(1);
    expect(alliances.map((row) => row[0])).toEqual([codeA]);

    const activities = parseCsv((await download(coordinator, '/api/exports/activities?format=csv')).body as Buffer).slice(1);
    expect(activities.map((row) => row[0])).toEqual([codeA]);
    expect(activities[0][5]).toBe(`Treffen A ${fixture.tag}`);

    const events = parseCsv((await download(coordinator, '/api/exports/events?format=csv')).body as Buffer).slice(1);
    expect(events.map((row) => row[0]).sort()).toEqual([`Einsatztreffen A ${fixture.tag}`, `Fest A ${fixture.tag}`]);
    expect(events.every((row) => row[3] === codeA)).toBe(true);

    const organisations = parseCsv((await download(coordinator, '/api/exports/organisations?format=csv')).body as Buffer).slice(1);
    expect(organisations.map((row) => row[0])).toEqual([`Verein A ${fixture.tag}`]);

    const deployments = parseCsv((await download(coordinator, '/api/exports/deployments?format=csv')).body as Buffer).slice(1);
    expect(deployments.map((row) => row[0])).toEqual([codeA]);

    const xlsx = await parseXlsx((await download(coordinator, '/api/exports/activities?format=xlsx')).body as Buffer);
    expect(xlsx.rows.slice(1).map((row) => row[0])).toEqual([codeA]);
  });

  it('filters by one alliance within the scope (the activities tab of an alliance)', async () => {
    const staff = parseCsv((await download(app.http, `/api/exports/activities?format=csv&allianceId=${fixture.allianceB}`)).body as Buffer).slice(1);
    expect(staff.map((row) => row[0])).toEqual([codeB]);
    expect(staff[0][5]).toBe(`Treffen B ${fixture.tag}`);

    const partners = parseCsv((await download(app.http, `/api/exports/organisations?format=csv&allianceId=${fixture.allianceA}`)).body as Buffer).slice(1);
    expect(partners.map((row) => row[0])).toEqual([`Verein A ${fixture.tag}`]);

    // A coordinator asking for a foreign alliance gets an empty file, not its data.
    const foreign = await download(coordinator, `/api/exports/activities?format=csv&allianceId=${fixture.allianceB}`);
    expect(foreign.status).toBe(200);
    expect(parseCsv(foreign.body as Buffer).slice(1)).toEqual([]);

    const invalid = await app.http.get('/api/exports/activities?format=csv&allianceId=abc');
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.allianceId).toBeTruthy();
  });

  it('gives a mentor the own deployments only, and no other list', async () => {
    const response = await download(mentor, '/api/exports/deployments?format=csv');
    expect(response.status).toBe(200);
    const rows = parseCsv(response.body as Buffer).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe(codeA);
    expect(rows[0][6]).toBe(`Mona Kontakt ${fixture.tag}`);
    for (const list of ['alliances', 'organisations', 'events', 'activities']) {
      expect((await mentor.get(`/api/exports/${list}?format=csv`)).status).toBe(403);
    }
  });

  it('refuses the ministry and the administration every raw list', async () => {
    const ministry = await app.signIn('MINISTERIUM');
    const administration = await app.signIn('ADMINISTRATION');
    for (const list of ['alliances', 'organisations', 'events', 'activities', 'deployments']) {
      const refused = await ministry.get(`/api/exports/${list}?format=xlsx`);
      expect(refused.status).toBe(403);
      expect((await administration.get(`/api/exports/${list}?format=csv`)).status).toBe(403);
    }
    expect((await app.anonymous.get('/api/exports/alliances?format=csv')).status).toBe(401);
  });

  it('answers a missing or unknown format and a bad Land with 400 and German field messages', async () => {
    const missing = await app.http.get('/api/exports/alliances');
    expect(missing.status).toBe(400);
    expect(missing.body.fields.format).toEqual(expect.any(String));
    expect((await app.http.get('/api/exports/alliances?format=pdf')).status).toBe(400);
    const land = await app.http.get('/api/exports/alliances?format=csv&landCode=17');
    expect(land.status).toBe(400);
    expect(land.body.fields.landCode).toMatch(/Länderschlüssel/);
    expect((await app.http.get('/api/exports/alliances?format=csv&extra=1')).status).toBe(400);
  });

  it('records every export in the audit log: who, which list, filter and row count', async () => {
    const response = await download(coordinator, '/api/exports/events?format=xlsx&landCode=03');
    expect(response.status).toBe(200);
    const rowCount = (await parseXlsx(response.body as Buffer)).rows.length - 1;
    // Written before the file is closed: present as soon as the download is complete.
    const entries: { actor_id: string; entity_type: string; after: Record<string, unknown> }[] = await app.dataSource.query(
      `SELECT actor_id, entity_type, after FROM audit_entry WHERE action = 'EXPORT' AND actor_id = $1 AND after->>'list' = 'events' AND after->>'format' = 'xlsx'`,
      [coordinator.user.userId],
    );
    expect(entries).toHaveLength(1);
    expect(entries[0].entity_type).toBe('Export');
    expect(entries[0].after).toMatchObject({
      list: 'events',
      format: 'xlsx',
      filter: { landCode: '03', includeArchived: false },
      scope: 'alliances',
      rowCount,
      complete: true,
    });
    expect(rowCount).toBe(2);
  });

  it('writes the same cells to CSV and XLSX (one sheet, frozen header, numbers as numbers)', async () => {
    await app.dataSource.query(`UPDATE activity SET reach = 1234 WHERE id = $1`, [fixture.activityA]);
    await app.dataSource.query(`UPDATE alliance SET paid_coordination_hours = 12.5, founding_year = 2019 WHERE id = $1`, [fixture.allianceA]);
    for (const list of ['alliances', 'organisations', 'events', 'activities', 'deployments']) {
      const csv = parseCsv((await download(app.http, `/api/exports/${list}?format=csv&includeArchived=true`)).body as Buffer);
      const xlsxResponse = await download(app.http, `/api/exports/${list}?format=xlsx&includeArchived=true`);
      expect(xlsxResponse.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const xlsx = await parseXlsx(xlsxResponse.body as Buffer);
      expect(xlsx.sheetCount).toBe(1);
      expect(xlsx.frozen).toBe(true);
      expect(xlsx.rows).toEqual(csv);
      expect(csv.length).toBeGreaterThan(1);
    }
    const activities = await parseXlsx((await download(app.http, '/api/exports/activities?format=xlsx')).body as Buffer);
    expect(activities.rows.find((row) => row[5] === `Treffen A ${fixture.tag}`)?.[6]).toBe('1234');
    const workbook = new Workbook();
    await workbook.xlsx.load((await download(app.http, '/api/exports/alliances?format=xlsx')).body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rowA = sheet.getRows(2, sheet.rowCount - 1)?.find((row) => row.getCell(1).value === codeA);
    expect(rowA?.getCell(9).value).toBe(2019);
    expect(rowA?.getCell(16).value).toBe(12.5);
  });
});
