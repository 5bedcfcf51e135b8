import { Client } from 'pg';
import { Rng, dayOf, isoDay, isoNoon } from './prng';
import { insertRows, type Row } from './insert';
import { asciiFold, FIRST_NAMES_F, FIRST_NAMES_M, lastName, organisationName } from './names';
import { generateWork } from './generate-work';

/** Shared state handed to the second half of the generator. */
export interface BenchContext {
  client: Client;
  rng: Rng;
  divisor: number;
  counts: Record<string, number>;
  alliances: AllianceRef[];
  personIds: string[];
}

export interface AllianceRef {
  id: string;
  status: string;
  gemeindeAgs: string;
  city: string;
  foundedDay: number;
}

interface Gemeinde { ags: string; name: string; designation: string | null }

/** Full-scale counts (QUALITY.md "Data set for measuring"); quick scale divides them by 20. */
const FULL = { alliances: 700, organisations: 15_000, contacts: 18_000 };

/** §4.4 status proportions (AUFGELOEST/FUSIONIERT split ~4:1). */
const STATUS_WEIGHTS = [['AKTIV', 300], ['RUHEND', 230], ['AUFGELOEST', 88], ['FUSIONIERT', 22], ['IN_GRUENDUNG', 12], ['INTERESSENT', 8]] as const;
/** §4.4 "Bundesland weights" by Land code. */
const LAND_WEIGHTS = [['05', 18.5], ['03', 12], ['09', 11], ['08', 11], ['06', 8], ['12', 6], ['14', 5], ['07', 5], ['15', 4], ['01', 4], ['16', 3], ['13', 3], ['11', 3], ['10', 1.5], ['02', 1], ['04', 0.5]] as const;
/** §4.4 founding years (2015–2025 pooled). */
const YEAR_WEIGHTS = [[2004, 100], [2005, 150], [2006, 90], [2007, 110], [2008, 40], [2009, 80], [2010, 50], [2011, 50], [2012, 10], [2013, 5], [2014, 5], [2015, 5], [2016, 5], [2017, 5], [2018, 5], [2019, 5], [2020, 4], [2021, 4], [2022, 4], [2023, 4], [2024, 3], [2025, 3]] as const;
/** §4.4 sector mix: [actor type, sector, weight in %]. */
const ACTOR_MIX: ReadonlyArray<readonly [string, string, number]> = [
  ['VEREIN_INITIATIVE', 'ZIVILGESELLSCHAFT', 15], ['WOHLFAHRTSVERBAND', 'ZIVILGESELLSCHAFT', 8], ['FAMILIENZENTRUM', 'ZIVILGESELLSCHAFT', 7],
  ['KIRCHE', 'ZIVILGESELLSCHAFT', 5], ['STIFTUNG', 'ZIVILGESELLSCHAFT', 3], ['SELBSTHILFE_INTERESSENVERBAND', 'ZIVILGESELLSCHAFT', 3],
  ['EINZELPERSON', 'ZIVILGESELLSCHAFT', 2], ['SONSTIGE', 'ZIVILGESELLSCHAFT', 2],
  ['UNTERNEHMEN', 'WIRTSCHAFT', 20], ['KAMMER', 'WIRTSCHAFT', 1.5], ['WIRTSCHAFTSVERBAND', 'WIRTSCHAFT', 1], ['WIRTSCHAFTSFOERDERUNG', 'WIRTSCHAFT', 1],
  ['GEWERKSCHAFT', 'WIRTSCHAFT', 0.5], ['MEDIEN', 'WIRTSCHAFT', 1],
  ['GEMEINDE_STADT', 'VERWALTUNG', 6], ['LANDKREIS', 'VERWALTUNG', 2], ['JOBCENTER', 'VERWALTUNG', 2], ['AGENTUR_FUER_ARBEIT', 'VERWALTUNG', 2],
  ['LANDESBEHOERDE', 'VERWALTUNG', 1], ['LEADER_LAG', 'VERWALTUNG', 1], ['KRANKENKASSE', 'VERWALTUNG', 1], ['RAT_FRAKTION_PARTEI', 'POLITIK', 1],
  ['KITA_TAGESPFLEGE', 'ZIVILGESELLSCHAFT', 5], ['SCHULE', 'VERWALTUNG', 4], ['HOCHSCHULE', 'VERWALTUNG', 1], ['GESUNDHEIT_PFLEGE', 'ZIVILGESELLSCHAFT', 5],
];
const ORG_FORMS = ['LOSES_NETZWERK', 'ARBEITSKREIS_LENKUNGSGRUPPE', 'EINGETRAGENER_VEREIN', 'KOMMUNAL_VERANKERT', 'FREIER_TRAEGER', 'SONSTIGE'] as const;
const PARTNER_ROLES = ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE', 'PROJEKTPARTNER', 'FOERDERER', 'UNTERZEICHNER', 'MITGLIED', 'KOOPERATIONSPARTNER'] as const;
const CONTRIBUTIONS = ['RAEUME', 'PERSONAL', 'GELD', 'SACHLEISTUNG', 'KNOW_HOW', 'EHRENAMTLICHE'] as const;
const TODAY = dayOf(2026, 6, 30);

/**
 * Fills a freshly migrated database with the benchmark data set and returns row counts per table.
 * Deterministic: the same seed yields the same rows, ids included.
 */
export async function generateBenchData(url: string, scale: 'full' | 'quick', seed = 20261121): Promise<Record<string, number>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ n: string }>('SELECT count(*) AS n FROM alliance');
    if (Number(existing.rows[0].n) > 0) throw new Error('database already holds alliances; use a fresh migrated database');
    await client.query('SET synchronous_commit = off');
    const ctx: BenchContext = { client, rng: new Rng(seed), divisor: scale === 'full' ? 1 : 20, counts: {}, alliances: [], personIds: [] };
    const gemeinden = await loadGemeinden(client);
    await generateAlliances(ctx, gemeinden);
    const orgs = await generateOrganisations(ctx);
    await generatePartnershipsAndContacts(ctx, orgs);
    await generateWork(ctx);
    await client.query('ANALYZE');
    return ctx.counts;
  } finally {
    await client.end();
  }
}

async function loadGemeinden(client: Client): Promise<Map<string, Gemeinde[]>> {
  const result = await client.query<Gemeinde & { land_code: string }>('SELECT ags, name, designation, land_code FROM gemeinde ORDER BY ags');
  const byLand = new Map<string, Gemeinde[]>();
  for (const row of result.rows) {
    const list = byLand.get(row.land_code) ?? [];
    list.push({ ags: row.ags, name: row.name, designation: row.designation });
    byLand.set(row.land_code, list);
  }
  return byLand;
}

async function generateAlliances(ctx: BenchContext, gemeinden: Map<string, Gemeinde[]>): Promise<void> {
  const { rng } = ctx;
  const total = Math.ceil(FULL.alliances / ctx.divisor);
  const rows: Row[] = [];
  const usedAgs = new Set<string>();
  for (let i = 0; i < total; i++) {
    // Every Land gets at least one alliance; after that the §4.4 weights decide.
    const land = i < LAND_WEIGHTS.length ? LAND_WEIGHTS[i][0] : rng.weighted(LAND_WEIGHTS);
    const pool = gemeinden.get(land) ?? [];
    let gemeinde = rng.pick(pool);
    for (let tries = 0; tries < 5 && usedAgs.has(gemeinde.ags); tries++) gemeinde = rng.pick(pool);
    usedAgs.add(gemeinde.ags);
    const status = rng.weighted(STATUS_WEIGHTS);
    const early = status === 'IN_GRUENDUNG' || status === 'INTERESSENT';
    const year = early ? rng.int(2024, 2026) : rng.weighted(YEAR_WEIGHTS);
    const founded = dayOf(year, rng.int(1, 12), rng.int(1, 28));
    const isStadt = (gemeinde.designation ?? '').includes('Stadt');
    const level = rng.chance(0.12) ? 'LANDKREIS' : isStadt ? 'STADT' : 'GEMEINDE';
    const name = level === 'LANDKREIS' ? `Lokales Bündnis für Familie im Landkreis ${gemeinde.name}` : `Lokales Bündnis für Familie ${gemeinde.name}`;
    const id = rng.uuid();
    ctx.alliances.push({ id, status, gemeindeAgs: gemeinde.ags, city: gemeinde.name.split(',')[0], foundedDay: founded });
    rows.push([
      id, `LBF-${String(i + 1).padStart(4, '0')}`, name.slice(0, 200), rng.chance(0.3) ? `LBF ${gemeinde.name}`.slice(0, 80) : null, status,
      isoDay(founded - rng.int(30, 400)), early ? null : year, early ? null : isoDay(founded), early ? null : isoDay(founded + rng.int(0, 90)),
      status === 'RUHEND' ? isoDay(rng.int(Math.min(founded + 700, TODAY - 30), TODAY - 30)) : null,
      status === 'AUFGELOEST' || status === 'FUSIONIERT' ? isoDay(rng.int(Math.min(founded + 700, TODAY - 30), TODAY - 30)) : null,
      land, gemeinde.ags.slice(0, 5), level === 'LANDKREIS' ? null : gemeinde.ags, level, rng.int(2_000, 250_000),
      rng.pick(ORG_FORMS), status === 'AKTIV' ? rng.int(0, 40) : null, status === 'AKTIV' || status === 'RUHEND',
      `https://www.familie-${asciiFold(gemeinde.name)}.de`.slice(0, 300), isoNoon(founded),
    ]);
  }
  ctx.counts['alliance'] = await insertRows(ctx.client, 'alliance', [
    'id', 'code', 'name', 'short_name', 'status', 'first_contact_on', 'founding_year', 'founding_date', 'joined_initiative_on',
    'dormant_since', 'ended_on', 'land_code', 'kreis_ags', 'gemeinde_ags', 'territorial_level', 'population_reach', 'org_form',
    'paid_coordination_hours', 'published', 'website', 'created_at',
  ], rows);
}

interface OrgRef { id: string; home: number }

async function generateOrganisations(ctx: BenchContext): Promise<OrgRef[]> {
  const { rng, alliances } = ctx;
  const total = Math.ceil(FULL.organisations / ctx.divisor);
  const orgs: OrgRef[] = [];
  const rows: Row[] = [];
  for (let i = 0; i < total; i++) {
    const home = i % alliances.length; // every alliance gets local organisations in its own Gemeinde
    const alliance = alliances[home];
    const [actorType, sector] = rng.weighted(ACTOR_MIX.map(([a, s, w]) => [[a, s] as const, w] as const));
    const owner = lastName(rng, rng.chance(0.02));
    const named = organisationName(rng, actorType, alliance.city, owner);
    // About 2 % carry a Müller variant in their name (owner-named types carry it already).
    const name = /m(ü|ue)ller/i.test(named.name) || !rng.chance(0.012) ? named.name : `${named.name} (Ansprechpartnerin Fr. Müller)`;
    const id = rng.uuid();
    orgs.push({ id, home });
    rows.push([
      id, name.slice(0, 200), named.legalForm, sector, actorType,
      actorType === 'UNTERNEHMEN' ? rng.weighted([['KLEINST', 35], ['KLEIN', 30], ['MITTEL', 20], ['GROSS', 15]] as const) : null,
      `${rng.pick(['Haupt', 'Bahnhof', 'Schul', 'Kirch', 'Linden', 'Goethe'])}straße ${rng.int(1, 120)}`, String(rng.int(1067, 99998)).padStart(5, '0'),
      alliance.city.slice(0, 120), alliance.gemeindeAgs, `info@${asciiFold(name).slice(0, 40)}.de`, isoNoon(alliance.foundedDay + rng.int(0, 3000)),
    ]);
  }
  ctx.counts['organisation'] = await insertRows(ctx.client, 'organisation', [
    'id', 'name', 'legal_form', 'sector', 'actor_type', 'company_size', 'street', 'postal_code', 'city', 'gemeinde_ags', 'email', 'created_at',
  ], rows);
  return orgs;
}

/** Partner count per alliance: log-normal around the §4.4 median of 30, bounded to 8–120. */
function partnerCount(rng: Rng): number {
  return Math.max(8, Math.min(120, Math.round(30 * Math.exp(0.65 * rng.normal()))));
}

async function generatePartnershipsAndContacts(ctx: BenchContext, orgs: OrgRef[]): Promise<void> {
  const { rng, alliances } = ctx;
  const localOrgs: number[][] = alliances.map(() => []);
  orgs.forEach((org, index) => localOrgs[org.home].push(index));

  // Contacts: ~1.1 per organisation plus 1–3 coordinators per alliance, up to the target total.
  const contactTarget = Math.ceil(FULL.contacts / ctx.divisor);
  const persons: Row[] = [];
  const functions: Row[] = [];
  const orgContact = new Map<number, string>();
  const addPerson = (functionType: string, organisationId: string | null, allianceId: string | null, since: number): string => {
    const female = rng.chance(0.62);
    const first = rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M);
    const last = lastName(rng, rng.chance(0.02));
    const id = rng.uuid();
    persons.push([id, female ? 'FRAU' : rng.chance(0.97) ? 'HERR' : 'DIVERS', rng.chance(0.08) ? 'Dr.' : null, first, last,
      `${asciiFold(first)}.${asciiFold(last)}${persons.length}@example.org`, `0${rng.int(30, 9999)} ${rng.int(10000, 999999)}`,
      rng.pick(['EMAIL', 'TELEFON', 'POST', null]), rng.pick(['SELBST', 'KOORDINATION', 'SERVICEBUERO', 'IMPORT']), isoNoon(since)]);
    functions.push([rng.uuid(), id, functionType, organisationId, allianceId, isoDay(since)]);
    return id;
  };
  for (const alliance of alliances) {
    const coordinators = rng.int(1, 3);
    for (let c = 0; c < coordinators; c++) addPerson(c === 0 ? 'KOORDINATION' : 'SPRECHER', null, alliance.id, alliance.foundedDay);
  }
  for (let i = 0; persons.length < contactTarget - Math.ceil(40 / ctx.divisor); i++) {
    const index = i % orgs.length;
    const org = orgs[index];
    const id = addPerson(rng.chance(0.6) ? 'PARTNERVERTRETUNG' : 'ANSPRECHPERSON', org.id, null, alliances[org.home].foundedDay + rng.int(0, 2000));
    if (!orgContact.has(index)) orgContact.set(index, id);
  }
  ctx.personIds = persons.map((row) => String(row[0]));
  ctx.counts['person'] = await insertRows(ctx.client, 'person', [
    'id', 'salutation', 'title', 'first_name', 'last_name', 'email', 'phone', 'preferred_channel', 'data_source', 'created_at',
  ], persons);
  ctx.counts['person_function'] = await insertRows(ctx.client, 'person_function', [
    'id', 'person_id', 'function_type', 'organisation_id', 'alliance_id', 'valid_from',
  ], functions);

  // Partnerships: the alliance's local organisations first, then organisations of other alliances (shared partners).
  const rows: Row[] = [];
  alliances.forEach((alliance, a) => {
    const wanted = Math.min(partnerCount(rng), orgs.length);
    const chosen = new Set<number>(localOrgs[a].slice(0, wanted));
    while (chosen.size < wanted) chosen.add(rng.int(0, orgs.length - 1));
    for (const index of chosen) {
      const roles = [rng.pick(PARTNER_ROLES)];
      if (rng.chance(0.2)) roles.push('LENKUNGSGRUPPE');
      const since = alliance.foundedDay + (rng.chance(0.4) ? 0 : rng.int(0, 4000));
      const until = rng.chance(0.1) ? isoDay(since + rng.int(100, 3000)) : null;
      rows.push([rng.uuid(), alliance.id, orgs[index].id, [...new Set(roles)], isoDay(since), until,
        rng.chance(0.6) ? [rng.pick(CONTRIBUTIONS)] : [], orgContact.get(index) ?? null]);
    }
  });
  ctx.counts['partnership'] = await insertRows(ctx.client, 'partnership', [
    'id', 'alliance_id', 'organisation_id', 'roles', 'since', 'until', 'contribution_types', 'representative_id',
  ], rows);
}
