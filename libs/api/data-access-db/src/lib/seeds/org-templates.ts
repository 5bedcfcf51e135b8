import { ContributionType } from '@bn/shared/contracts';
import { AllianceInfo, OrgSpec, SeedContext } from './context';
import {
  BRAND_WORDS,
  CLUB_NAMES,
  FICTIONAL_SURNAMES,
  KITA_NAMES,
  LARGE_COMPANY_KINDS,
  SCHOOL_NAMES,
  SMALL_LEGAL_FORMS,
  TRADES,
  streetAddress,
} from './names';

/**
 * Templates for the synthetic partner organisations of an alliance. Weights follow the sector mix
 * of domain-research §4.4: Zivilgesellschaft ~45 %, Wirtschaft ~25 % (mostly KMU), Verwaltung ~15 %,
 * Bildung/Betreuung ~10 %, Gesundheit/Pflege ~5 %. Company names use invented owner names.
 */
export type OrgCategory =
  | 'WOHLFAHRT' | 'VEREIN' | 'KIRCHE' | 'STIFTUNG' | 'SELBSTHILFE' | 'FAMILIENZENTRUM' | 'KITA' | 'SCHULE'
  | 'GESUNDHEIT' | 'MEDIEN' | 'UNTERNEHMEN' | 'WIRTSCHAFTSVERBAND' | 'GEWERKSCHAFT' | 'WIRTSCHAFTSFOERDERUNG'
  | 'AGENTUR' | 'STADTAMT' | 'POLITIK';

export const CATEGORY_WEIGHTS: readonly (readonly [OrgCategory, number])[] = [
  ['WOHLFAHRT', 9], ['VEREIN', 10], ['KIRCHE', 4], ['STIFTUNG', 2], ['SELBSTHILFE', 2], ['FAMILIENZENTRUM', 5],
  ['KITA', 6], ['SCHULE', 4], ['GESUNDHEIT', 5], ['MEDIEN', 1], ['UNTERNEHMEN', 20], ['WIRTSCHAFTSVERBAND', 3],
  ['GEWERKSCHAFT', 1], ['WIRTSCHAFTSFOERDERUNG', 1], ['AGENTUR', 2], ['STADTAMT', 5], ['POLITIK', 2],
];

export interface Town {
  ags: string;
  plz: string;
  /** Label used in organisation names (the Bezirk for Bezirk alliances). */
  name: string;
  /** The Gemeinde's name, for addresses. */
  city: string;
}

/** The contribution an organisation of a category typically brings. */
export const CONTRIBUTIONS: Readonly<Record<OrgCategory, readonly ContributionType[]>> = {
  WOHLFAHRT: ['PERSONAL', 'KNOW_HOW'],
  VEREIN: ['EHRENAMTLICHE', 'RAEUME'],
  KIRCHE: ['RAEUME', 'EHRENAMTLICHE'],
  STIFTUNG: ['GELD'],
  SELBSTHILFE: ['KNOW_HOW', 'EHRENAMTLICHE'],
  FAMILIENZENTRUM: ['RAEUME', 'PERSONAL', 'KNOW_HOW'],
  KITA: ['RAEUME', 'KNOW_HOW'],
  SCHULE: ['RAEUME', 'KNOW_HOW'],
  GESUNDHEIT: ['KNOW_HOW'],
  MEDIEN: ['SACHLEISTUNG'],
  UNTERNEHMEN: ['GELD', 'SACHLEISTUNG', 'KNOW_HOW'],
  WIRTSCHAFTSVERBAND: ['KNOW_HOW'],
  GEWERKSCHAFT: ['KNOW_HOW'],
  WIRTSCHAFTSFOERDERUNG: ['KNOW_HOW', 'PERSONAL'],
  AGENTUR: ['KNOW_HOW'],
  STADTAMT: ['PERSONAL', 'RAEUME'],
  POLITIK: ['KNOW_HOW'],
};

function address(ctx: SeedContext, town: Town): Pick<OrgSpec, 'street' | 'postalCode' | 'city' | 'gemeindeAgs'> {
  return { street: streetAddress(ctx.rng), postalCode: town.plz, city: town.city, gemeindeAgs: town.ags };
}

/** A synthetic organisation of the category in the town (not yet added). */
export function orgTemplate(
  ctx: SeedContext,
  category: OrgCategory,
  alliance: AllianceInfo,
  town: Town,
  adminId: string | null,
): OrgSpec {
  const { rng } = ctx;
  const P = town.name;
  const kreisName = alliance.kreisAgs ? (ctx.ref.kreis.get(alliance.kreisAgs)?.name ?? P) : P;
  const at = address(ctx, town);
  const surname = () => rng.pick(FICTIONAL_SURNAMES);
  switch (category) {
    case 'WOHLFAHRT': {
      const [name, regional] = rng.pick([
        [`Caritasverband für ${P} e.V.`, false],
        [`Diakonisches Werk ${P}`, false],
        [`AWO Ortsverein ${P} e.V.`, false],
        [`DRK-Ortsverein ${P} e.V.`, false],
        [`Arbeiterwohlfahrt Kreisverband ${kreisName} e.V.`, true],
        [`Der Paritätische – Kreisgruppe ${kreisName}`, true],
      ] as const);
      return { name, legalForm: name.endsWith('e.V.') ? 'e.V.' : null, sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', regional, ...at };
    }
    case 'VEREIN': {
      const club = rng.pick(CLUB_NAMES);
      const name = club === 'Turn- und Sportverein' ? `TSV ${P} ${rng.int(1860, 1925)} e.V.` : `${club} ${P} e.V.`;
      return { name, legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', ...at };
    }
    case 'KIRCHE':
      return {
        name: rng.pick([`Evangelische Kirchengemeinde ${P}`, `Katholische Pfarrei St. Marien ${P}`, `Katholische Pfarreiengemeinschaft ${P}`, `Evangelisch-lutherische Kirchengemeinde ${P}`]),
        legalForm: 'Körperschaft des öffentlichen Rechts', sector: 'ZIVILGESELLSCHAFT', actorType: 'KIRCHE', ...at,
      };
    case 'STIFTUNG':
      return rng.chance(0.5)
        ? { name: `Bürgerstiftung ${P}`, legalForm: 'Stiftung bürgerlichen Rechts', sector: 'ZIVILGESELLSCHAFT', actorType: 'STIFTUNG', ...at }
        : { name: `${surname()}-Stiftung für Kinder und Familie`, legalForm: 'Stiftung bürgerlichen Rechts', sector: 'ZIVILGESELLSCHAFT', actorType: 'STIFTUNG', regional: true, ...at };
    case 'SELBSTHILFE':
      return {
        name: rng.pick([`Selbsthilfekontaktstelle ${P}`, `Mütterzentrum ${P} e.V.`, `Netzwerk Pflegende Angehörige ${P}`, `Zwillings- und Mehrlingseltern ${P} e.V.`]),
        legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND', ...at,
      };
    case 'FAMILIENZENTRUM':
      return {
        name: rng.pick([`Familienzentrum ${P}`, `Mehrgenerationenhaus ${P}`, `Familienbildungsstätte ${P}`, `Familienzentrum Lange Straße ${P}`, `Eltern-Kind-Zentrum ${P}`]),
        legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'FAMILIENZENTRUM', ...at,
      };
    case 'KITA':
      return rng.chance(0.85)
        ? { name: `Kita „${rng.pick(KITA_NAMES)}“ ${P}`, legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'KITA_TAGESPFLEGE', ...at }
        : { name: `Kindertagespflege-Verbund ${P}`, legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'KITA_TAGESPFLEGE', ...at };
    case 'SCHULE':
      return rng.chance(0.8)
        ? { name: `${rng.pick(SCHOOL_NAMES)} ${P}`, legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'SCHULE', ...at }
        : { name: `Volkshochschule ${P}`, legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'SCHULE', ...at };
    case 'GESUNDHEIT': {
      const pick = rng.int(0, 3);
      const name = [`Klinikum ${P}`, `Hebammenpraxis ${surname()}`, `Kinder- und Jugendarztpraxis Dr. ${surname()}`, `Ambulanter Pflegedienst ${surname()} GmbH`][pick] as string;
      return { name, legalForm: pick === 3 ? 'GmbH' : null, sector: 'ZIVILGESELLSCHAFT', actorType: 'GESUNDHEIT_PFLEGE', regional: pick === 0, ...at };
    }
    case 'MEDIEN':
      return { name: rng.pick([`Familienmagazin „Kinderleicht“ ${P}`, `Stadtmagazin ${P}`, `Lokalradio ${kreisName}`]), legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'MEDIEN', regional: true, ...at };
    case 'UNTERNEHMEN': {
      if (rng.chance(0.14)) {
        const [kind, industry] = rng.pick(LARGE_COMPANY_KINDS);
        return { name: `${rng.pick(BRAND_WORDS)} ${kind}`, legalForm: kind.split(' ').slice(1).join(' '), sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'GROSS', industry, regional: true, ...at };
      }
      const [trade, industry] = rng.pick(TRADES);
      const legalForm = rng.pick(SMALL_LEGAL_FORMS);
      const companySize = rng.weighted([['KLEINST', 35], ['KLEIN', 40], ['MITTEL', 25]] as const);
      return { name: `${trade} ${surname()} ${legalForm}`, legalForm, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize, industry, regional: companySize === 'MITTEL', ...at };
    }
    case 'WIRTSCHAFTSVERBAND': {
      const [name, regional] = rng.pick([
        [`Gewerbeverein ${P} e.V.`, false],
        [`Werbegemeinschaft ${P} e.V.`, false],
        [`Unternehmerinnen-Netzwerk ${kreisName}`, true],
        [`Kreishandwerkerschaft ${kreisName}`, true],
      ] as const);
      return { name, legalForm: name.endsWith('e.V.') ? 'e.V.' : null, sector: 'WIRTSCHAFT', actorType: 'WIRTSCHAFTSVERBAND', regional, ...at };
    }
    case 'GEWERKSCHAFT':
      return { name: `DGB-Kreisverband ${kreisName}`, legalForm: null, sector: 'WIRTSCHAFT', actorType: 'GEWERKSCHAFT', parentId: ctx.orgByKey.get('dgb')?.id ?? null, regional: true, ...at };
    case 'WIRTSCHAFTSFOERDERUNG':
      return { name: `Wirtschaftsförderung ${P} GmbH`, legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'WIRTSCHAFTSFOERDERUNG', companySize: 'KLEIN', industry: 'Wirtschaftsförderung', ...at };
    case 'AGENTUR':
      return { name: `Agentur für Arbeit – Geschäftsstelle ${P}`, legalForm: null, sector: 'VERWALTUNG', actorType: 'AGENTUR_FUER_ARBEIT', regional: true, ...at };
    case 'STADTAMT': {
      const designation = ctx.ref.gemeinde.get(town.ags)?.designation;
      const owner =
        town.name !== town.city ? `im Bezirk ${P.replace(/^Hamburg-/, '')}`
        : alliance.level === 'LAND' ? `des Landes ${P}`
        : !alliance.gemeindeAgs ? (alliance.kreisAgs ? (ctx.orgByKey.get(`kreis:${alliance.kreisAgs}`)?.name ?? kreisName) : kreisName)
        : designation === 'Gemeinde' ? `der Gemeinde ${P}` : `der Stadt ${P}`;
      return {
        name: rng.pick([`Gleichstellungsstelle ${owner}`, `Jugendamt ${owner}`, `Familienbüro ${owner}`, `Stadtbibliothek ${P}`]),
        legalForm: null, sector: 'VERWALTUNG', actorType: alliance.gemeindeAgs ? 'GEMEINDE_STADT' : 'LANDKREIS', parentId: adminId, ...at,
      };
    }
    case 'POLITIK':
      return {
        name: rng.pick(alliance.gemeindeAgs ? [`Ausschuss für Jugend, Familie und Soziales ${P}`, `Kinder- und Jugendparlament ${P}`] : [`Kreistagsausschuss für Familie ${kreisName}`, `Kinder- und Jugendparlament ${P}`]),
        legalForm: null, sector: 'POLITIK', actorType: 'RAT_FRAKTION_PARTEI', ...at,
      };
  }
}

/** The category an existing organisation belongs to (for contribution types of reused partners). */
export function categoryOf(actorType: string, sector: string): OrgCategory {
  const map: Record<string, OrgCategory> = {
    WOHLFAHRTSVERBAND: 'WOHLFAHRT', VEREIN_INITIATIVE: 'VEREIN', KIRCHE: 'KIRCHE', STIFTUNG: 'STIFTUNG',
    SELBSTHILFE_INTERESSENVERBAND: 'SELBSTHILFE', FAMILIENZENTRUM: 'FAMILIENZENTRUM', KITA_TAGESPFLEGE: 'KITA',
    SCHULE: 'SCHULE', GESUNDHEIT_PFLEGE: 'GESUNDHEIT', MEDIEN: 'MEDIEN', UNTERNEHMEN: 'UNTERNEHMEN',
    KAMMER: 'WIRTSCHAFTSVERBAND', WIRTSCHAFTSVERBAND: 'WIRTSCHAFTSVERBAND', GEWERKSCHAFT: 'GEWERKSCHAFT',
    WIRTSCHAFTSFOERDERUNG: 'WIRTSCHAFTSFOERDERUNG', AGENTUR_FUER_ARBEIT: 'AGENTUR', JOBCENTER: 'AGENTUR',
    RAT_FRAKTION_PARTEI: 'POLITIK',
  };
  return map[actorType] ?? (sector === 'VERWALTUNG' ? 'STADTAMT' : 'VEREIN');
}
