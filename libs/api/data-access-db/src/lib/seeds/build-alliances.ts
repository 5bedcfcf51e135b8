import { randomUUID } from 'node:crypto';
import { AllianceStatus, BodyType } from '@bn/shared/contracts';
import { Alliance } from '../entities';
import { ALLIANCE_SEEDS, AllianceSeed } from './alliances.data';
import { AllianceInfo, Row, SeedContext } from './context';
import { addDays, maxDate, minDate, slugify } from './prng';

/** "Today" of the demo data: all dates of the seed lie before it. */
export const SEED_TODAY = '2025-11-20';
export const STATUS_ACTOR = 'Fachberatung (Seed)';

/** Popularity of the canonical Handlungsfelder among alliances (Bündnisumfragen 2014–2023, §1.6). */
const HF_WEIGHTS: readonly (readonly [string, number])[] = [
  ['HF01', 10], ['HF03', 9], ['HF05', 8], ['HF04', 7], ['HF02', 6], ['HF06', 5],
  ['HF07', 5], ['HF08', 5], ['HF10', 5], ['HF09', 4], ['HF11', 3], ['HF12', 2],
];

/** Known thematic profiles (§4.1): the first code is the main Handlungsfeld. */
const HF_PROFILES: Readonly<Record<string, readonly string[]>> = {
  wolfsburg: ['HF01', 'HF03', 'HF07', 'HF11'],
  noerten: ['HF01', 'HF03', 'HF10'],
  sendenhorst: ['HF06', 'HF01', 'HF03'],
  'lahn-dill': ['HF06', 'HF01', 'HF02'],
  giessen: ['HF01', 'HF06', 'HF08'],
  'limburg-weilburg': ['HF06', 'HF03', 'HF05'],
  boerde: ['HF03', 'HF01', 'HF08', 'HF06'],
  duesseldorf: ['HF03', 'HF01', 'HF04'],
  tuebingen: ['HF07', 'HF08', 'HF03'],
  stendal: ['HF06', 'HF08', 'HF03', 'HF02', 'HF09'],
  'bad-honnef': ['HF05', 'HF11', 'HF03'],
  lennestadt: ['HF03', 'HF01'],
  jena: ['HF08', 'HF01', 'HF07'],
  'berchtesgadener-land': ['HF04', 'HF07', 'HF08'],
  koblenz: ['HF01', 'HF05', 'HF12'],
};

const ZIELGRUPPE_POOL = [
  'ALLEINERZIEHENDE', 'GERINGES_EINKOMMEN', 'MIGRATION', 'MUETTER_WIEDEREINSTIEG', 'VAETER', 'WERDENDE_ELTERN',
  'KINDER_U3', 'KITA_KINDER', 'SCHULKINDER', 'JUGENDLICHE', 'PFLEGENDE_ANGEHOERIGE', 'SENIOREN',
  'KINDERREICHE_FAMILIEN', 'KINDER_MIT_BEHINDERUNG', 'ARBEITGEBER', 'FACHKRAEFTE',
] as const;

interface Transition {
  from: AllianceStatus | null;
  to: AllianceStatus;
  on: string;
  reason: string;
}

/** Builds the alliances with status history, Handlungsfelder, Zielgruppen and bodies. */
export function buildAlliances(ctx: SeedContext): void {
  const { rng, ref } = ctx;
  const counters = new Map<string, number>();
  const merged: { row: Row<Alliance>; intoKey: string }[] = [];

  for (const seed of ALLIANCE_SEEDS) {
    const landCode = seed.kreisAgs.slice(0, 2);
    const abbreviation = ref.landAbbreviation.get(landCode);
    if (!abbreviation) throw new Error(`Land ${landCode} missing`);
    const number = (counters.get(landCode) ?? 0) + 1;
    counters.set(landCode, number);
    const code = `LBF-${abbreviation}-${String(number).padStart(4, '0')}`;

    const gemeinde = seed.gemeindeAgs ? ref.gemeinde.get(seed.gemeindeAgs) : undefined;
    if (seed.gemeindeAgs && !gemeinde) throw new Error(`Gemeinde ${seed.gemeindeAgs} (${seed.key}) missing`);
    if (gemeinde && gemeinde.kreisAgs !== seed.kreisAgs) throw new Error(`${seed.key}: Kreis does not match Gemeinde`);
    const kreis = ref.kreis.get(seed.kreisAgs);
    if (!kreis) throw new Error(`Kreis ${seed.kreisAgs} (${seed.key}) missing`);
    const towns = seed.towns.map(([ags, plz]) => {
      const g = ref.gemeinde.get(ags);
      if (!g) throw new Error(`Gemeinde ${ags} (${seed.key}) missing`);
      // Organisations of a Bezirk alliance carry the Bezirk in their names (Hamburg-Altona …).
      const district = seed.districtPart?.startsWith('Bezirk ') ? `${g.name}-${seed.districtPart.slice(7)}` : seed.districtPart;
      return { ags, plz, name: district ?? g.name, city: g.name };
    });

    const foundedOn = seed.foundingDate ?? (seed.foundingYear ? `${seed.foundingYear}-07-01` : null);
    const transitions = statusHistory(ctx, seed, foundedOn);
    const firstContactOn = transitions[0]?.on ?? seed.firstContactOn ?? SEED_TODAY;
    const last = transitions[transitions.length - 1];
    if (!last || last.to !== seed.status) throw new Error(`${seed.key}: history does not end in ${seed.status}`);
    const dormantSince = seed.status === 'RUHEND' ? last.on : null;
    const endedOn = seed.status === 'AUFGELOEST' || seed.status === 'FUSIONIERT' ? last.on : null;

    const id = randomUUID();
    const placeName = seed.districtPart?.replace(/^Bezirk /, '') ?? gemeinde?.name ?? kreis.name;
    const domain = `${slugify(seed.shortName ?? seed.name).slice(0, 40).replace(/-+$/, '')}.example.org`;
    const founded = foundedOn !== null;
    const visible = seed.status === 'AKTIV' || seed.status === 'RUHEND';
    const row: Row<Alliance> = {
      id,
      code,
      name: seed.name,
      shortName: seed.shortName,
      status: seed.status,
      firstContactOn,
      foundingYear: seed.foundingYear,
      foundingDate: seed.foundingDate ?? null,
      joinedInitiativeOn: founded ? (seed.joinedInitiativeOn ?? foundedOn) : null,
      dormantSince,
      endedOn,
      landCode,
      kreisAgs: seed.kreisAgs,
      gemeindeAgs: seed.gemeindeAgs,
      districtPart: seed.districtPart ?? null,
      territorialLevel: seed.level,
      coveredAgs: [],
      populationReach: seed.population,
      orgForm: seed.orgForm,
      coordinationHostId: null,
      paidCoordinationHours: seed.paidHours ?? null,
      website: founded ? `https://www.${domain}` : null,
      publicEmail: founded ? `kontakt@${domain}` : null,
      publicPhone: founded ? ctx.nextPhone() : null,
      published: visible,
      publishedOn: visible ? (seed.joinedInitiativeOn ?? foundedOn) : null,
      profileConfirmedOn:
        seed.status === 'AKTIV'
          ? rng.dateBetween('2025-01-10', '2025-11-10')
          : seed.status === 'RUHEND' && dormantSince
            ? addDays(dormantSince, -rng.int(30, 300))
            : null,
      internalNotes: demoNote(seed),
      mergedIntoId: null,
      archivedAt: null,
    };
    ctx.rows.alliances.push(row);
    if (seed.mergedIntoKey) merged.push({ row, intoKey: seed.mergedIntoKey });

    for (const t of transitions) {
      ctx.rows.statusChanges.push({
        id: randomUUID(),
        allianceId: id,
        fromStatus: t.from,
        toStatus: t.to,
        changedOn: t.on,
        actor: STATUS_ACTOR,
        reason: t.reason,
      });
    }

    const info: AllianceInfo = {
      id,
      key: seed.key,
      code,
      name: seed.name,
      status: seed.status,
      level: seed.level,
      landCode,
      kreisAgs: seed.kreisAgs,
      gemeindeAgs: seed.gemeindeAgs,
      foundedOn,
      firstContactOn,
      endedOn,
      dormantSince,
      towns,
      placeName,
      domain,
    };
    ctx.alliances.push(info);
    ctx.allianceByKey.set(seed.key, info);
    addThemes(ctx, seed, info);
    addBodies(ctx, seed, info);
  }

  for (const { row, intoKey } of merged) {
    row.mergedIntoId = ctx.alliance(intoKey).id;
  }
  // Alliances that others merged into must be inserted first (FK merged_into_id).
  ctx.rows.alliances.sort((a, b) => Number(a.mergedIntoId != null) - Number(b.mergedIntoId != null));
}

/** Internal note; real alliances whose current status is not documented say so. */
function demoNote(seed: AllianceSeed): string | null {
  const undocumented = seed.real && (seed.status === 'RUHEND' || seed.status === 'AUFGELOEST');
  const parts = [seed.notes, undocumented ? `Status „${seed.status === 'RUHEND' ? 'ruhend' : 'aufgelöst'}“ ⚠ Demo, nicht belegt.` : null].filter((p): p is string => !!p);
  return parts.length > 0 ? parts.join(' ') : null;
}

function statusHistory(ctx: SeedContext, seed: AllianceSeed, foundedOn: string | null): Transition[] {
  const { rng } = ctx;
  const out: Transition[] = [];
  if (!foundedOn) {
    const first = seed.firstContactOn ?? rng.dateBetween('2024-06-01', '2025-10-01');
    out.push({ from: null, to: 'INTERESSENT', on: first, reason: 'Interessensbekundung bei der Fachberatung (Telefon/E-Mail)' });
    if (seed.status === 'IN_GRUENDUNG') {
      const on = minDate(addDays(first, rng.int(45, 140)), addDays(SEED_TODAY, -14));
      out.push({ from: 'INTERESSENT', to: 'IN_GRUENDUNG', on, reason: 'Initiativgruppe hat sich gebildet; Analyse der Rahmenbedingungen begonnen' });
    }
    return out;
  }
  if (seed.foundingYear && seed.foundingYear < 2004) {
    // Older than the federal initiative: the network joined it as an existing alliance.
    const joined = seed.joinedInitiativeOn ?? '2004-06-01';
    out.push({ from: null, to: 'AKTIV', on: joined, reason: `Beitritt des seit ${seed.foundingYear} bestehenden Netzwerks zur Bundesinitiative` });
    return out;
  }
  const estimated = !seed.foundingDate;
  const note = estimated ? ' (Datum geschätzt, nur das Gründungsjahr ist bekannt)' : '';
  const firstContact = seed.firstContactOn ?? maxDate('2004-01-15', addDays(foundedOn, -rng.int(240, 420)));
  const inGruendung = maxDate(addDays(firstContact, 30), addDays(foundedOn, -rng.int(90, 180)));
  out.push({ from: null, to: 'INTERESSENT', on: firstContact, reason: `Erste Anfrage zur Bündnisgründung${note}` });
  out.push({ from: 'INTERESSENT', to: 'IN_GRUENDUNG', on: inGruendung, reason: `Lenkungs-/Initiativgruppe gebildet, Gründung wird vorbereitet${note}` });
  out.push({ from: 'IN_GRUENDUNG', to: 'AKTIV', on: foundedOn, reason: `Gründungsveranstaltung, gemeinsame Erklärung unterzeichnet${note}` });
  if (seed.reactivation) {
    out.push({ from: 'AKTIV', to: 'RUHEND', on: seed.reactivation.dormantOn, reason: 'Keine bestätigte Aktivität und kein Kontakt seit über 12 Monaten' });
    out.push({ from: 'RUHEND', to: 'AKTIV', on: seed.reactivation.reactivatedOn, reason: seed.reactivation.reason });
  }
  const earliestEnd = addDays(foundedOn, 3 * 365);
  if (seed.status === 'RUHEND') {
    out.push({ from: 'AKTIV', to: 'RUHEND', on: rng.dateBetween(maxDate(earliestEnd, '2016-01-01'), '2024-06-30'), reason: 'Keine bestätigte Aktivität und kein Kontakt seit über 12 Monaten' });
  } else if (seed.status === 'AUFGELOEST') {
    const dormant = rng.dateBetween(maxDate(earliestEnd, '2014-01-01'), '2021-12-31');
    out.push({ from: 'AKTIV', to: 'RUHEND', on: dormant, reason: 'Koordination unbesetzt, keine Treffen mehr' });
    out.push({ from: 'RUHEND', to: 'AUFGELOEST', on: addDays(dormant, rng.int(400, 900)), reason: 'Auflösung nach Rückmeldung der Kommune; Aufgaben an andere Netzwerke übergeben' });
  } else if (seed.status === 'FUSIONIERT') {
    out.push({ from: 'AKTIV', to: 'FUSIONIERT', on: '2016-01-01', reason: 'Zusammenlegung mit dem Kreisbündnis, um Doppelstrukturen zu vermeiden' });
  }
  return out;
}

function addThemes(ctx: SeedContext, seed: AllianceSeed, info: AllianceInfo): void {
  const { rng } = ctx;
  if (seed.status === 'INTERESSENT') return; // no thematic profile before the first conversation
  let codes = HF_PROFILES[seed.key] ? [...(HF_PROFILES[seed.key] as readonly string[])] : [];
  if (codes.length === 0) {
    const count = rng.int(2, 5);
    while (codes.length < count) {
      const code = rng.weighted(HF_WEIGHTS);
      if (!codes.includes(code)) codes.push(code);
    }
  }
  codes = codes.slice(0, 5);
  codes.forEach((code, index) => {
    ctx.rows.allianceHandlungsfelder.push({ allianceId: info.id, handlungsfeldId: ctx.hf(code), isMain: index === 0 });
  });
  const groups = ['FAMILIEN', ...rng.sample(ZIELGRUPPE_POOL, rng.int(1, 4))];
  if (codes.includes('HF08') && !groups.includes('ALLEINERZIEHENDE')) groups.push('ALLEINERZIEHENDE');
  if (codes.includes('HF06') && !groups.includes('ARBEITGEBER')) groups.push('ARBEITGEBER');
  for (const zielgruppeCode of groups) {
    ctx.rows.allianceZielgruppen.push({ allianceId: info.id, zielgruppeCode });
  }
}

const BODY_TEXT: Readonly<Record<string, readonly [BodyType, string, string]>> = {
  'koenigs-wusterhausen': ['SONSTIGES', 'Koordinierungsgruppe', 'Koordinierungsgruppe mit Sprecherin; plant Netzwerktreffen und Aktionstag'],
  neumuenster: ['LENKUNGSGRUPPE', 'Lenkungsgruppe', 'Seit 2006; Vertreter:innen der Ratsfraktionen und der Verwaltung'],
  bueckeburg: ['LENKUNGSGRUPPE', 'Lenkungsgruppe', 'Beim moderierten Planungstreffen 2010 gebildet'],
  'bad-honnef': ['VORSTAND', 'Vorstand des Fördervereins', 'Ehrenamtlicher Vorstand, keine bezahlte Koordination'],
  goeppingen: ['VORSTAND', 'Vorstand', 'Vorstand des eingetragenen Vereins'],
};

function addBodies(ctx: SeedContext, seed: AllianceSeed, info: AllianceInfo): void {
  const special = BODY_TEXT[seed.key];
  const push = (bodyType: BodyType, name: string, description: string | null) =>
    ctx.rows.allianceBodies.push({ id: randomUUID(), allianceId: info.id, bodyType, name, description });
  if (special) {
    push(special[0], special[1], special[2]);
  } else if (seed.orgForm === 'ARBEITSKREIS_LENKUNGSGRUPPE' && info.foundedOn) {
    push('LENKUNGSGRUPPE', 'Lenkungsgruppe', 'Trifft sich etwa alle acht Wochen und steuert die Bündnisarbeit');
  } else if (seed.orgForm === 'EINGETRAGENER_VEREIN') {
    push('VORSTAND', 'Vorstand', null);
  } else if (seed.orgForm === 'KOMMUNAL_VERANKERT' && ctx.rng.chance(0.5)) {
    push('STEUERUNGSGRUPPE', 'Steuerungsgruppe', 'Verwaltung, Wohlfahrtsverbände und Wirtschaft');
  }
  if (seed.status === 'AKTIV' && ctx.rng.chance(0.35)) {
    push('ARBEITSGRUPPE', ctx.rng.pick(['AG Kinderbetreuung', 'AG Familienfreundliche Unternehmen', 'AG Öffentlichkeitsarbeit', 'AG Familienwegweiser']), null);
  }
}
