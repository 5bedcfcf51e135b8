import { ActorType, CompanySize, ContributionType, PartnerRole, Sector } from '@bn/shared/contracts';

/**
 * Real organisations of the demo seed (domain-research §4.2, §1.13 and the seed articles). Names,
 * sectors and seats are public facts; where a seat was not verified the Gemeinde stays empty.
 * Their memberships in alliances are demo data unless the alliance notes say ✓.
 */
export interface PartnerSeed {
  alliance: string;
  roles: PartnerRole[];
  contributionTypes: ContributionType[];
  contribution: string | null;
}

export interface RealOrgSeed {
  key: string;
  name: string;
  legalForm: string | null;
  sector: Sector;
  actorType: ActorType;
  companySize?: CompanySize;
  industry?: string;
  /** [Gemeinde AGS, PLZ, city] when verified. */
  seat?: readonly [string, string, string];
  parent?: string;
  website?: string;
  partnerOf?: readonly PartnerSeed[];
}

function p(alliance: string, roles: PartnerRole[], contributionTypes: ContributionType[], contribution: string | null = null): PartnerSeed {
  return { alliance, roles, contributionTypes, contribution };
}

const BERLIN = ['11000000', '10117', 'Berlin'] as const;

export const REAL_ORGANISATIONS: readonly RealOrgSeed[] = [
  // ── Bund, Servicebüro, Spitzenverbände ───────────────────────────────────────────────────────
  { key: 'bmbfsfj', name: 'Bundesministerium für Bildung, Familie, Senioren, Frauen und Jugend (BMBFSFJ)', legalForm: 'Oberste Bundesbehörde', sector: 'VERWALTUNG', actorType: 'BUNDESBEHOERDE', seat: BERLIN },
  { key: 'dihk', name: 'Deutsche Industrie- und Handelskammer (DIHK)', legalForm: null, sector: 'WIRTSCHAFT', actorType: 'KAMMER', seat: BERLIN },
  { key: 'dihk-service', name: 'DIHK Service GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'MITTEL', industry: 'Dienstleistungen für Kammern und Verbände', seat: BERLIN, parent: 'dihk' },
  { key: 'servicebuero', name: 'Servicebüro Lokale Bündnisse für Familie (DIHK Service GmbH)', legalForm: null, sector: 'WIRTSCHAFT', actorType: 'SONSTIGE', seat: BERLIN, parent: 'dihk-service' },
  { key: 'prognos', name: 'Prognos AG', legalForm: 'AG', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'MITTEL', industry: 'Wirtschaftsforschung und Beratung', seat: BERLIN },
  { key: 'dji', name: 'Deutsches Jugendinstitut e.V. (DJI)', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'SONSTIGE', seat: ['09162000', '81541', 'München'] },
  { key: 'dlt', name: 'Deutscher Landkreistag', legalForm: 'e.V.', sector: 'VERWALTUNG', actorType: 'SONSTIGE', seat: BERLIN },
  { key: 'dstgb', name: 'Deutscher Städte- und Gemeindebund', legalForm: 'e.V.', sector: 'VERWALTUNG', actorType: 'SONSTIGE', seat: BERLIN },
  { key: 'dgb', name: 'Deutscher Gewerkschaftsbund (DGB)', legalForm: 'e.V.', sector: 'WIRTSCHAFT', actorType: 'GEWERKSCHAFT', seat: BERLIN },
  { key: 'zdh', name: 'Zentralverband des Deutschen Handwerks (ZDH)', legalForm: 'e.V.', sector: 'WIRTSCHAFT', actorType: 'WIRTSCHAFTSVERBAND', seat: BERLIN },
  // ── Kammern und Unternehmen ──────────────────────────────────────────────────────────────────
  { key: 'hwk-wiesbaden', name: 'Handwerkskammer Wiesbaden', legalForm: 'Körperschaft des öffentlichen Rechts', sector: 'WIRTSCHAFT', actorType: 'KAMMER', seat: ['06414000', '65185', 'Wiesbaden'] },
  {
    key: 'hwk-mittelhessen', name: 'Handwerkskammer Wiesbaden – Geschäftsstelle Mittelhessen', legalForm: null, sector: 'WIRTSCHAFT', actorType: 'KAMMER',
    seat: ['06532023', '35578', 'Wetzlar'], parent: 'hwk-wiesbaden',
    // Partnerships in the three Mittelhessen alliances are added by the story (with the representative).
  },
  {
    key: 'ihk-lahn-dill', name: 'IHK Lahn-Dill', legalForm: 'Körperschaft des öffentlichen Rechts', sector: 'WIRTSCHAFT', actorType: 'KAMMER', seat: ['06532006', '35683', 'Dillenburg'],
    partnerOf: [p('lahn-dill', ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'], ['KNOW_HOW', 'RAEUME'], 'Mitgründerin; Ansprache der Mitgliedsunternehmen')],
  },
  {
    key: 'sihk', name: 'Südwestfälische Industrie- und Handelskammer zu Hagen (SIHK)', legalForm: 'Körperschaft des öffentlichen Rechts', sector: 'WIRTSCHAFT', actorType: 'KAMMER', seat: ['05914000', '58095', 'Hagen'],
    partnerOf: [p('luedenscheid', ['GRUENDUNGSMITGLIED'], ['KNOW_HOW'])],
  },
  {
    key: 'ostermann', name: 'Rudolf Ostermann GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'GROSS', industry: 'Möbelhandel', seat: ['05554008', '46395', 'Bocholt'],
    partnerOf: [p('bocholt', ['UNTERZEICHNER', 'KOOPERATIONSPARTNER'], ['KNOW_HOW'], 'Preisträger des lokalen Unternehmenspreises BAFF')],
  },
  {
    key: 'globus', name: 'Globus Markt (Berchtesgadener Land)', legalForm: null, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'GROSS', industry: 'Lebensmitteleinzelhandel',
    partnerOf: [p('berchtesgadener-land', ['FOERDERER'], ['SACHLEISTUNG', 'GELD'], 'Übernimmt alle sechs Wochen die Kosten für das gemeinsame Frühstück im Müttercafé')],
  },
  {
    key: 'vfl', name: 'VfL Wolfsburg', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['03103000', '38440', 'Wolfsburg'],
    partnerOf: [p('wolfsburg', ['FOERDERER', 'KOOPERATIONSPARTNER'], ['SACHLEISTUNG'], 'Freikarten und Aktionen für Familien')],
  },
  {
    key: 'tafel-wolfsburg', name: 'Wolfsburger Tafel e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['03103000', '38440', 'Wolfsburg'],
    partnerOf: [p('wolfsburg', ['PROJEKTPARTNER'], ['EHRENAMTLICHE'], 'Weihnachtswunschbaum 2018')],
  },
  {
    key: 'bertelsmann', name: 'Bertelsmann Stiftung', legalForm: 'Stiftung bürgerlichen Rechts', sector: 'ZIVILGESELLSCHAFT', actorType: 'STIFTUNG', seat: ['05754008', '33311', 'Gütersloh'],
    partnerOf: [p('guetersloh', ['KOORDINATION', 'GRUENDUNGSMITGLIED'], ['PERSONAL', 'KNOW_HOW'], 'Koordination des Kreisbündnisses')],
  },
  {
    key: 'barmer', name: 'BARMER', legalForm: 'Körperschaft des öffentlichen Rechts', sector: 'VERWALTUNG', actorType: 'KRANKENKASSE', seat: ['05124000', '42285', 'Wuppertal'],
    partnerOf: [
      p('forst', ['GRUENDUNGSMITGLIED', 'UNTERZEICHNER'], ['KNOW_HOW'], 'Mitglied der Initiativgruppe'),
      p('heide', ['KOOPERATIONSPARTNER'], ['KNOW_HOW'], 'Gesundheitstage für Familien'),
      p('chemnitz', ['PROJEKTPARTNER'], ['GELD']),
    ],
  },
  // ── Landkreis Börde (Fachtag Haldensleben) ──────────────────────────────────────────────────
  { key: 'liba', name: 'LIBa „Besser essen. Mehr bewegen.“ e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['15083040', '39179', 'Barleben'], website: 'https://www.familienservice-rundum.de' },
  { key: 'lk-boerde', name: 'Landkreis Börde', legalForm: 'Gebietskörperschaft', sector: 'VERWALTUNG', actorType: 'LANDKREIS', seat: ['15083270', '39340', 'Haldensleben'] },
  { key: 'jobcenter-boerde', name: 'Jobcenter Börde', legalForm: null, sector: 'VERWALTUNG', actorType: 'JOBCENTER' },
  { key: 'drk-boerde', name: 'DRK Kreisverband Börde e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND' },
  { key: 'awo-bv', name: 'AWO Bundesverband e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', seat: BERLIN },
  // Which AWO unit presented in Haldensleben is not verified; "AWO Lifebalance" is corroborated for Weser-Ems.
  { key: 'awo-weser-ems', name: 'AWO Bezirksverband Weser-Ems e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', seat: ['03403000', '26121', 'Oldenburg (Oldb)'] },
  { key: 'awo-lifebalance', name: 'AWO Lifebalance – Eltern- und Familienservice für Arbeitgeber', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', parent: 'awo-weser-ems', website: 'https://awo-lifebalance.de' },
  { key: 'mgh-hermsdorf', name: 'Mehrgenerationenhaus Hermsdorf', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'FAMILIENZENTRUM', seat: ['15083298', '39167', 'Hohe Börde'] },
  { key: 'lag-colbitz', name: 'LEADER-Aktionsgruppe Colbitz-Letzlinger Heide', legalForm: null, sector: 'VERWALTUNG', actorType: 'LEADER_LAG' },
  { key: 'lag-boerde', name: 'LEADER-Aktionsgruppe Börde', legalForm: null, sector: 'VERWALTUNG', actorType: 'LEADER_LAG' },
  { key: 'lag-flechtingen', name: 'LEADER-Aktionsgruppe Flechtinger Höhenzug', legalForm: null, sector: 'VERWALTUNG', actorType: 'LEADER_LAG' },
  // ── Jena ─────────────────────────────────────────────────────────────────────────────────────
  {
    key: 'zfa-jena', name: 'Zentrum für Familie und Alleinerziehende e.V. Jena', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'FAMILIENZENTRUM', seat: ['16053000', '07743', 'Jena'],
    partnerOf: [p('jena', ['KOORDINATION', 'LENKUNGSGRUPPE'], ['PERSONAL', 'KNOW_HOW'], 'Koordination und Beratung Alleinerziehender')],
  },
  {
    key: 'fz-jena', name: 'Familienzentrum Jena', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'FAMILIENZENTRUM', seat: ['16053000', '07743', 'Jena'], website: 'https://www.familienzentrum-jena.de',
    partnerOf: [p('jena', ['LENKUNGSGRUPPE', 'PROJEKTPARTNER'], ['RAEUME', 'PERSONAL'])],
  },
  // ── Selbsthilfe- und Interessenverbände ──────────────────────────────────────────────────────
  { key: 'vamv', name: 'Verband alleinerziehender Mütter und Väter, Bundesverband e.V. (VAMV)', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND', seat: BERLIN },
  {
    key: 'vamv-berlin', name: 'VAMV Landesverband Berlin e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND', seat: BERLIN, parent: 'vamv',
    partnerOf: [
      p('charlottenburg', ['GRUENDUNGSMITGLIED', 'KOOPERATIONSPARTNER'], ['KNOW_HOW'], 'Beratung für Alleinerziehende'),
      p('berlin', ['UNTERZEICHNER'], ['KNOW_HOW']),
    ],
  },
  {
    key: 'vamv-nrw', name: 'VAMV Landesverband Nordrhein-Westfalen e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND', parent: 'vamv',
    partnerOf: [p('duesseldorf', ['KOOPERATIONSPARTNER'], ['KNOW_HOW'])],
  },
  {
    key: 'vbm', name: 'Verband berufstätiger Mütter e.V. (VBM)', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND',
    partnerOf: [p('duesseldorf', ['KOOPERATIONSPARTNER'], ['KNOW_HOW'], 'Informationen zum beruflichen Wiedereinstieg')],
  },
  { key: 'nakos', name: 'NAKOS – Nationale Kontakt- und Informationsstelle zur Anregung und Unterstützung von Selbsthilfegruppen', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'SELBSTHILFE_INTERESSENVERBAND', seat: BERLIN },
  { key: 'wellcome', name: 'wellcome gGmbH', legalForm: 'gGmbH', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['02000000', '20095', 'Hamburg'] },
  {
    key: 'wellcome-altona', name: 'wellcome-Team Hamburg-Altona', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['02000000', '22765', 'Hamburg'], parent: 'wellcome',
    partnerOf: [p('altona', ['PROJEKTPARTNER'], ['EHRENAMTLICHE'], 'Praktische Hilfe nach der Geburt')],
  },
  {
    key: 'wellcome-heidelberg', name: 'wellcome-Team Heidelberg', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: ['08221000', '69117', 'Heidelberg'], parent: 'wellcome',
    partnerOf: [p('heidelberg', ['PROJEKTPARTNER'], ['EHRENAMTLICHE'], 'Praktische Hilfe nach der Geburt')],
  },
  { key: 'caritas', name: 'Deutscher Caritasverband e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', seat: ['08311000', '79104', 'Freiburg im Breisgau'] },
  { key: 'diakonie', name: 'Diakonie Deutschland', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'WOHLFAHRTSVERBAND', seat: BERLIN },
  { key: 'dksb', name: 'Deutscher Kinderschutzbund Bundesverband e.V.', legalForm: 'e.V.', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', seat: BERLIN },
  // ── Landes- und Regionalnetzwerke ────────────────────────────────────────────────────────────
  {
    key: 'bb-koordinierung', name: 'Überregionale Koordinierungsstelle der Lokalen Bündnisse für Familie im Land Brandenburg', legalForm: null, sector: 'VERWALTUNG', actorType: 'SONSTIGE',
    partnerOf: [
      p('koenigs-wusterhausen', ['KOOPERATIONSPARTNER'], ['KNOW_HOW']),
      p('neuenhagen', ['KOOPERATIONSPARTNER'], ['KNOW_HOW']),
      p('michendorf', ['KOOPERATIONSPARTNER'], ['KNOW_HOW']),
      p('eberswalde', ['KOOPERATIONSPARTNER'], ['KNOW_HOW']),
    ],
  },
  {
    key: 'famm', name: 'FAMM – Netzwerk der Familienbündnisse im Münsterland', legalForm: null, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE',
    partnerOf: [p('sendenhorst', ['KOOPERATIONSPARTNER'], ['KNOW_HOW']), p('billerbeck', ['KOOPERATIONSPARTNER'], ['KNOW_HOW'])],
  },
];
