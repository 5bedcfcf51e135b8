import type { DemoLookup } from '../support/demo-lookup';
import { confirmation, invalidSubmit, selectOpen, sweep } from './sweep';

const request = async (lookup: DemoLookup) => (await lookup.first('fachberatung', '/api/requests')).id;
const deployment = async (lookup: DemoLookup) => (await lookup.first('fachberatung', '/api/deployments')).id;

sweep('fachberatung', [
  { name: 'Anfragen › Liste', url: '/anfragen', heading: 'Anfragen', states: [selectOpen('Status')] },
  { name: 'Anfragen › Neue Anfrage', url: '/anfragen/neu', heading: 'Neue Anfrage', states: [invalidSubmit('Anfrage erfassen')] },
  { name: 'Anfragen › Detail', url: async (lookup) => `/anfragen/${await request(lookup)}`, states: [confirmation('Archivieren')] },
  { name: 'Anfragen › Bearbeiten', url: async (lookup) => `/anfragen/${await request(lookup)}/bearbeiten` },
  { name: 'Anfragen › unbekannte Anfrage', url: '/anfragen/00000000-0000-4000-8000-000000000000', heading: 'Anfrage nicht gefunden' },
  { name: 'Einsätze › Liste', url: '/einsaetze', heading: 'Einsätze' },
  { name: 'Einsätze › Detail', url: async (lookup) => `/einsaetze/${await deployment(lookup)}`, states: [confirmation('Archivieren')] },
  { name: 'Einsätze › Bearbeiten', url: async (lookup) => `/einsaetze/${await deployment(lookup)}/bearbeiten`, heading: 'Einsatz bearbeiten' },
  { name: 'Einsätze › unbekannter Einsatz', url: '/einsaetze/00000000-0000-4000-8000-000000000000', heading: 'Einsatz nicht gefunden' },
]);

sweep('koordination', [
  { name: 'Anfragen › Liste (Koordination)', url: '/anfragen', heading: 'Anfragen' },
  { name: 'Anfragen › Neue Anfrage (Koordination)', url: '/anfragen/neu', heading: 'Neue Anfrage' },
  { name: 'Einsätze › Liste (Koordination)', url: '/einsaetze', heading: 'Einsätze' },
]);

sweep('mentor', [
  { name: 'Anfragen › Liste (Mentor:in)', url: '/anfragen', heading: 'Anfragen' },
  { name: 'Einsätze › Liste (Mentor:in)', url: '/einsaetze', heading: 'Einsätze' },
  { name: 'Einsätze › Detail (Mentor:in)', url: async (lookup) => `/einsaetze/${(await lookup.first('mentor', '/api/deployments')).id}` },
]);
