import { Random, slugify } from './prng';

/*
 * Name material for the demo seed. EVERY PERSON IN THE SEED IS FICTIONAL: last names are built
 * from obviously invented parts ("Musterfrau", "Beispielhuber", "Erfundenberg" …) so that nobody
 * can mistake a demo contact for a real person. Real names from the source articles are never used.
 */

export const FEMALE_FIRST_NAMES = [
  'Anna', 'Birgit', 'Carola', 'Dörte', 'Elif', 'Franziska', 'Gülay', 'Hanna', 'Ines', 'Jana', 'Katrin',
  'Lena', 'Maren', 'Nadine', 'Olga', 'Petra', 'Ronja', 'Sabine', 'Tülin', 'Ulrike', 'Verena', 'Wiebke',
  'Yasemin', 'Zoë', 'Agnieszka', 'Bärbel', 'Christiane', 'Daniela', 'Elke', 'Frauke', 'Gesa', 'Heike',
  'Ilka', 'Jördis', 'Kerstin', 'Larissa', 'Mareike', 'Nicole', 'Özlem', 'Pia', 'Renate', 'Svenja',
  'Tanja', 'Ute', 'Vanessa', 'Wenke', 'Annegret', 'Sünje', 'Mia', 'Sophie',
] as const;

export const MALE_FIRST_NAMES = [
  'Andreas', 'Björn', 'Christian', 'Dirk', 'Emre', 'Frank', 'Gregor', 'Heiko', 'Ingo', 'Jörg', 'Klaus',
  'Lars', 'Matthias', 'Nils', 'Olaf', 'Paul', 'Ralf', 'Stefan', 'Thorsten', 'Uwe', 'Volker', 'Wolfgang',
  'Yusuf', 'Jürgen', 'Arne', 'Bernd', 'Carsten', 'Detlef', 'Erik', 'Florian', 'Götz', 'Hauke', 'Jan',
  'Kai', 'Lukas', 'Marek', 'Niklas', 'Ole', 'Piotr', 'René', 'Sören', 'Timo', 'Malte', 'Henrik',
] as const;

/** Invented surname stems: each reads as a placeholder, not as a real family name. */
const SURNAME_STEMS = [
  'Muster', 'Beispiel', 'Erfunden', 'Fiktiv', 'Probe', 'Platzhalter', 'Erdacht', 'Ausgedacht', 'Übungs',
  'Demo', 'Vorlage', 'Entwurf', 'Fabel', 'Märchen', 'Phantasie', 'Testlauf', 'Modell', 'Schablonen',
  'Attrappen', 'Gedanken', 'Zufalls', 'Erzähl', 'Traumland', 'Blanko', 'Spielwiesen', 'Kulissen',
] as const;

const SURNAME_ENDINGS = [
  'mann', 'frau', 'huber', 'berg', 'hausen', 'meier', 'stein', 'bach', 'feld', 'köhler', 'brück', 'weiß',
  'groß', 'wald', 'hofer', 'lender', 'bauer', 'schmied',
] as const;

/** Surnames of the named story persons (mentors, staff, Fachtag speakers): never drawn at random. */
export const STORY_SURNAMES: ReadonlySet<string> = new Set([
  'Musterfrau-Beispiel', 'Erfunden', 'Fabelhuber', 'Beispielbach', 'Probestein', 'Entwurfmann', 'Demohuber', 'Vorlagenwald',
  'Märchenfeld', 'Attrappenhofer', 'Modellberg', 'Schablonenbauer', 'Vorlagenbach', 'Entwurfstein', 'Blankofeld',
  'Kulissenberg', 'Gedankenwald', 'Erzählhofer', 'Beispielköhler', 'Probefeld', 'Vorlagenmeier', 'Zufallshausen',
  'Erzählbach', 'Kulissenwald',
]);

/** All invented surnames for random persons, in a fixed order. */
export const FICTIONAL_SURNAMES: readonly string[] = SURNAME_STEMS.flatMap((stem) =>
  SURNAME_ENDINGS.map((ending) => `${stem}${ending}`),
).filter((name) => !STORY_SURNAMES.has(name));

export interface FictionalName {
  salutation: 'FRAU' | 'HERR' | 'DIVERS';
  firstName: string;
  lastName: string;
}

/** A fictional person name; about one in eight gets a double-barrelled (hyphenated) surname. */
export function fictionalName(rng: Random): FictionalName {
  const female = rng.chance(0.62);
  const divers = !female && rng.chance(0.02);
  const firstName = female ? rng.pick(FEMALE_FIRST_NAMES) : rng.pick(MALE_FIRST_NAMES);
  let lastName = rng.pick(FICTIONAL_SURNAMES);
  if (rng.chance(0.12)) {
    lastName = `${lastName}-${rng.pick(FICTIONAL_SURNAMES)}`;
  }
  return { salutation: divers ? 'DIVERS' : female ? 'FRAU' : 'HERR', firstName, lastName };
}

/** Business e-mail on a reserved example domain (RFC 2606). */
export function businessEmail(firstName: string, lastName: string, domain: string): string {
  return `${slugify(firstName)}.${slugify(lastName)}@${domain}`;
}

/**
 * Phone numbers from the blocks the Bundesnetzagentur keeps free for film and TV productions,
 * so no real line is ever shown. Deterministic per counter.
 */
const FICTION_PHONE_BLOCKS = ['+49 30 23125', '+49 69 90009', '+49 40 66969', '+49 221 4710', '+49 89 99998'] as const;
export function fictionPhone(counter: number): string {
  const block = FICTION_PHONE_BLOCKS[counter % FICTION_PHONE_BLOCKS.length];
  return `${block} ${String(counter % 1000).padStart(3, '0')}`;
}

export const STREET_NAMES = [
  'Hauptstraße', 'Bahnhofstraße', 'Schulstraße', 'Gartenstraße', 'Lange Straße', 'Kirchplatz', 'Marktplatz',
  'Lindenallee', 'Am Mühlenbach', 'Goethestraße', 'Schillerweg', 'Rathausstraße', 'Industriestraße',
  'Gewerbering', 'Parkstraße', 'Ringstraße', 'Am Anger', 'Friedhofsweg', 'Brückenstraße', 'Wiesengrund',
  'Dorfstraße', 'Mühlenweg', 'Am Sportplatz', 'Kastanienweg', 'Ahornstraße', 'Uferstraße',
] as const;

export function streetAddress(rng: Random): string {
  return `${rng.pick(STREET_NAMES)} ${rng.int(1, 120)}${rng.chance(0.1) ? rng.pick(['a', 'b']) : ''}`;
}

/** Trades for small and medium-sized companies: [name prefix, industry]. */
export const TRADES: readonly (readonly [string, string])[] = [
  ['Bäckerei', 'Lebensmittelhandwerk'],
  ['Fleischerei', 'Lebensmittelhandwerk'],
  ['Tischlerei', 'Holzhandwerk'],
  ['Schreinerei', 'Holzhandwerk'],
  ['Elektro', 'Elektrohandwerk'],
  ['Sanitär- und Heizungsbau', 'Sanitär, Heizung, Klima'],
  ['Malerbetrieb', 'Ausbauhandwerk'],
  ['Dachdeckerei', 'Bauhandwerk'],
  ['Autohaus', 'Kfz-Handel und -Werkstatt'],
  ['Steuerberatung', 'Freie Berufe'],
  ['Ingenieurbüro', 'Freie Berufe'],
  ['Druckerei', 'Druck und Medien'],
  ['Gärtnerei', 'Gartenbau'],
  ['Optik', 'Gesundheitshandwerk'],
  ['Hörakustik', 'Gesundheitshandwerk'],
  ['Friseursalon', 'Dienstleistungen'],
  ['Gebäudereinigung', 'Dienstleistungen'],
  ['Spedition', 'Logistik'],
  ['Softwarehaus', 'IT-Dienstleistungen'],
  ['Metallbau', 'Metallhandwerk'],
  ['Landgasthof', 'Gastgewerbe'],
  ['Hotel', 'Gastgewerbe'],
  ['Pflegedienst', 'Ambulante Pflege'],
];

export const SMALL_LEGAL_FORMS = ['GmbH', 'GmbH & Co. KG', 'e.K.', 'KG', 'OHG', 'GbR'] as const;

/** Made-up brand words for larger companies (no real brand intended). */
export const BRAND_WORDS = [
  'Fabelwerk', 'Mustertec', 'Beispielbau', 'Probatec', 'Vorlagenwerke', 'Entwurfia', 'Modelltechnik',
  'Schablonix', 'Zufallswerk', 'Erdachtmetall', 'Phantasiepack', 'Blankotronic',
] as const;

export const LARGE_COMPANY_KINDS: readonly (readonly [string, string])[] = [
  ['Maschinenbau AG', 'Maschinenbau'],
  ['Kunststofftechnik GmbH', 'Kunststoffverarbeitung'],
  ['Logistik GmbH', 'Logistik'],
  ['Verpackungen GmbH & Co. KG', 'Verpackungsindustrie'],
  ['Elektronik AG', 'Elektroindustrie'],
  ['Lebensmittel GmbH', 'Lebensmittelindustrie'],
];

export const KITA_NAMES = [
  'Sonnenschein', 'Regenbogen', 'Pusteblume', 'Kleine Strolche', 'Wirbelwind', 'Löwenzahn', 'Spatzennest',
  'Zwergenland', 'Sternschnuppe', 'Arche Noah', 'Purzelbaum', 'Schatzkiste', 'Grashüpfer', 'Bärenhöhle',
] as const;

export const SCHOOL_NAMES = [
  'Grundschule am Park', 'Grundschule Am Mühlenbach', 'Oberschule an der Lindenallee', 'Gesamtschule Süd',
  'Grundschule Nord', 'Realschule am Markt', 'Grundschule an der Schulstraße', 'Förderschule am Wiesengrund',
] as const;

export const CLUB_NAMES = [
  'Turn- und Sportverein', 'Elterninitiative Kinderzeit', 'Förderverein Familienfreundliche Stadt',
  'Heimat- und Bürgerverein', 'Spielmobil', 'Leihgroßeltern-Initiative', 'Väternetzwerk',
  'Initiative Willkommen für Familien', 'Musikschulverein', 'Nachbarschaftshilfe',
] as const;
