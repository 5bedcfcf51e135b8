/**
 * Reference taxonomies (domain-research §1.7 and §2.3). Loaded by the ReferenceData migration.
 * Handlungsfelder are versioned: the canonical list KANON (HF01–HF12) plus the labels of the
 * historical versions A–D, each mapped onto canonical codes.
 */
export interface TaxonomyEntry {
  code: string;
  name: string;
}

export const CANONICAL_VERSION = 'KANON';

export const HANDLUNGSFELDER_KANON: readonly TaxonomyEntry[] = [
  { code: 'HF01', name: 'Vereinbarkeit von Familie und Beruf' },
  { code: 'HF02', name: 'Vereinbarkeit von Pflege und Beruf / Gesundheit und Pflege' },
  { code: 'HF03', name: 'Kinderbetreuung' },
  { code: 'HF04', name: 'Erziehungsverantwortung, Bildung, Familienbildung' },
  { code: 'HF05', name: 'Kommunale Familienzeitpolitik und familienfreundlicher Standort' },
  { code: 'HF06', name: 'Familienbewusste Unternehmens- und Personalpolitik' },
  { code: 'HF07', name: 'Familien mit geringem Einkommen / Kinderarmut' },
  { code: 'HF08', name: 'Alleinerziehende' },
  { code: 'HF09', name: 'Familien mit Flucht- und Migrationsgeschichte' },
  { code: 'HF10', name: 'Generationenübergreifende Zusammenarbeit' },
  { code: 'HF11', name: 'Bürgerschaftliches Engagement' },
  { code: 'HF12', name: 'Digitalisierung (Familien-Apps, digitale Angebote)' },
];

export interface HistoricalVersion {
  version: string;
  validFrom: string;
  validTo: string | null;
  fields: readonly (TaxonomyEntry & { mapsTo: readonly string[] })[];
}

export const HANDLUNGSFELD_VERSIONS: readonly HistoricalVersion[] = [
  {
    version: 'A',
    validFrom: '2008-01-01',
    validTo: '2012-12-31',
    fields: [
      { code: 'A1', name: 'Vereinbarkeit von Familie und Beruf', mapsTo: ['HF01'] },
      { code: 'A2', name: 'Kinderbetreuung', mapsTo: ['HF03'] },
      { code: 'A3', name: 'Weniger Zeitstress (Zeitpolitik)', mapsTo: ['HF05'] },
      { code: 'A4', name: 'Erziehungsverantwortung wahrnehmen', mapsTo: ['HF04'] },
      { code: 'A5', name: 'Familienfreundliches Lebensumfeld', mapsTo: ['HF05'] },
      { code: 'A6', name: 'Generationenübergreifende Zusammenarbeit', mapsTo: ['HF10'] },
      { code: 'A7', name: 'Gesundheit und Pflege', mapsTo: ['HF02'] },
    ],
  },
  {
    version: 'B',
    validFrom: '2014-01-01',
    validTo: '2021-12-31',
    fields: [
      { code: 'B1', name: 'Vereinbarkeit von Familie und Beruf', mapsTo: ['HF01'] },
      { code: 'B2', name: 'Kommunale Familienzeitpolitik und familienfreundlicher Standort', mapsTo: ['HF05'] },
      { code: 'B3', name: 'Kinderbetreuung', mapsTo: ['HF03'] },
      { code: 'B4', name: 'Erziehungsverantwortung und Bildung', mapsTo: ['HF04'] },
      { code: 'B5', name: 'Gesundheit, Pflege und generationenübergreifende Zusammenarbeit', mapsTo: ['HF02', 'HF10'] },
      { code: 'B6', name: 'Partnerschaftliche Aufgabenteilung in der Familie', mapsTo: ['HF01'] },
    ],
  },
  {
    version: 'C',
    validFrom: '2021-01-01',
    validTo: '2023-06-30',
    fields: [
      { code: 'C1', name: 'Vereinbarkeit', mapsTo: ['HF01'] },
      { code: 'C2', name: 'Kinderarmut / Familien mit geringem Einkommen', mapsTo: ['HF07'] },
      { code: 'C3', name: 'Alleinerziehende', mapsTo: ['HF08'] },
      { code: 'C4', name: 'Kinderbetreuung', mapsTo: ['HF03'] },
      { code: 'C5', name: 'Familien mit Flucht- und Migrationsgeschichte', mapsTo: ['HF09'] },
      { code: 'C6', name: 'Vereinbarkeit Beruf und Pflege', mapsTo: ['HF02'] },
      { code: 'C7', name: 'Familienfreundlichkeit lokaler Unternehmen', mapsTo: ['HF06'] },
      { code: 'C8', name: 'Willkommens-/Anerkennungskultur', mapsTo: ['HF05'] },
    ],
  },
  {
    version: 'D',
    validFrom: '2023-07-01',
    validTo: '2025-12-31',
    fields: [
      { code: 'D1', name: 'Vereinbarkeit von Familie, Pflege und Beruf', mapsTo: ['HF01', 'HF02'] },
      { code: 'D2', name: 'Kinderbetreuung', mapsTo: ['HF03'] },
      { code: 'D3', name: 'Familien mit geringen Einkommen', mapsTo: ['HF07'] },
      { code: 'D4', name: 'Familienbewusste Unternehmenspolitik', mapsTo: ['HF06'] },
    ],
  },
];

export const FACHGEBIETE: readonly (TaxonomyEntry & { description: string })[] = [
  { code: 'FG01', name: 'Bündnisgründung', description: 'Analyse der Rahmenbedingungen, Gründungsplan, Gründungsveranstaltung' },
  { code: 'FG02', name: 'Strukturen & Steuerung', description: 'Lenkungsgruppe, Geschäftsordnung, Vereinsgründung' },
  { code: 'FG03', name: 'Leitbild & gemeinsame Erklärung', description: 'Leitbild, Ziele, gemeinsame Erklärung' },
  { code: 'FG04', name: 'Unternehmen gewinnen', description: 'KMU, Kammern, familienbewusste Personalpolitik' },
  { code: 'FG05', name: 'Partnergewinnung Kommune/Politik/Verbände', description: 'Kommunen, Politik und Verbände gewinnen' },
  { code: 'FG06', name: 'Öffentlichkeitsarbeit', description: 'Presse, Social Media, Sichtbarkeit' },
  { code: 'FG07', name: 'Veranstaltungsplanung & Moderation', description: 'Workshop, Zukunftswerkstatt, Fachtag' },
  { code: 'FG08', name: 'Bedarfsanalyse & Befragungen', description: 'Bedarfe erheben, Befragungen auswerten' },
  { code: 'FG09', name: 'Finanzierung', description: 'Fördermittel (LEADER, ESF), Stiftungen, Sponsoring' },
  { code: 'FG10', name: 'Generationenwechsel', description: 'Nachwuchsgewinnung, Übergangsmanagement' },
  { code: 'FG11', name: 'Ehrenamtsmanagement', description: 'Ehrenamtliche gewinnen, begleiten, halten' },
  { code: 'FG12', name: 'Digitale Formate & Tools', description: 'Online-Formate, digitale Werkzeuge' },
];

export const ZIELGRUPPEN: readonly TaxonomyEntry[] = [
  { code: 'FAMILIEN', name: 'Familien allgemein' },
  { code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende' },
  { code: 'GERINGES_EINKOMMEN', name: 'Familien mit geringem Einkommen' },
  { code: 'MIGRATION', name: 'Familien mit Flucht-/Migrationsgeschichte' },
  { code: 'MUETTER_WIEDEREINSTIEG', name: 'Mütter (Wiedereinstieg)' },
  { code: 'VAETER', name: 'Väter' },
  { code: 'WERDENDE_ELTERN', name: 'Werdende Eltern / Familien mit Neugeborenen' },
  { code: 'KINDER_U3', name: 'Kinder unter 3 Jahren' },
  { code: 'KITA_KINDER', name: 'Kita-Kinder' },
  { code: 'SCHULKINDER', name: 'Schulkinder' },
  { code: 'JUGENDLICHE', name: 'Jugendliche' },
  { code: 'PFLEGENDE_ANGEHOERIGE', name: 'Pflegende Angehörige' },
  { code: 'SENIOREN', name: 'Großeltern/Senior:innen' },
  { code: 'KINDERREICHE_FAMILIEN', name: 'Mehrlings-/kinderreiche Familien' },
  { code: 'KINDER_MIT_BEHINDERUNG', name: 'Familien mit Kindern mit Behinderung' },
  { code: 'ARBEITGEBER', name: 'Arbeitgeber/Beschäftigte' },
  { code: 'FACHKRAEFTE', name: 'Fachkräfte/Multiplikator:innen' },
];
