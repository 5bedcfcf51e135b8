import type { DemoLookup } from '../support/demo-lookup';
import { calendarOpen, confirmation, invalidSubmit, selectOpen, sweep, type SweepState } from './sweep';
import { expect } from '@playwright/test';

const mentorProfile = async (lookup: DemoLookup) => (await lookup.first('fachberatung', '/api/mentors')).id;
/** The Haldensleben Fachtag of the demo data: participants, speakers, Nachlese. */
const event = async (lookup: DemoLookup) => (await lookup.first('fachberatung', '/api/events', { q: 'Fachtag' })).id;

/** The mentor's inline form for availability and gallery text. */
const availabilityForm: SweepState = {
  name: 'Verfügbarkeit bearbeiten',
  open: async (page) => {
    await page.getByRole('button', { name: 'Verfügbarkeit und Galerietext bearbeiten' }).click();
    await expect(page.getByRole('button', { name: 'Abbrechen' })).toBeVisible();
  },
  close: async (page) => {
    await page.getByRole('button', { name: 'Abbrechen' }).click();
  },
};

sweep('fachberatung', [
  { name: 'Mentor:innen › Galerie', url: '/mentorinnen', heading: 'Mentor:innen', states: [selectOpen('Fachgebiet')] },
  { name: 'Mentor:innen › Alle Profile', url: '/mentorinnen?ansicht=alle', heading: 'Mentor:innen' },
  { name: 'Mentor:innen › Neues Mentorprofil', url: '/mentorinnen/neu', heading: 'Neues Mentorprofil', states: [invalidSubmit()] },
  {
    name: 'Mentor:innen › Profil',
    url: async (lookup) => `/mentorinnen/${await mentorProfile(lookup)}`,
    states: [availabilityForm, confirmation('Archivieren')],
  },
  { name: 'Mentor:innen › Profil bearbeiten', url: async (lookup) => `/mentorinnen/${await mentorProfile(lookup)}/bearbeiten` },
  { name: 'Mentor:innen › unbekanntes Profil', url: '/mentorinnen/00000000-0000-4000-8000-000000000000', heading: /nicht gefunden/ },
  { name: 'Veranstaltungen › Liste', url: '/veranstaltungen', heading: 'Veranstaltungen', states: [calendarOpen()] },
  { name: 'Veranstaltungen › Kalender', url: '/veranstaltungen?ansicht=kalender', heading: 'Veranstaltungen' },
  { name: 'Veranstaltungen › Neue Veranstaltung', url: '/veranstaltungen/neu', heading: 'Neue Veranstaltung', states: [calendarOpen(), invalidSubmit()] },
  {
    name: 'Veranstaltungen › Detail',
    url: async (lookup) => `/veranstaltungen/${await event(lookup)}`,
    states: [confirmation('Archivieren')],
  },
  { name: 'Veranstaltungen › Bearbeiten', url: async (lookup) => `/veranstaltungen/${await event(lookup)}/bearbeiten` },
  { name: 'Veranstaltungen › unbekannte Veranstaltung', url: '/veranstaltungen/00000000-0000-4000-8000-000000000000', heading: /nicht gefunden/ },
]);

sweep('mentor', [
  { name: 'Mentor:innen › Galerie (Mentor:in)', url: '/mentorinnen', heading: 'Mentor:innen' },
  {
    name: 'Mentor:innen › eigenes Profil (Mentor:in)',
    url: async (lookup) => {
      const me = await lookup.first('mentor', '/api/mentors', { q: '' });
      return `/mentorinnen/${me.id}`;
    },
    states: [availabilityForm],
  },
  { name: 'Veranstaltungen › Liste (Mentor:in)', url: '/veranstaltungen', heading: 'Veranstaltungen' },
]);

sweep('koordination', [
  { name: 'Mentor:innen › Galerie (Koordination)', url: '/mentorinnen', heading: 'Mentor:innen' },
  { name: 'Veranstaltungen › Kalender (Koordination)', url: '/veranstaltungen?ansicht=kalender', heading: 'Veranstaltungen' },
]);
