import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  AllianceBody,
  createAlliance,
  createOrganisation,
  createScopedView,
  dropScopedView,
  ErrorBody,
  insertAllianceWithId,
  insertPerson,
  newId,
} from './alliance-fixtures';

interface PartnershipBody {
  id: string;
  allianceId: string;
  organisationId: string;
  organisationName: string;
  sector: string;
  roles: string[];
  since: string | null;
  until: string | null;
  representativeName: string | null;
  version: number;
}

const VALIDATION_ALLIANCE = newId();
const VALIDATION_VIEW = 'e2e_partnership_validation';
const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

describe('Bündnispartnerschaften API', () => {
  let app: TestApp;
  let alliance: AllianceBody;
  let otherAlliance: AllianceBody;
  let validationOrganisation: string;

  beforeAll(async () => {
    app = await startTestApp();
    alliance = await createAlliance(app, { name: `Bündnis Börde ${uniqueSuffix()}`, territorialLevel: 'LANDKREIS', kreisAgs: '15083', gemeindeAgs: undefined });
    otherAlliance = await createAlliance(app);
    await insertAllianceWithId(app, VALIDATION_ALLIANCE, `Partnervalidierung ${uniqueSuffix()}`);
    await createScopedView(app, VALIDATION_VIEW, `SELECT id FROM partnership WHERE alliance_id = '${VALIDATION_ALLIANCE}'`);
    validationOrganisation = (await createOrganisation(app)).id;
  });

  afterAll(async () => {
    await dropScopedView(app, VALIDATION_VIEW);
    await app.close();
  });

  const partners = (allianceId: string): string => `/api/alliances/${allianceId}/partners`;

  const addPartner = async (allianceId: string, body: Record<string, unknown>): Promise<PartnershipBody> => {
    const response = await app.http.post(partners(allianceId)).send(body);
    expect(response.status).toBe(201);
    return response.body as PartnershipBody;
  };

  it('adds, updates and archives a partnership; an archived one may be started again', async () => {
    const jobcenter = await createOrganisation(app, { name: `Jobcenter Börde ${uniqueSuffix()}`, sector: 'VERWALTUNG', actorType: 'JOBCENTER' });
    const representative = await insertPerson(app, 'Paula', `Partnerin-${uniqueSuffix()}`);
    const created = await addPartner(alliance.id, {
      organisationId: jobcenter.id,
      roles: ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'],
      since: '2012-04-01',
      contributionTypes: ['RAEUME', 'KNOW_HOW'],
      contribution: 'Besprechungsraum für die Lenkungsgruppe',
      representativeId: representative,
    });
    expect(created).toMatchObject({
      allianceId: alliance.id,
      organisationName: jobcenter.name,
      sector: 'VERWALTUNG',
      roles: ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'],
      representativeName: expect.stringContaining('Paula'),
      version: 1,
    });

    const duplicate = await app.http.post(partners(alliance.id)).send({ organisationId: jobcenter.id });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ErrorBody).code).toBe('PARTNERSHIP_EXISTS');

    const update = { roles: ['LENKUNGSGRUPPE'], since: '2012-04-01', until: '2023-12-31', contributionTypes: [], version: 1 };
    const updated = await app.http.put(`${partners(alliance.id)}/${created.id}`).send(update);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ roles: ['LENKUNGSGRUPPE'], until: '2023-12-31', representativeName: null, version: 2 });
    const stale = await app.http.put(`${partners(alliance.id)}/${created.id}`).send({ ...update, roles: [] });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).code).toBe('VERSION_CONFLICT');
    const changeOrganisation = await app.http.put(`${partners(alliance.id)}/${created.id}`).send({ ...update, version: 2, organisationId: jobcenter.id });
    expect(changeOrganisation.status).toBe(400);
    expect((changeOrganisation.body as ErrorBody).fields?.['organisationId']).toEqual(expect.any(String));

    const archived = await app.http.post(`${partners(alliance.id)}/${created.id}/archive`).send({ version: 2 });
    expect(archived.status).toBe(204);
    const again = await addPartner(alliance.id, { organisationId: jobcenter.id, roles: ['KOOPERATIONSPARTNER'], since: '2024-01-01' });
    expect(again.id).not.toBe(created.id);

    const audit: { action: string }[] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [
      created.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('checks the organisation, the representative and the period', async () => {
    const organisation = await createOrganisation(app);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ organisationId: UNKNOWN_ID }, 'organisationId', 'PARTNER_ORGANISATION_NOT_FOUND'],
      [{ organisationId: organisation.id, representativeId: UNKNOWN_ID }, 'representativeId', 'REPRESENTATIVE_NOT_FOUND'],
      [{ organisationId: organisation.id, since: '2020-01-01', until: '2019-12-31' }, 'until', 'PARTNERSHIP_PERIOD_INVALID'],
    ];
    for (const [body, field, code] of cases) {
      const response = await app.http.post(partners(alliance.id)).send(body);
      expect({ code, status: response.status, body: (response.body as ErrorBody).code }).toEqual({ code, status: 400, body: code });
      expect((response.body as ErrorBody).fields?.[field]).toEqual(expect.any(String));
    }
  });

  it('answers 404 for a partnership of another alliance and for unknown alliances', async () => {
    const organisation = await createOrganisation(app);
    const foreign = await addPartner(otherAlliance.id, { organisationId: organisation.id });
    const viaWrongAlliance = await app.http.put(`${partners(alliance.id)}/${foreign.id}`).send({ roles: [], version: 1 });
    expect(viaWrongAlliance.status).toBe(404);
    expect((viaWrongAlliance.body as ErrorBody).code).toBe('PARTNERSHIP_NOT_FOUND');
    expect((await app.http.post(`${partners(alliance.id)}/${foreign.id}/archive`).send({ version: 1 })).status).toBe(404);
    expect((await app.http.put(`${partners(alliance.id)}/${UNKNOWN_ID}`).send({ version: 1 })).status).toBe(404);

    const unknownAlliance = await app.http.get(partners(UNKNOWN_ID));
    expect(unknownAlliance.status).toBe(404);
    expect((unknownAlliance.body as ErrorBody).code).toBe('ALLIANCE_NOT_FOUND');
    expect((await app.http.post(partners(UNKNOWN_ID)).send({ organisationId: organisation.id })).status).toBe(404);
    expect((await app.http.get(partners('keine-uuid'))).status).toBe(400);
    expect((await app.http.put(`${partners(alliance.id)}/keine-uuid`).send({ version: 1 })).status).toBe(400);
  });

  it('lists partners with filters, German search, sorting and pagination bounds', async () => {
    const host = await createAlliance(app);
    const tag = uniqueSuffix();
    const baeckerei = await createOrganisation(app, { name: `Bäckerei Müller ${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN' });
    const drk = await createOrganisation(app, { name: `DRK Kreisverband ${tag}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND' });
    const awo = await createOrganisation(app, { name: `AWO Ortsverein ${tag}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND' });
    await addPartner(host.id, { organisationId: baeckerei.id, roles: ['FOERDERER'], since: '2015-01-01' });
    await addPartner(host.id, { organisationId: drk.id, roles: ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'], since: '2010-05-01' });
    const ended = await addPartner(host.id, { organisationId: awo.id, roles: ['LENKUNGSGRUPPE'], since: '2011-01-01', until: '2018-12-31' });

    const names = async (params: string): Promise<string[]> => {
      const response = await app.http.get(`${partners(host.id)}?${params}`);
      expect({ params, status: response.status }).toEqual({ params, status: 200 });
      return (response.body as { items: PartnershipBody[] }).items.map((p) => p.organisationName);
    };
    expect(await names('')).toEqual([awo.name, baeckerei.name, drk.name]);
    expect(await names('sort=organisationName&direction=desc')).toEqual([drk.name, baeckerei.name, awo.name]);
    expect(await names('sort=since')).toEqual([drk.name, awo.name, baeckerei.name]);
    expect(await names('role=LENKUNGSGRUPPE')).toEqual([awo.name, drk.name]);
    expect(await names('sector=WIRTSCHAFT')).toEqual([baeckerei.name]);
    expect(await names('currentOnly=true')).toEqual([baeckerei.name, drk.name]);
    expect(await names('q=baeckerei%20mueller')).toEqual([baeckerei.name]);
    expect(await names('q=B%C3%A4ckerei')).toEqual([baeckerei.name]);

    const archived = await app.http.post(`${partners(host.id)}/${ended.id}/archive`).send({ version: 1 });
    expect(archived.status).toBe(204);
    expect(await names('')).toEqual([baeckerei.name, drk.name]);
    expect(await names('includeArchived=true')).toEqual([awo.name, baeckerei.name, drk.name]);

    const paged = await app.http.get(`${partners(host.id)}?pageSize=1&page=2`);
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items.map((p: PartnershipBody) => p.organisationName)).toEqual([drk.name]);
    for (const bad of ['pageSize=101', 'page=0', 'sort=passwort', 'role=CHEF', 'sector=MOND']) {
      expect({ bad, status: (await app.http.get(`${partners(host.id)}?${bad}`)).status }).toEqual({ bad, status: 400 });
    }
  });

  describeCreateValidation(() => app, {
    path: `/api/alliances/${VALIDATION_ALLIANCE}/partners`,
    table: VALIDATION_VIEW,
    validBody: () => ({ organisationId: validationOrganisation, roles: ['UNTERZEICHNER'], since: '2019-03-26' }),
    required: ['organisationId'],
    wrongTypes: {
      organisationId: 'keine-uuid',
      roles: ['CHEF'],
      since: '26.03.2019',
      until: 20191231,
      contributionTypes: 'GELD',
      representativeId: 42,
    },
    maxLengths: { contribution: 2000 },
  });
});
