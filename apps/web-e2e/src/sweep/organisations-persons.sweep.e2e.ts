import type { DemoLookup } from '../support/demo-lookup';
import { calendarOpen, confirmation, dialog, invalidSubmit, selectOpen, sweep, type SweepPage } from './sweep';

const baeckerei = async (lookup: DemoLookup) => (await lookup.named('fachberatung', '/api/organisations', 'Bäckerei Müller')).id;
/** A person with functions in an alliance (the first of the list). */
const person = async (lookup: DemoLookup) => (await lookup.first('fachberatung', '/api/persons')).id;

const organisationPages: SweepPage[] = [
  { name: 'Organisationen › Liste', url: '/organisationen', heading: 'Organisationen', states: [selectOpen('Sektor')] },
  { name: 'Organisationen › Liste ohne Treffer', url: '/organisationen?q=gibtesnichtxyz', heading: 'Organisationen' },
  { name: 'Organisationen › Neue Organisation', url: '/organisationen/neu', heading: 'Neue Organisation', states: [invalidSubmit()] },
  {
    name: 'Organisationen › Detail',
    url: async (lookup) => `/organisationen/${await baeckerei(lookup)}`,
    heading: 'Bäckerei Müller',
    states: [confirmation('Archivieren')],
  },
  { name: 'Organisationen › Bearbeiten', url: async (lookup) => `/organisationen/${await baeckerei(lookup)}/bearbeiten`, heading: /Bäckerei Müller|bearbeiten/ },
  { name: 'Organisationen › unbekannte Organisation', url: '/organisationen/00000000-0000-4000-8000-000000000000', heading: 'Organisation nicht gefunden' },
];

const personPages: SweepPage[] = [
  { name: 'Personen › Liste', url: '/personen', heading: 'Personen' },
  { name: 'Personen › Neue Person', url: '/personen/neu', heading: 'Neue Person', states: [calendarOpen(), invalidSubmit()] },
  {
    name: 'Personen › Detail',
    url: async (lookup) => `/personen/${await person(lookup)}`,
    states: [
      dialog('Funktion hinzufügen'),
      dialog('Einwilligung erfassen'),
      dialog(/Art\.-14-Information/, 'Dialog „Art.-14-Information“'),
      confirmation('Archivieren'),
    ],
  },
  { name: 'Personen › Bearbeiten', url: async (lookup) => `/personen/${await person(lookup)}/bearbeiten` },
  { name: 'Personen › unbekannte Person', url: '/personen/00000000-0000-4000-8000-000000000000', heading: 'Person nicht gefunden' },
];

sweep('fachberatung', [...organisationPages, ...personPages]);

sweep('koordination', [
  { name: 'Organisationen › Liste (Koordination)', url: '/organisationen', heading: 'Organisationen' },
  { name: 'Personen › Liste (Koordination)', url: '/personen', heading: 'Personen' },
  {
    name: 'Personen › Detail (Koordination)',
    url: async (lookup) => `/personen/${(await lookup.first('koordination', '/api/persons')).id}`,
  },
]);

sweep('leitung', [
  { name: 'Organisationen › Liste (Leitung)', url: '/organisationen', heading: 'Organisationen' },
  { name: 'Organisationen › Detail (Leitung)', url: async (lookup) => `/organisationen/${await baeckerei(lookup)}`, heading: 'Bäckerei Müller' },
  { name: 'Personen › Detail (Leitung)', url: async (lookup) => `/personen/${await person(lookup)}` },
]);
