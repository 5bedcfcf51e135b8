import type { Rng } from './prng';

/** German name material for the synthetic data set (umlauts, ß and hyphens on purpose). */

export const FIRST_NAMES_F = ['Anna', 'Jürgen', 'Maria', 'Sabine', 'Petra', 'Ursula', 'Käthe', 'Jörg', 'Bärbel', 'Heike', 'Claudia', 'Andrea', 'Susanne', 'Birgit', 'Gülay', 'Anne-Kathrin', 'Lea', 'Sophie', 'Marie-Luise', 'Özlem', 'Franziska', 'Doris', 'Renée'];
export const FIRST_NAMES_M = ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Jörg', 'Uwe', 'Klaus', 'Hans-Peter', 'Björn', 'Sören', 'Günther', 'Jürgen', 'Matthias', 'Karl-Heinz', 'Tobias', 'Mehmet', 'Lukas', 'Jan', 'Florian', 'Dirk', 'Rüdiger'];
export const LAST_NAMES = [
  'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer',
  'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange',
  'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann', 'König',
  'Walter', 'Mayer', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Lang', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Keller', 'Voß',
  'Groß', 'Strauß', 'Jäger', 'Böhm', 'Günther', 'Yılmaz', 'Kowalski', 'Schulte-Döinghaus', 'Meyer-Lüerßen', 'Brückner',
];
/** Spelling variants of "Müller" so that a fuzzy search for "mueller" finds hits. */
export const MUELLER_VARIANTS = ['Müller', 'Müller', 'Müller', 'Mueller', 'MÜLLER', 'Müller-Lüdenscheidt', 'Mueller-Voß'];

const INDUSTRY = ['Bau', 'Elektrotechnik', 'Metallbau', 'Haustechnik', 'Logistik', 'Software', 'Druck', 'Holzbau', 'Maschinenbau', 'Gartenbau'];
const SAINTS = ['Martin', 'Marien', 'Johannes', 'Nikolai', 'Petri', 'Elisabeth', 'Georg', 'Michael'];
const KITA_NAMES = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Löwenzahn', 'Zwergenstübchen', 'Wirbelwind', 'Märchenland', 'Spatzennest'];
const CLUB_TOPICS = ['Familie und Beruf', 'Kinder- und Jugendförderung', 'Frühe Hilfen', 'Nachbarschaftshilfe', 'Bürgerstiftung', 'Großeltern-Patenschaften', 'Väterarbeit', 'Alleinerziehende'];
const DISTRICTS = ['Nord', 'Süd', 'Ost', 'West', 'Mitte', 'Altstadt', 'Weststadt', 'Südstadt'];

/** A surname, with a ~2 % share of Müller variants when requested by the caller's draw. */
export function lastName(rng: Rng, mueller: boolean): string {
  return mueller ? rng.pick(MUELLER_VARIANTS) : rng.pick(LAST_NAMES);
}

/** An organisation name that fits its actor type; `owner` is a surname used by companies and foundations. */
export function organisationName(rng: Rng, actorType: string, city: string, owner: string): { name: string; legalForm: string | null } {
  const district = rng.pick(DISTRICTS);
  switch (actorType) {
    case 'UNTERNEHMEN': {
      const variant = rng.int(0, 5);
      if (variant === 0) return { name: `${owner} ${rng.pick(INDUSTRY)} GmbH`, legalForm: 'GmbH' };
      if (variant === 1) return { name: `${owner} & Söhne GmbH & Co. KG`, legalForm: 'GmbH & Co. KG' };
      if (variant === 2) return { name: `Bäckerei ${owner}`, legalForm: 'Einzelunternehmen' };
      if (variant === 3) return { name: `Stadtwerke ${city} GmbH`, legalForm: 'GmbH' };
      if (variant === 4) return { name: `Sparkasse ${city}-${district}`, legalForm: 'Anstalt des öffentlichen Rechts' };
      return { name: `${owner} ${rng.pick(INDUSTRY)}-Service OHG`, legalForm: 'OHG' };
    }
    case 'KAMMER': return { name: rng.chance(0.5) ? `Handwerkskammer ${city}` : `IHK ${city} – Geschäftsstelle ${district}`, legalForm: 'Körperschaft des öffentlichen Rechts' };
    case 'WIRTSCHAFTSVERBAND': return { name: `Unternehmerverband ${city} e.V.`, legalForm: 'e.V.' };
    case 'GEWERKSCHAFT': return { name: `DGB-Ortsverband ${city}`, legalForm: null };
    case 'WIRTSCHAFTSFOERDERUNG': return { name: `Wirtschaftsförderungsgesellschaft ${city} mbH`, legalForm: 'GmbH' };
    case 'GEMEINDE_STADT': return { name: `Stadt ${city} – Amt für Jugend, Familie und Soziales`, legalForm: 'Gebietskörperschaft' };
    case 'LANDKREIS': return { name: `Landkreis ${city} – Fachbereich Jugend`, legalForm: 'Gebietskörperschaft' };
    case 'JOBCENTER': return { name: `Jobcenter ${city}`, legalForm: null };
    case 'AGENTUR_FUER_ARBEIT': return { name: `Agentur für Arbeit ${city} – Beauftragte für Chancengleichheit`, legalForm: null };
    case 'LANDESBEHOERDE': return { name: `Landesjugendamt – Außenstelle ${city}`, legalForm: null };
    case 'LEADER_LAG': return { name: `LAG ${city}er Land e.V.`, legalForm: 'e.V.' };
    case 'KRANKENKASSE': return { name: `AOK – Geschäftsstelle ${city}`, legalForm: 'Körperschaft des öffentlichen Rechts' };
    case 'RAT_FRAKTION_PARTEI': return { name: `Ratsfraktion ${city} – Arbeitskreis Familie`, legalForm: null };
    case 'WOHLFAHRTSVERBAND': {
      const names = [`AWO Kreisverband ${city} e.V.`, `Caritasverband für ${city} e.V.`, `Diakonisches Werk ${city} gGmbH`, `DRK-Ortsverein ${city} e.V.`, `Der Paritätische – Kreisgruppe ${city}`];
      const name = rng.pick(names);
      return { name, legalForm: name.endsWith('gGmbH') ? 'gGmbH' : name.endsWith('e.V.') ? 'e.V.' : null };
    }
    case 'KIRCHE': return { name: rng.chance(0.5) ? `Ev.-luth. Kirchengemeinde St. ${rng.pick(SAINTS)} ${city}` : `Kath. Pfarrei St. ${rng.pick(SAINTS)} ${city}`, legalForm: 'Körperschaft des öffentlichen Rechts' };
    case 'STIFTUNG': return { name: `${owner}-Stiftung für Familie und Jugend ${city}`, legalForm: 'Stiftung bürgerlichen Rechts' };
    case 'SELBSTHILFE_INTERESSENVERBAND': return { name: `Verband alleinerziehender Mütter und Väter – OV ${city} e.V.`, legalForm: 'e.V.' };
    case 'FAMILIENZENTRUM': return rng.chance(0.5)
      ? { name: `Familienzentrum ${city}-${district} gGmbH`, legalForm: 'gGmbH' }
      : { name: `Mehrgenerationenhaus ${city} e.V.`, legalForm: 'e.V.' };
    case 'KITA_TAGESPFLEGE': return rng.chance(0.5)
      ? { name: `Kita „${rng.pick(KITA_NAMES)}“ ${city}`, legalForm: null }
      : { name: `Ev. Kindertagesstätte St. ${rng.pick(SAINTS)} gGmbH`, legalForm: 'gGmbH' };
    case 'SCHULE': return { name: `Grundschule ${city}-${district}`, legalForm: null };
    case 'HOCHSCHULE': return { name: `Hochschule ${city} – Fachbereich Soziale Arbeit`, legalForm: 'Körperschaft des öffentlichen Rechts' };
    case 'GESUNDHEIT_PFLEGE': return { name: `Klinikum ${city} gGmbH – Elternschule`, legalForm: 'gGmbH' };
    case 'MEDIEN': return { name: `${city}er Anzeiger – Lokalredaktion`, legalForm: 'GmbH' };
    case 'EINZELPERSON': return { name: `Familie ${owner}`, legalForm: null };
    case 'VEREIN_INITIATIVE': return { name: `Förderverein ${rng.pick(CLUB_TOPICS)} ${city} e.V.`, legalForm: 'e.V.' };
    default: return { name: `Initiative ${rng.pick(CLUB_TOPICS)} ${city}-${district}`, legalForm: null };
  }
}

/** Lower-case ASCII form for e-mail local parts. */
export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
