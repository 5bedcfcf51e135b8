import { PartnerRole } from '@bn/shared/contracts';
import { AllianceInfo, OrgInfo, SeedContext } from './context';
import { addDays, maxDate, minDate } from './prng';
import { REAL_ORGANISATIONS } from './organisations.data';
import { CATEGORY_WEIGHTS, CONTRIBUTIONS, categoryOf, orgTemplate } from './org-templates';
import { SEED_TODAY } from './build-alliances';
import { MENTOR_COORDINATED } from './mentors';

/*
 * The partner network: real organisations, municipal administrations, coordinators, synthetic
 * partners up to the alliance's target size, and contact persons (all persons fictional).
 */

export function addRealOrganisations(ctx: SeedContext): void {
  for (const o of REAL_ORGANISATIONS) {
    ctx.addOrg({
      key: o.key,
      name: o.name,
      legalForm: o.legalForm,
      sector: o.sector,
      actorType: o.actorType,
      companySize: o.companySize ?? null,
      industry: o.industry ?? null,
      gemeindeAgs: o.seat?.[0] ?? null,
      postalCode: o.seat?.[1] ?? null,
      city: o.seat?.[2] ?? null,
      parentId: o.parent ? ctx.org(o.parent).id : null,
      website: o.website ?? null,
    });
  }
}

const ADMIN_NAMES: Readonly<Record<string, string>> = {
  noerten: 'Flecken Nörten-Hardenberg',
  berlin: 'Senatsverwaltung für Bildung, Jugend und Familie Berlin',
  charlottenburg: 'Bezirksamt Charlottenburg-Wilmersdorf von Berlin',
  altona: 'Bezirksamt Altona',
  harburg: 'Bezirksamt Harburg',
  bremen: 'Amt für Soziale Dienste Bremen',
  bremerhaven: 'Magistrat der Stadt Bremerhaven',
};

function kreisOrgName(name: string, designation: string): string {
  if (/kreis|region/i.test(name)) return name;
  return designation === 'Landkreis' ? `Landkreis ${name}` : `Kreis ${name}`;
}

/** Municipal administration of the alliance (Stadt/Gemeinde, or the Landkreis for Kreis alliances). */
function adminOrg(ctx: SeedContext, a: AllianceInfo): OrgInfo {
  if (a.key === 'boerde') return ctx.org('lk-boerde');
  const town = a.towns[0];
  if (!town || !a.kreisAgs) throw new Error(`${a.key}: no town`);
  if (!a.gemeindeAgs) return kreisOrg(ctx, a.kreisAgs) ?? ctx.org('bmbfsfj');
  const key = `admin:${a.key}`;
  const existing = ctx.orgByKey.get(key);
  if (existing) return existing;
  const g = ctx.ref.gemeinde.get(a.gemeindeAgs);
  const name = ADMIN_NAMES[a.key] ?? `${g?.designation === 'Gemeinde' ? 'Gemeinde' : 'Stadt'} ${town.city}`;
  const isLand = a.key === 'berlin';
  return ctx.addOrg({
    key,
    name,
    legalForm: 'Gebietskörperschaft',
    sector: 'VERWALTUNG',
    actorType: isLand ? 'LANDESBEHOERDE' : 'GEMEINDE_STADT',
    street: ADMIN_NAMES[a.key] ? null : ctx.rng.pick(['Rathausplatz 1', 'Marktplatz 1', 'Rathausstraße 2']),
    postalCode: town.plz,
    city: town.city,
    gemeindeAgs: town.ags,
  });
}

/** The Landkreis organisation (null for kreisfreie Städte and Stadtstaaten). */
function kreisOrg(ctx: SeedContext, kreisAgs: string): OrgInfo | null {
  if (kreisAgs === '15083') return ctx.org('lk-boerde');
  const kreis = ctx.ref.kreis.get(kreisAgs);
  if (!kreis || kreis.designation === 'Kreisfreie Stadt' || kreis.designation === 'Stadtkreis' || kreisAgs === '11000' || kreisAgs === '02000') return null;
  const key = `kreis:${kreisAgs}`;
  return ctx.orgByKey.get(key) ?? ctx.addOrg({ key, name: kreisOrgName(kreis.name, kreis.designation), legalForm: 'Gebietskörperschaft', sector: 'VERWALTUNG', actorType: 'LANDKREIS', regional: true });
}

function jobcenter(ctx: SeedContext, kreisAgs: string): OrgInfo {
  if (kreisAgs === '15083') return ctx.org('jobcenter-boerde');
  const key = `jobcenter:${kreisAgs}`;
  const name = `Jobcenter ${ctx.ref.kreis.get(kreisAgs)?.name ?? kreisAgs}`;
  return ctx.orgByKey.get(key) ?? ctx.addOrg({ key, name, legalForm: null, sector: 'VERWALTUNG', actorType: 'JOBCENTER', regional: true });
}

/** Jobcenter exist since the Hartz IV reform of 1 January 2005. */
const JOBCENTER_SINCE = '2005-01-01';

const HOST_KEYS: Readonly<Record<string, string>> = { guetersloh: 'bertelsmann', boerde: 'lk-boerde', jena: 'zfa-jena' };

/** Coordination host, administration, Landkreis, Jobcenter and coordinators of every alliance. */
export function buildBaseNetwork(ctx: SeedContext): void {
  const { rng } = ctx;
  for (const a of ctx.alliances) {
    const row = ctx.rows.alliances.find((r) => r.id === a.id);
    if (!row) throw new Error('alliance row missing');
    const town = a.towns[0];
    if (!town || !a.kreisAgs) throw new Error(`${a.key}: no town`);
    const admin = adminOrg(ctx, a);
    const founded = a.foundedOn !== null;
    const since = a.foundedOn ?? a.firstContactOn;
    ctx.addPartnership(a, admin.id, {
      roles: founded ? ['SCHIRMHERRSCHAFT', 'GRUENDUNGSMITGLIED'] : ['KOOPERATIONSPARTNER'],
      since,
      until: a.endedOn,
      contributionTypes: ['RAEUME', 'PERSONAL'],
      contribution: founded ? 'Schirmherrschaft durch die Verwaltungsspitze; Räume für Netzwerktreffen' : null,
    });
    const kreis = a.gemeindeAgs && founded && rng.chance(0.5) ? kreisOrg(ctx, a.kreisAgs) : null;
    if (kreis) {
      ctx.addPartnership(a, kreis.id, { roles: ['KOOPERATIONSPARTNER'], since: minDate(addDays(since, rng.int(0, 700)), a.endedOn ?? SEED_TODAY), until: a.endedOn, contributionTypes: ['KNOW_HOW'] });
    }
    if (founded && a.key !== 'boerde' && rng.chance(0.6)) {
      const jcSince = maxDate(JOBCENTER_SINCE, minDate(addDays(since, rng.int(0, 900)), a.endedOn ?? SEED_TODAY));
      ctx.addPartnership(a, jobcenter(ctx, a.kreisAgs).id, { roles: ['KOOPERATIONSPARTNER'], since: jcSince, until: a.endedOn, contributionTypes: ['KNOW_HOW'] });
    }

    let host: OrgInfo | null = HOST_KEYS[a.key] ? ctx.org(HOST_KEYS[a.key] as string) : null;
    const form = row.orgForm;
    if (!host && (form === 'KOMMUNAL_VERANKERT' || (form === 'ARBEITSKREIS_LENKUNGSGRUPPE' && rng.chance(0.5)))) host = admin;
    if (!host && form === 'EINGETRAGENER_VEREIN') {
      const name = a.key === 'bad-honnef' ? 'Förderverein Hauptsache Familie Bad Honnef e.V.' : a.name;
      host = ctx.addOrg({ name, legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', postalCode: town.plz, city: town.city, gemeindeAgs: town.ags, street: 'Hauptstraße 12' });
    }
    if (!host && form !== 'SONSTIGE') {
      const category = form === 'FREIER_TRAEGER' ? 'WOHLFAHRT' : 'FAMILIENZENTRUM';
      host = ctx.addOrg(orgTemplate(ctx, category, a, town, admin.id));
    }
    if (host) {
      if (host.id !== admin.id) {
        ctx.addPartnership(a, host.id, { roles: founded ? ['KOORDINATION', 'GRUENDUNGSMITGLIED'] : ['KOORDINATION'], since, until: a.endedOn, contributionTypes: ['PERSONAL', 'RAEUME'], contribution: 'Koordinierungsstelle des Bündnisses' });
      } else {
        const p = ctx.rows.partnerships.find((r) => r.allianceId === a.id && r.organisationId === admin.id);
        if (p && Array.isArray(p.roles)) p.roles = [...(p.roles as PartnerRole[]), 'KOORDINATION'];
      }
      row.coordinationHostId = host.id;
    }
    addCoordinators(ctx, a, host);
  }
}

function addCoordinators(ctx: SeedContext, a: AllianceInfo, host: OrgInfo | null): void {
  const { rng } = ctx;
  const start = a.foundedOn ? addDays(a.foundedOn, -rng.int(30, 120)) : a.firstContactOn;
  let count = a.status === 'AKTIV' ? rng.int(1, 3) : a.status === 'RUHEND' || a.status === 'IN_GRUENDUNG' ? rng.int(1, 2) : 1;
  if (MENTOR_COORDINATED.has(a.key)) count = Math.min(count, 2); // the mentor is a further coordinator
  // With two or more, the first one is a former coordinator (Generationenwechsel).
  const lastActive = a.endedOn ?? a.dormantSince ?? SEED_TODAY;
  const handover = count >= 2 && a.foundedOn ? rng.dateBetween(addDays(a.foundedOn, 700), minDate(addDays(SEED_TODAY, -200), lastActive)) : null;
  for (let i = 0; i < count; i++) {
    const n = ctx.freshName();
    const validFrom = i === 0 ? start : (handover ?? start);
    let validUntil: string | null = i === 0 && handover && handover > start ? addDays(handover, -1) : null;
    if (!validUntil && (a.status === 'AUFGELOEST' || a.status === 'FUSIONIERT')) validUntil = a.endedOn;
    if (!validUntil && a.status === 'RUHEND' && a.dormantSince && rng.chance(0.6)) validUntil = a.dormantSince;
    if (validUntil && validUntil < validFrom) validUntil = validFrom;
    const personId = ctx.addPerson({
      salutation: n.salutation,
      firstName: n.firstName,
      lastName: n.lastName,
      domain: host?.domain ?? a.domain,
      dataSource: rng.chance(0.7) ? 'SELBST' : 'SERVICEBUERO',
      privacyNoticeSentOn: validFrom,
    });
    const type = a.key === 'koenigs-wusterhausen' && i === count - 1 ? 'SPRECHER' : 'KOORDINATION';
    ctx.addFunction(personId, type, { organisationId: host?.id ?? null, allianceId: a.id }, validFrom, validUntil);
    if (host) ctx.addContact(host.id, personId);
  }
}

/** Memberships of the real organisations listed in organisations.data.ts. */
export function addRealPartnerships(ctx: SeedContext): void {
  for (const o of REAL_ORGANISATIONS) {
    for (const p of o.partnerOf ?? []) {
      const a = ctx.alliance(p.alliance);
      const founder = p.roles.includes('GRUENDUNGSMITGLIED');
      const since = founder ? (a.foundedOn ?? a.firstContactOn) : ctx.rng.dateBetween(a.foundedOn ?? a.firstContactOn, minDate(a.endedOn ?? SEED_TODAY, '2024-12-31'));
      ctx.addPartnership(a, ctx.org(o.key).id, { roles: p.roles, since, until: a.endedOn, contributionTypes: p.contributionTypes, contribution: p.contribution });
    }
  }
}

const TARGET_OVERRIDES: Readonly<Record<string, number>> = { heide: 40, 'koenigs-wusterhausen': 40, berlin: 35, guetersloh: 25, duesseldorf: 22, boerde: 18 };
/**
 * Share of open partner slots filled with an organisation that already exists: a regional one of the
 * same Land (Kreisverband, larger company …) or any one of the same Kreis.
 */
const REUSE_SHARE = 0.45;

/** Synthetic partners until every alliance has its target number (5–40) of partner organisations. */
export function fillPartnerships(ctx: SeedContext): void {
  const { rng } = ctx;
  const names = new Set(ctx.orgs.map((o) => o.name));
  for (const a of ctx.alliances) {
    const target =
      TARGET_OVERRIDES[a.key] ??
      (a.status === 'AKTIV' ? rng.int(9, 17) : a.status === 'RUHEND' ? rng.int(5, 9) : a.status === 'INTERESSENT' ? 5 : rng.int(5, 7));
    const admin = ctx.orgByKey.get(`admin:${a.key}`)?.id ?? null;
    let guard = 0;
    while (ctx.partnerIds(a.id).length < target && guard++ < 200) {
      let org: OrgInfo | undefined;
      if (rng.chance(REUSE_SHARE)) {
        const pool = ctx.orgs.filter(
          (o) => ((o.regional && o.landCode === a.landCode) || (o.kreisAgs !== null && o.kreisAgs === a.kreisAgs && o.actorType !== 'GEMEINDE_STADT')) && !ctx.isPartner(a.id, o.id),
        );
        if (pool.length > 0) org = rng.pick(pool);
      }
      if (!org) {
        const town = rng.pick(a.towns);
        let spec = orgTemplate(ctx, rng.weighted(CATEGORY_WEIGHTS), a, town, admin);
        for (let retry = 0; names.has(spec.name) && retry < 8; retry++) {
          spec = orgTemplate(ctx, rng.weighted(CATEGORY_WEIGHTS), a, town, admin);
        }
        if (names.has(spec.name)) continue;
        names.add(spec.name);
        org = ctx.addOrg(spec);
      }
      addSyntheticPartnership(ctx, a, org);
    }
  }
}

function addSyntheticPartnership(ctx: SeedContext, a: AllianceInfo, org: OrgInfo): void {
  const { rng } = ctx;
  const category = categoryOf(org.actorType, org.sector);
  const roles: PartnerRole[] = [];
  let since: string;
  if (a.foundedOn) {
    const founder = rng.chance(0.45);
    const latest = minDate(a.endedOn ?? SEED_TODAY, addDays(SEED_TODAY, -30));
    since = founder || latest <= a.foundedOn ? a.foundedOn : rng.dateBetween(addDays(a.foundedOn, 30), latest);
    if (since === a.foundedOn) roles.push('GRUENDUNGSMITGLIED');
  } else {
    since = rng.dateBetween(a.firstContactOn, SEED_TODAY);
  }
  if (org.actorType === 'JOBCENTER' && since < JOBCENTER_SINCE) {
    since = JOBCENTER_SINCE;
    roles.length = 0;
  }
  if (org.sector === 'WIRTSCHAFT') roles.push(rng.pick(['UNTERZEICHNER', 'FOERDERER', 'KOOPERATIONSPARTNER', 'PROJEKTPARTNER'] as const));
  else roles.push(rng.weighted([['KOOPERATIONSPARTNER', 5], ['PROJEKTPARTNER', 3], ['LENKUNGSGRUPPE', 1], ['UNTERZEICHNER', 1]] as const));
  const eV = ctx.rows.alliances.find((r) => r.id === a.id)?.orgForm === 'EINGETRAGENER_VEREIN';
  if (eV && rng.chance(0.6)) roles.push('MITGLIED');
  const pool = CONTRIBUTIONS[category];
  const contributionTypes = rng.sample(pool, rng.int(1, Math.min(2, pool.length)));
  let until = a.endedOn;
  if (!until && rng.chance(0.06) && since < '2022-01-01') until = addDays(since, rng.int(365, 1400));
  ctx.addPartnership(a, org.id, { roles, since, until, contributionTypes });
}

/** Contact persons of the organisations, and partner representatives of every partnership. */
export function addContacts(ctx: SeedContext): void {
  const { rng } = ctx;
  const partnerOrgs = new Set(ctx.rows.partnerships.map((p) => p.organisationId as string));
  const firstSince = new Map<string, string>();
  for (const p of ctx.rows.partnerships) {
    const org = p.organisationId as string;
    const since = (p.since as string | null) ?? '2010-01-01';
    if (!firstSince.has(org) || since < (firstSince.get(org) as string)) firstSince.set(org, since);
  }
  for (const org of ctx.orgs) {
    if (ctx.contactsOf.has(org.id) || org.actorType === 'BUNDESBEHOERDE' || org.name.startsWith('Servicebüro')) continue;
    const isPartner = partnerOrgs.has(org.id);
    const count = isPartner ? (rng.chance(0.3) ? 2 : 1) : rng.chance(0.7) ? 1 : 0;
    for (let i = 0; i < count; i++) {
      const n = ctx.freshName();
      const validFrom = firstSince.get(org.id) ?? rng.dateBetween('2012-01-01', '2024-12-31');
      const dataSource = rng.weighted([['KOORDINATION', 70], ['SELBST', 15], ['IMPORT', 10], ['SERVICEBUERO', 5]] as const);
      const personId = ctx.addPerson({
        salutation: n.salutation,
        title: rng.chance(0.05) ? 'Dr.' : null,
        firstName: n.firstName,
        lastName: n.lastName,
        domain: org.domain,
        dataSource,
        privacyNoticeSentOn: addDays(validFrom, rng.int(3, 40)),
        preferredChannel: rng.chance(0.85) ? 'EMAIL' : 'TELEFON',
      });
      const type = org.name.startsWith('Gleichstellungsstelle') ? 'GLEICHSTELLUNG' : i === 0 && rng.chance(0.5) ? 'LEITUNG' : 'MITARBEIT';
      ctx.addFunction(personId, type, { organisationId: org.id }, validFrom);
      ctx.addContact(org.id, personId);
    }
  }
  for (const p of ctx.rows.partnerships) {
    if (p.representativeId) continue;
    const contacts = ctx.contactsOf.get(p.organisationId as string) ?? [];
    const rep = contacts.length > 1 && rng.chance(0.3) ? contacts[1] : contacts[0];
    if (!rep) continue;
    p.representativeId = rep;
    ctx.addFunction(rep, 'PARTNERVERTRETUNG', { organisationId: p.organisationId as string, allianceId: p.allianceId as string }, (p.since as string | null) ?? null, (p.until as string | null) ?? null);
  }
}
