import { AllianceStatus, OrgForm, TerritorialLevel } from '@bn/shared/contracts';

/**
 * The alliances of the demo seed (domain-research §4.1). Places are real and carry the AGS verified
 * against the reference tables (BKG VG5000, Stand 2021). Facts marked ✓ come from the sources of
 * domain-research.md; everything else (founding year where unknown, current status of alliances
 * without recent evidence, population rounded) is demo data, marked ⚠. Alliances with `real: false`
 * are synthetic (Länder without a verified alliance, and a few edge cases).
 */
export interface AllianceSeed {
  /** Stable key the stories use to find the alliance. */
  key: string;
  real: boolean;
  name: string;
  shortName: string | null;
  status: AllianceStatus;
  level: TerritorialLevel;
  /** 5-digit Kreis AGS; Land = first two digits. */
  kreisAgs: string;
  /** 8-digit Gemeinde AGS; null for Landkreis-level alliances. */
  gemeindeAgs: string | null;
  districtPart?: string;
  foundingYear: number | null;
  /** When set, lies in foundingYear (CHECK ck_alliance_founding_date_year). */
  foundingDate?: string;
  /** First contact (Interessensbekundung); derived from the founding when not given. */
  firstContactOn?: string;
  joinedInitiativeOn?: string;
  orgForm: OrgForm;
  /** Inhabitants in the catchment area, rounded (⚠ approximate). */
  population: number | null;
  paidHours?: number;
  /** Towns where the alliance's synthetic partners sit: [Gemeinde AGS, PLZ]. */
  towns: readonly (readonly [string, string])[];
  /** Dormant period that ended with a re-start (Börde 2019, Neu Wulmstorf 2022). */
  reactivation?: { dormantOn: string; reactivatedOn: string; reason: string };
  mergedIntoKey?: string;
  notes?: string;
}

type Row = Omit<AllianceSeed, 'towns'> & { towns?: AllianceSeed['towns']; plz?: string };

function a(row: Row): AllianceSeed {
  const { plz, towns, ...rest } = row;
  const resolved = towns ?? (row.gemeindeAgs && plz ? [[row.gemeindeAgs, plz] as const] : []);
  if (resolved.length === 0) throw new Error(`alliance ${row.key}: no towns`);
  return { ...rest, towns: resolved };
}

const G: OrgForm = 'ARBEITSKREIS_LENKUNGSGRUPPE';
const K: OrgForm = 'KOMMUNAL_VERANKERT';

export const ALLIANCE_SEEDS: readonly AllianceSeed[] = [
  // ── Niedersachsen ─────────────────────────────────────────────────────────────────────────────
  a({ key: 'wolfsburg', real: true, name: 'Bündnis für Familie Wolfsburg', shortName: 'Bündnis Wolfsburg', status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '03103', gemeindeAgs: '03103000', foundingYear: 2005, orgForm: K, population: 124000, paidHours: 19.5, plz: '38440', notes: 'Koordinatorin ist zugleich Bündnismentorin ✓; Weihnachtswunschbaum 2018 mit der Wolfsburger Tafel ✓; Gründungsjahr ⚠' }),
  a({ key: 'noerten', real: true, name: 'Lokales Bündnis für Familie Nörten-Hardenberg', shortName: 'Bündnis Nörten-Hardenberg', status: 'AKTIV', level: 'GEMEINDE', kreisAgs: '03155', gemeindeAgs: '03155010', foundingYear: 2012, foundingDate: '2012-09-21', firstContactOn: '2012-02-14', orgForm: G, population: 8000, paidHours: 5, plz: '37176', notes: 'Gründung von einer Bündnismentorin aus Wolfsburg begleitet ✓ (Daten der Gründungsschritte ⚠ Demo)' }),
  a({ key: 'sehnde', real: true, name: 'Lokales Bündnis für Familie Sehnde', shortName: null, status: 'AUFGELOEST', level: 'STADT', kreisAgs: '03241', gemeindeAgs: '03241016', foundingYear: 2009, foundingDate: '2009-06-10', orgForm: G, population: 24000, plz: '31319', notes: 'Bündniserklärung vom 10.06.2009 ✓; Auflösung ⚠ Demo' }),
  a({ key: 'bueckeburg', real: true, name: 'Bündnis für Familie Bückeburg', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '03257', gemeindeAgs: '03257009', foundingYear: 2010, orgForm: G, population: 20000, plz: '31675', notes: 'Markt der Möglichkeiten 24.10.2009, Planungstreffen 2010 mit dem Servicebüro Bonn, Lenkungsgruppe ✓' }),
  a({ key: 'neu-wulmstorf', real: true, name: 'Lokales Bündnis für Familie Neu Wulmstorf', shortName: null, status: 'AKTIV', level: 'GEMEINDE', kreisAgs: '03353', gemeindeAgs: '03353026', foundingYear: 2007, orgForm: G, population: 21000, plz: '21629', reactivation: { dormantOn: '2017-01-01', reactivatedOn: '2022-07-04', reason: 'Neustart des Bündnisses mit Auftaktveranstaltung am 04.07.2022' }, notes: 'Re-Start 04.07.2022 ✓; Gründungsjahr und Ruhephase ⚠' }),
  a({ key: 'rosengarten', real: true, name: 'Lokales Bündnis für Familie Rosengarten', shortName: null, status: 'AUFGELOEST', level: 'GEMEINDE', kreisAgs: '03353', gemeindeAgs: '03353029', foundingYear: 2010, orgForm: 'LOSES_NETZWERK', population: 13000, plz: '21224' }),
  a({ key: 'lilienthal', real: true, name: 'Bündnis für Familie Lilienthal', shortName: null, status: 'RUHEND', level: 'GEMEINDE', kreisAgs: '03356', gemeindeAgs: '03356005', foundingYear: 2009, orgForm: G, population: 19000, plz: '28865' }),
  a({ key: 'ottersberg', real: true, name: 'Lokales Bündnis für Familie Ottersberg', shortName: null, status: 'AUFGELOEST', level: 'GEMEINDE', kreisAgs: '03361', gemeindeAgs: '03361008', foundingYear: 2009, orgForm: 'LOSES_NETZWERK', population: 13000, plz: '28870', notes: 'Gründung mit zwei Mitarbeiterinnen des Servicebüros ✓' }),
  a({ key: 'einbeck', real: true, name: 'Bündnis für Familie Einbeck', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '03155', gemeindeAgs: '03155013', foundingYear: 2008, orgForm: K, population: 31000, plz: '37574' }),
  // ── Nordrhein-Westfalen ──────────────────────────────────────────────────────────────────────
  a({ key: 'sendenhorst', real: true, name: 'Lokales Bündnis für Familie Sendenhorst', shortName: 'Bündnis Sendenhorst', status: 'AKTIV', level: 'STADT', kreisAgs: '05570', gemeindeAgs: '05570040', foundingYear: 2008, orgForm: G, population: 13000, paidHours: 8, plz: '48324', notes: 'Unterzeichnung der gemeinsamen Erklärung mit örtlichen KMU ✓ (Datum ⚠); Netzwerk FAMM Münsterland ✓' }),
  a({ key: 'duesseldorf', real: true, name: 'Familientisch Düsseldorf – Lokales Bündnis für Familie', shortName: 'Familientisch', status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '05111', gemeindeAgs: '05111000', foundingYear: 1999, joinedInitiativeOn: '2004-10-01', orgForm: K, population: 620000, paidHours: 30, plz: '40213', notes: 'Seit über 25 Jahren; Randzeitenbetreuung, Wiedereinstieg ✓; Beitritt zur Bundesinitiative ⚠' }),
  a({ key: 'bad-honnef', real: true, name: 'Hauptsache Familie – Bündnis für Bad Honnef', shortName: 'Hauptsache Familie', status: 'AKTIV', level: 'STADT', kreisAgs: '05382', gemeindeAgs: '05382008', foundingYear: 2009, foundingDate: '2009-10-24', orgForm: 'EINGETRAGENER_VEREIN', population: 26000, paidHours: 0, plz: '53604', notes: 'Ehrenamtlicher Förderverein ohne bezahlte Koordination ✓; Bündnis des Monats Februar 2018 ✓' }),
  a({ key: 'bocholt', real: true, name: 'Lokales Bündnis für Familie Bocholt', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '05554', gemeindeAgs: '05554008', foundingYear: 2005, orgForm: K, population: 71000, plz: '46395', notes: 'Bündnis des Monats Juni 2015; lokaler Unternehmenspreis BAFF ✓' }),
  a({ key: 'schwerte', real: true, name: 'Bündnis für Familie Schwerte', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '05978', gemeindeAgs: '05978028', foundingYear: 2006, orgForm: G, population: 46000, plz: '58239', notes: 'Bündnis des Monats April (Jahr ⚠); unternehmensgestützte Kita ✓' }),
  a({ key: 'guetersloh', real: true, name: 'Bündnis für Familie im Kreis Gütersloh', shortName: 'Kreis Gütersloh', status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '05754', gemeindeAgs: null, foundingYear: 2005, foundingDate: '2005-12-13', orgForm: 'FREIER_TRAEGER', population: 365000, paidHours: 20, towns: [['05754008', '33330'], ['05754028', '33378'], ['05754012', '33790'], ['05754044', '33415']], notes: '250. Lokales Bündnis am 13.12.2005; Koordination mit der Bertelsmann Stiftung ✓' }),
  a({ key: 'luedenscheid', real: true, name: 'Lokales Bündnis für Familie Lüdenscheid', shortName: null, status: 'AUFGELOEST', level: 'STADT', kreisAgs: '05962', gemeindeAgs: '05962032', foundingYear: 2006, foundingDate: '2006-05-31', orgForm: G, population: 72000, plz: '58507', notes: 'Gründungsmitglieder: Agentur für Arbeit, Wohlfahrtsverbände, Kirchen, SIHK, Stadt ✓' }),
  a({ key: 'herzogenrath', real: true, name: 'Bündnis für Familie Herzogenrath', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '05334', gemeindeAgs: '05334016', foundingYear: 2007, orgForm: K, population: 46000, paidHours: 10, plz: '52134', notes: 'Neuer Partner unterzeichnet die Bündnisvereinbarung beim Neujahrsempfang 11.01.2019 ✓' }),
  a({ key: 'lennestadt', real: true, name: 'Lokales Bündnis für Familie Lennestadt', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '05966', gemeindeAgs: '05966020', foundingYear: 2007, orgForm: K, population: 25000, plz: '57368', notes: 'Ideenwettbewerb 2011: ausgezeichnet für Ferien- und Notfallbetreuung ✓' }),
  a({ key: 'essen', real: true, name: 'Bündnis für Familie Essen', shortName: null, status: 'RUHEND', level: 'KREISFREIE_STADT', kreisAgs: '05113', gemeindeAgs: '05113000', foundingYear: 2005, orgForm: K, population: 580000, plz: '45127' }),
  a({ key: 'billerbeck', real: true, name: 'Lokales Bündnis für Familie Billerbeck', shortName: null, status: 'AUFGELOEST', level: 'STADT', kreisAgs: '05558', gemeindeAgs: '05558008', foundingYear: 2008, orgForm: 'LOSES_NETZWERK', population: 11600, plz: '48727' }),
  // ── Hessen (drei mittelhessische Bündnisse) ──────────────────────────────────────────────────
  a({ key: 'lahn-dill', real: true, name: 'Bündnis für Familie Lahn-Dill', shortName: 'Lahn-Dill', status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '06532', gemeindeAgs: null, foundingYear: 2006, orgForm: G, population: 253000, paidHours: 15, towns: [['06532023', '35578'], ['06532006', '35683'], ['06532012', '35745']], notes: 'IHK Lahn-Dill als Mitgründerin ✓; Gründungsjahr ⚠' }),
  a({ key: 'giessen', real: true, name: 'Lokales Bündnis für Familie Gießen', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '06531', gemeindeAgs: '06531005', foundingYear: 2007, orgForm: K, population: 90000, paidHours: 12, plz: '35390', notes: 'Bündnis in Mittelhessen ⚠ plausibel (Quelle nennt drei mittelhessische Bündnisse)' }),
  a({ key: 'limburg-weilburg', real: true, name: 'Bündnis für Familie im Landkreis Limburg-Weilburg', shortName: null, status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '06533', gemeindeAgs: null, foundingYear: 2008, orgForm: K, population: 172000, paidHours: 10, towns: [['06533009', '65549'], ['06533017', '35781'], ['06533007', '65589']], notes: 'Bündnis in Mittelhessen ⚠ plausibel' }),
  // ── Rheinland-Pfalz ──────────────────────────────────────────────────────────────────────────
  a({ key: 'koblenz', real: true, name: 'Koblenzer Bündnis für Familie', shortName: null, status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '07111', gemeindeAgs: '07111000', foundingYear: 2005, orgForm: K, population: 113000, paidHours: 20, plz: '56068', notes: 'Siegel „Ausgezeichnetes Bündnis“ 2023 ⚠; Koordinatorin zugleich Mentorin (2021) ✓' }),
  a({ key: 'speyer', real: true, name: 'Runder Tisch „Lokales Bündnis für Familie“ Speyer', shortName: 'Runder Tisch Speyer', status: 'RUHEND', level: 'KREISFREIE_STADT', kreisAgs: '07318', gemeindeAgs: '07318000', foundingYear: 2005, orgForm: 'LOSES_NETZWERK', population: 50000, plz: '67346', notes: 'Bündnis des Monats Februar 2012 ✓' }),
  // ── Baden-Württemberg ────────────────────────────────────────────────────────────────────────
  a({ key: 'heidelberg', real: true, name: 'Bündnis für Familie Heidelberg', shortName: null, status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '08221', gemeindeAgs: '08221000', foundingYear: 2005, orgForm: K, population: 160000, paidHours: 25, plz: '69117', notes: 'Von Mentor:innen 2011/12 unterstützt ✓; Aktionstag 2021 Finalist ✓' }),
  a({ key: 'goeppingen', real: true, name: 'Bündnis für Familie Göppingen e.V.', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '08117', gemeindeAgs: '08117026', foundingYear: 2006, orgForm: 'EINGETRAGENER_VEREIN', population: 58000, paidHours: 6, plz: '73033', notes: 'Bündnis des Monats März 2019; Besuch der Ministerin am 11.05.2019 ✓' }),
  a({ key: 'bruchsal', real: true, name: 'Lokales Bündnis für Familie Bruchsal', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '08215', gemeindeAgs: '08215009', foundingYear: 2011, orgForm: K, population: 45000, paidHours: 10, plz: '76646', notes: 'Siegel 2024/25 ✓' }),
  a({ key: 'tuebingen', real: true, name: 'Bündnis für Familie Tübingen', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '08416', gemeindeAgs: '08416041', foundingYear: 2006, orgForm: K, population: 91000, paidHours: 15, plz: '72070', notes: 'Siegel 2025/26, Schwerpunkt Kinderarmut ✓' }),
  a({ key: 'leutkirch', real: true, name: 'Lokales Bündnis für Familie Leutkirch im Allgäu', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '08436', gemeindeAgs: '08436055', foundingYear: 2007, orgForm: G, population: 23000, plz: '88299' }),
  // ── Bayern ───────────────────────────────────────────────────────────────────────────────────
  a({ key: 'erlangen-hoechstadt', real: true, name: 'Bündnis für Familie im Landkreis Erlangen-Höchstadt', shortName: 'Familienbündnis ERH', status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '09572', gemeindeAgs: null, foundingYear: 2005, orgForm: K, population: 137000, paidHours: 15, towns: [['09572132', '91074'], ['09572135', '91315'], ['09572115', '91083']], notes: 'Kreisbündnis mit Zukunftswerkstatt ✓' }),
  a({ key: 'herzogenaurach', real: false, name: 'Familienbündnis Herzogenaurach', shortName: null, status: 'FUSIONIERT', level: 'STADT', kreisAgs: '09572', gemeindeAgs: '09572132', foundingYear: 2008, orgForm: 'LOSES_NETZWERK', population: 23000, plz: '91074', mergedIntoKey: 'erlangen-hoechstadt', notes: 'Synthetisch: Stadtbündnis, 2016 im Kreisbündnis aufgegangen (Überlappung Kreis/Gemeinde)' }),
  a({ key: 'berchtesgadener-land', real: false, name: 'Bündnis für Familie Berchtesgadener Land', shortName: null, status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '09172', gemeindeAgs: null, foundingYear: 2014, orgForm: 'FREIER_TRAEGER', population: 106000, paidHours: 8, towns: [['09172114', '83435'], ['09172118', '83395'], ['09172122', '83410']], notes: 'Synthetisch; Müttercafé-Idee nach dem Praxisbericht aus dem Berchtesgadener Land' }),
  // ── Saarland ─────────────────────────────────────────────────────────────────────────────────
  a({ key: 'saarbruecken', real: false, name: 'Saarbrücker Bündnis für Familie', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '10041', gemeindeAgs: '10041100', foundingYear: 2006, orgForm: K, population: 180000, paidHours: 15, plz: '66111', notes: 'Synthetisch (kein Bündnis im Saarland verifiziert)' }),
  a({ key: 'merzig', real: false, name: 'Initiative Familienbündnis Merzig', shortName: null, status: 'IN_GRUENDUNG', level: 'STADT', kreisAgs: '10042', gemeindeAgs: '10042113', foundingYear: null, firstContactOn: '2024-11-05', orgForm: 'LOSES_NETZWERK', population: 30000, plz: '66663', notes: 'Synthetisch' }),
  a({ key: 'st-ingbert', real: false, name: 'Familienfreundliches St. Ingbert (Interessenbekundung)', shortName: null, status: 'INTERESSENT', level: 'STADT', kreisAgs: '10045', gemeindeAgs: '10045117', foundingYear: null, firstContactOn: '2025-09-18', orgForm: 'SONSTIGE', population: 35000, plz: '66386', notes: 'Synthetisch' }),
  // ── Berlin ───────────────────────────────────────────────────────────────────────────────────
  a({ key: 'berlin', real: true, name: 'Berliner Bündnis für Familie', shortName: null, status: 'AKTIV', level: 'LAND', kreisAgs: '11000', gemeindeAgs: '11000000', foundingYear: 2005, orgForm: 'FREIER_TRAEGER', population: 3700000, paidHours: 20, plz: '10117', notes: 'Gründungserklärung November 2005, rund 80 Unterstützer ✓' }),
  a({ key: 'charlottenburg', real: true, name: 'Lokales Bündnis für Familie Charlottenburg-Wilmersdorf', shortName: null, status: 'RUHEND', level: 'STADTBEZIRK', kreisAgs: '11000', gemeindeAgs: '11000000', districtPart: 'Charlottenburg-Wilmersdorf', foundingYear: 2004, orgForm: K, population: 340000, plz: '10585', notes: 'Erstes Berliner Bündnis, April 2004; VAMV als Partner ✓' }),
  // ── Brandenburg ──────────────────────────────────────────────────────────────────────────────
  a({ key: 'koenigs-wusterhausen', real: true, name: 'Lokales Bündnis für Familie Königs Wusterhausen', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '12061', gemeindeAgs: '12061260', foundingYear: 2005, orgForm: G, population: 38000, paidHours: 10, plz: '15711', notes: 'Siegel 2025/26; 20 Jahre, rund 100 Partner; Koordinierungsgruppe mit Sprecherin ✓' }),
  a({ key: 'neuenhagen', real: true, name: 'Lokales Bündnis für Familie Neuenhagen bei Berlin', shortName: null, status: 'AKTIV', level: 'GEMEINDE', kreisAgs: '12064', gemeindeAgs: '12064336', foundingYear: 2006, orgForm: G, population: 19000, paidHours: 5, plz: '15366', notes: 'Siegel 2025/26 ✓' }),
  a({ key: 'michendorf', real: true, name: 'Lokales Bündnis für Familie Michendorf', shortName: null, status: 'AKTIV', level: 'GEMEINDE', kreisAgs: '12069', gemeindeAgs: '12069397', foundingYear: 2014, orgForm: G, population: 13000, paidHours: 4, plz: '14552', notes: 'Siegel 2025/26 ✓' }),
  a({ key: 'forst', real: true, name: 'Lokales Bündnis für Familie Forst (Lausitz)', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '12071', gemeindeAgs: '12071076', foundingYear: 2008, foundingDate: '2008-05-22', orgForm: G, population: 18000, plz: '03149', notes: 'Gründungsurkunde am 22. Mai (Jahr ⚠ ~2008), Initiativgruppe mit 17 Mitgliedern, BARMER ✓' }),
  a({ key: 'eberswalde', real: true, name: 'Lokales Bündnis für Familie Eberswalde', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '12060', gemeindeAgs: '12060052', foundingYear: 2006, orgForm: K, population: 42000, paidHours: 8, plz: '16225', notes: 'Aktionstag 2021 Finalist ✓' }),
  a({ key: 'bernau', real: true, name: 'Lokales Bündnis für Familie Bernau bei Berlin', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '12060', gemeindeAgs: '12060020', foundingYear: 2007, orgForm: G, population: 40000, plz: '16321', notes: 'Umfrage zu Partnerangeboten ✓' }),
  a({ key: 'petershagen', real: true, name: 'Lokales Bündnis für Familie Petershagen/Eggersdorf', shortName: null, status: 'AUFGELOEST', level: 'GEMEINDE', kreisAgs: '12064', gemeindeAgs: '12064380', foundingYear: 2008, orgForm: 'LOSES_NETZWERK', population: 16000, plz: '15370' }),
  // ── Mecklenburg-Vorpommern ───────────────────────────────────────────────────────────────────
  a({ key: 'ruegen', real: false, name: 'Bündnis für Familie Rügen', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '13073', gemeindeAgs: '13073010', foundingYear: 2008, orgForm: 'FREIER_TRAEGER', population: 13000, paidHours: 6, plz: '18528', notes: 'Synthetisch (Rügen als Pilot 2008 erwähnt ⚠)' }),
  a({ key: 'rostock', real: false, name: 'Familienbündnis Rostock (in Gründung)', shortName: null, status: 'IN_GRUENDUNG', level: 'KREISFREIE_STADT', kreisAgs: '13003', gemeindeAgs: '13003000', foundingYear: null, firstContactOn: '2024-06-11', orgForm: G, population: 209000, plz: '18055', notes: 'Synthetisch' }),
  // ── Sachsen ──────────────────────────────────────────────────────────────────────────────────
  a({ key: 'chemnitz', real: true, name: 'Bündnis für Familie Chemnitz', shortName: null, status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '14511', gemeindeAgs: '14511000', foundingYear: 2006, orgForm: K, population: 246000, paidHours: 20, plz: '09111' }),
  a({ key: 'annaberg', real: true, name: 'Lokales Bündnis für Familie Annaberg-Buchholz', shortName: null, status: 'AUFGELOEST', level: 'STADT', kreisAgs: '14521', gemeindeAgs: '14521020', foundingYear: 2008, orgForm: 'LOSES_NETZWERK', population: 19500, plz: '09456' }),
  // ── Sachsen-Anhalt ───────────────────────────────────────────────────────────────────────────
  a({ key: 'boerde', real: true, name: 'Netzwerk Familie im Landkreis Börde', shortName: 'Netzwerk Familie Börde', status: 'AKTIV', level: 'LANDKREIS', kreisAgs: '15083', gemeindeAgs: null, foundingYear: 2012, orgForm: K, population: 171000, paidHours: 8, towns: [['15083270', '39340'], ['15083415', '39387'], ['15083298', '39167'], ['15083040', '39179'], ['15083565', '39326']], reactivation: { dormantOn: '2015-06-30', reactivatedOn: '2019-03-26', reason: 'Reaktivierung durch den Netzwerk-Fachtag „Helfende Hände für junge Familien“ in Haldensleben' }, notes: 'Gegründet 2012, ruhend, 2019 reaktiviert ✓ (Beginn der Ruhephase ⚠)' }),
  a({ key: 'stendal', real: true, name: 'Lokales Bündnis für Familie im Landkreis Stendal', shortName: null, status: 'RUHEND', level: 'LANDKREIS', kreisAgs: '15090', gemeindeAgs: null, foundingYear: 2007, orgForm: K, population: 110000, towns: [['15090535', '39576'], ['15090550', '39590'], ['15090415', '39606']], notes: 'Handlungsfelder: Unternehmenspolitik, Alleinerziehende, Kinderbetreuung, Pflege, Migration ✓' }),
  // ── Schleswig-Holstein ───────────────────────────────────────────────────────────────────────
  a({ key: 'heide', real: true, name: 'Lokales Bündnis für Familie Heide', shortName: null, status: 'AKTIV', level: 'STADT', kreisAgs: '01051', gemeindeAgs: '01051044', foundingYear: 2008, orgForm: G, population: 22000, paidHours: 8, plz: '25746', notes: 'Seit 2008, über 40 Partner, Siegel 2024/25 ✓' }),
  a({ key: 'uetersen', real: true, name: 'Lokales Bündnis für Familie Uetersen', shortName: null, status: 'RUHEND', level: 'STADT', kreisAgs: '01056', gemeindeAgs: '01056049', foundingYear: 2008, foundingDate: '2008-06-02', orgForm: G, population: 18000, plz: '25436' }),
  a({ key: 'neumuenster', real: true, name: 'Bündnis für Familie Neumünster', shortName: null, status: 'RUHEND', level: 'KREISFREIE_STADT', kreisAgs: '01004', gemeindeAgs: '01004000', foundingYear: 2006, orgForm: G, population: 80000, plz: '24534', notes: 'Lenkungsgruppe seit 2006 mit Ratsfraktionen und Verwaltung ✓' }),
  // ── Hamburg, Bremen, Thüringen (synthetisch) ─────────────────────────────────────────────────
  a({ key: 'altona', real: false, name: 'Familienbündnis Hamburg-Altona', shortName: null, status: 'AKTIV', level: 'STADTBEZIRK', kreisAgs: '02000', gemeindeAgs: '02000000', districtPart: 'Bezirk Altona', foundingYear: 2007, orgForm: 'FREIER_TRAEGER', population: 275000, paidHours: 12, plz: '22765', notes: 'Synthetisch (kein Hamburger Bündnis verifiziert)' }),
  a({ key: 'harburg', real: false, name: 'Familiennetz Hamburg-Harburg (Interesse)', shortName: null, status: 'INTERESSENT', level: 'STADTBEZIRK', kreisAgs: '02000', gemeindeAgs: '02000000', districtPart: 'Bezirk Harburg', foundingYear: null, firstContactOn: '2025-03-03', orgForm: 'SONSTIGE', population: 170000, plz: '21073', notes: 'Synthetisch' }),
  a({ key: 'bremen', real: false, name: 'Bremer Bündnis für Familie', shortName: null, status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '04011', gemeindeAgs: '04011000', foundingYear: 2006, orgForm: 'FREIER_TRAEGER', population: 570000, paidHours: 15, plz: '28195', notes: 'Synthetisch (kein Bremer Bündnis verifiziert)' }),
  a({ key: 'bremerhaven', real: false, name: 'Familienbündnis Bremerhaven (in Gründung)', shortName: null, status: 'IN_GRUENDUNG', level: 'KREISFREIE_STADT', kreisAgs: '04012', gemeindeAgs: '04012000', foundingYear: null, firstContactOn: '2025-01-20', orgForm: G, population: 113000, plz: '27568', notes: 'Synthetisch' }),
  a({ key: 'jena', real: false, name: 'Lokales Bündnis für Familie Jena', shortName: null, status: 'AKTIV', level: 'KREISFREIE_STADT', kreisAgs: '16053', gemeindeAgs: '16053000', foundingYear: 2008, orgForm: 'FREIER_TRAEGER', population: 110000, paidHours: 12, plz: '07743', notes: 'Synthetisch (Jena als Pilot 2008 erwähnt ⚠); Partner aus dem Familienzentrum und dem Zentrum für Familie und Alleinerziehende' }),
  a({ key: 'weimar', real: false, name: 'Familienbündnis Weimar (in Gründung)', shortName: null, status: 'IN_GRUENDUNG', level: 'KREISFREIE_STADT', kreisAgs: '16055', gemeindeAgs: '16055000', foundingYear: null, firstContactOn: '2024-09-02', orgForm: G, population: 65000, plz: '99423', notes: 'Synthetisch' }),
  a({ key: 'erfurt', real: false, name: 'Erfurter Familiennetz (Interessenbekundung)', shortName: null, status: 'INTERESSENT', level: 'KREISFREIE_STADT', kreisAgs: '16051', gemeindeAgs: '16051000', foundingYear: null, firstContactOn: '2025-10-07', orgForm: 'SONSTIGE', population: 213000, plz: '99084', notes: 'Synthetisch' }),
];
