import { randomUUID } from 'node:crypto';
import { DeclarationKind, PartnerRole } from '@bn/shared/contracts';
import { Partnership } from '../entities';
import { AllianceInfo, Row, SeedContext } from './context';
import { addDeclaration, addEvent, addParticipant, addSignature } from './events';
import { addDays } from './prng';
import { orgTemplate } from './org-templates';
import { SEED_TODAY } from './build-alliances';

/*
 * Joint declarations with their signatures (domain-research §1.8), the Herzogenrath pattern of a
 * later signatory, consents, and contacts still awaiting the Art. 14 DSGVO notice.
 */

export function rolesOf(p: Row<Partnership>): PartnerRole[] {
  return Array.isArray(p.roles) ? (p.roles as PartnerRole[]) : [];
}

const KNOWN: Readonly<Record<string, { kind: DeclarationKind; title: string; event?: string }>> = {
  forst: { kind: 'GRUENDUNGSURKUNDE', title: 'Gründungsurkunde des Lokalen Bündnisses für Familie Forst (Lausitz)', event: 'Gründungsveranstaltung mit Unterzeichnung der Gründungsurkunde durch die Initiativgruppe' },
  sehnde: { kind: 'BUENDNISERKLAERUNG', title: 'Bündniserklärung des Lokalen Bündnisses für Familie Sehnde', event: 'Unterzeichnung der Bündniserklärung' },
  luedenscheid: { kind: 'GRUENDUNGSERKLAERUNG', title: 'Gründungserklärung des Lokalen Bündnisses für Familie Lüdenscheid', event: 'Gründung des Lokalen Bündnisses für Familie Lüdenscheid' },
  guetersloh: { kind: 'GRUENDUNGSERKLAERUNG', title: 'Gründungserklärung des Bündnisses für Familie im Kreis Gütersloh', event: 'Gründung des 250. Lokalen Bündnisses für Familie' },
  uetersen: { kind: 'GRUENDUNGSERKLAERUNG', title: 'Gründungserklärung des Lokalen Bündnisses für Familie Uetersen', event: 'Gründungsveranstaltung' },
  'bad-honnef': { kind: 'GRUENDUNGSERKLAERUNG', title: 'Gründungserklärung „Hauptsache Familie – Bündnis für Bad Honnef“', event: 'Gründungsveranstaltung' },
  berlin: { kind: 'GRUENDUNGSERKLAERUNG', title: 'Gründungserklärung des Berliner Bündnisses für Familie' },
  herzogenrath: { kind: 'BUENDNISVEREINBARUNG', title: 'Bündnisvereinbarung des Bündnisses für Familie Herzogenrath' },
};

const GENERIC_KINDS: readonly (readonly [DeclarationKind, number])[] = [
  ['GRUENDUNGSERKLAERUNG', 5], ['BUENDNISERKLAERUNG', 3], ['GRUENDUNGSURKUNDE', 2], ['BUENDNISVEREINBARUNG', 1],
];

const KIND_TITLE: Readonly<Record<DeclarationKind, string>> = {
  GRUENDUNGSERKLAERUNG: 'Gründungserklärung',
  BUENDNISERKLAERUNG: 'Gemeinsame Erklärung',
  BUENDNISVEREINBARUNG: 'Bündnisvereinbarung',
  GRUENDUNGSURKUNDE: 'Gründungsurkunde',
};

/** Declarations of founded alliances; founding members sign at the founding, later signatories when they joined. */
export function buildDeclarations(ctx: SeedContext): void {
  const { rng } = ctx;
  const withDeclaration = new Set(ctx.rows.declarations.map((d) => d.allianceId as string));
  for (const a of ctx.alliances) {
    if (!a.foundedOn || withDeclaration.has(a.id)) continue;
    const known = KNOWN[a.key];
    if (!known && !rng.chance(0.6)) continue;
    const kind = known?.kind ?? rng.weighted(GENERIC_KINDS);
    const exactDate = ctx.rows.alliances.find((r) => r.id === a.id)?.foundingDate as string | null;
    let eventId: string | null = null;
    if (known?.event && exactDate) {
      eventId = addEvent(ctx, {
        type: 'GRUENDUNGSVERANSTALTUNG', organiser: 'BUENDNIS', alliance: a, title: known.event, startsOn: exactDate, gemeindeAgs: a.gemeindeAgs ?? a.towns[0]?.ags ?? null,
        venue: `Rathaus ${a.towns[0]?.city ?? a.placeName}`, description: a.key === 'guetersloh' ? 'Am 13.12.2005 wird das 250. Lokale Bündnis für Familie gegründet.' : null,
      });
    }
    const declarationId = addDeclaration(ctx, {
      alliance: a, kind, title: known?.title ?? `${KIND_TITLE[kind]} – ${a.name}`, textVersion: a.foundedOn.slice(0, 4), adoptedOn: a.foundedOn, eventId,
    });
    for (const p of ctx.rows.partnerships.filter((x) => x.allianceId === a.id)) {
      const roles = rolesOf(p);
      const since = p.since as string | null;
      if (roles.includes('GRUENDUNGSMITGLIED') || since === a.foundedOn) {
        addSignature(ctx, declarationId, { organisationId: p.organisationId as string, signedOn: a.foundedOn, occasion: 'GRUENDUNG', eventId });
        if (eventId) addParticipant(ctx, eventId, { organisationId: p.organisationId as string });
      } else if (roles.includes('UNTERZEICHNER') && since && since > a.foundedOn) {
        addSignature(ctx, declarationId, { organisationId: p.organisationId as string, signedOn: since, occasion: 'SPAETERER_BEITRITT' });
      }
    }
    if (a.key === 'herzogenrath') herzogenrathLaterSignatory(ctx, a, declarationId);
  }
}

/** A company signs the Bündnisvereinbarung at the city's New Year reception on 11.01.2019. */
function herzogenrathLaterSignatory(ctx: SeedContext, a: AllianceInfo, declarationId: string): void {
  const on = '2019-01-11';
  const town = a.towns[0];
  if (!town) throw new Error('Herzogenrath: no town');
  const eventId = addEvent(ctx, {
    type: 'UNTERZEICHNUNG', organiser: 'DRITTE', alliance: a, title: 'Neujahrsempfang der Stadt Herzogenrath: neuer Partner unterzeichnet die Bündnisvereinbarung', startsOn: on,
    venue: 'Herzogenrath', gemeindeAgs: town.ags,
    description: 'Die Vereinbarung beschreibt das Bündnis als breit, überparteilich und überkonfessionell, offen für neue Partner und projektbezogen arbeitend.',
  });
  const company = ctx.addOrg(orgTemplate(ctx, 'UNTERNEHMEN', a, town, null));
  const n = ctx.freshName();
  const contact = ctx.addPerson({ ...n, domain: company.domain, dataSource: 'KOORDINATION', privacyNoticeSentOn: '2019-01-25' });
  ctx.addFunction(contact, 'LEITUNG', { organisationId: company.id }, '2012-01-01');
  ctx.addContact(company.id, contact);
  ctx.addPartnership(a, company.id, { roles: ['UNTERZEICHNER', 'KOOPERATIONSPARTNER'], since: on, contributionTypes: ['GELD'], contribution: 'Beitritt beim Neujahrsempfang 2019', representativeId: contact });
  addSignature(ctx, declarationId, { organisationId: company.id, signatoryId: contact, signedOn: on, occasion: 'SPAETERER_BEITRITT', eventId });
  addParticipant(ctx, eventId, { organisationId: company.id, personId: contact });
}

/** Three contacts entered by coordinators in November 2025 whose Art. 14 notice is still due. */
export function addPendingArt14Contacts(ctx: SeedContext): void {
  for (const [key, on] of [['tuebingen', '2025-11-12'], ['jena', '2025-11-14'], ['altona', '2025-11-17']] as const) {
    const a = ctx.alliance(key);
    const town = a.towns[0];
    if (!town) continue;
    const org = ctx.addOrg(orgTemplate(ctx, 'UNTERNEHMEN', a, town, null));
    const n = ctx.freshName();
    const person = ctx.addPerson({ ...n, domain: org.domain, dataSource: 'KOORDINATION', privacyNoticeSentOn: null });
    ctx.addFunction(person, 'ANSPRECHPERSON', { organisationId: org.id, allianceId: a.id }, on);
    ctx.addContact(org.id, person);
    ctx.addPartnership(a, org.id, { roles: ['KOOPERATIONSPARTNER'], since: on, contributionTypes: ['KNOW_HOW'], representativeId: person });
  }
}

/** Newsletter consents (some withdrawn) and consents to show coordinators' names in the profile. */
export function addConsents(ctx: SeedContext): void {
  const { rng } = ctx;
  const coordinators = new Set(ctx.rows.personFunctions.filter((f) => f.functionType === 'KOORDINATION' && !f.validUntil).map((f) => f.personId as string));
  for (const p of ctx.rows.persons) {
    const id = p.id as string;
    const since = (p.privacyNoticeSentOn as string | null) ?? null;
    if (!since) continue;
    if (rng.chance(0.25)) {
      const grantedOn = rng.dateBetween(since < '2015-01-01' ? '2015-01-01' : since, addDays(SEED_TODAY, -10));
      const withdrawnOn = rng.chance(0.08) ? rng.dateBetween(grantedOn, addDays(SEED_TODAY, -1)) : null;
      ctx.rows.consents.push({ id: randomUUID(), personId: id, purpose: 'NEWSLETTER', grantedOn, textVersion: grantedOn < '2023-01-01' ? 'Newsletter 2018-05' : 'Newsletter 2023-01', withdrawnOn });
    }
    if (coordinators.has(id) && rng.chance(0.6)) {
      ctx.rows.consents.push({ id: randomUUID(), personId: id, purpose: 'NAME_IM_PROFIL', grantedOn: since, textVersion: 'Bündnisprofil 2019-01', withdrawnOn: null });
    }
  }
}
