import type { DemoLookup } from '../support/demo-lookup';
import { sweep } from './sweep';

const ownAlliance = async (lookup: DemoLookup) => `/kalender/buendnis/${(await lookup.first('koordination', '/api/alliances')).id}`;

// Visiting only: creating a feed would change the demo data (and show a secret address in screenshots).
sweep('fachberatung', [{ name: 'Benachrichtigungen', url: '/benachrichtigungen', heading: 'Benachrichtigungen' }]);

sweep('koordination', [
  { name: 'Benachrichtigungen (Koordination)', url: '/benachrichtigungen', heading: 'Benachrichtigungen' },
  { name: 'Kalender › Bündnistermine abonnieren', url: ownAlliance, heading: 'Bündnistermine abonnieren' },
]);

sweep('mentor', [
  { name: 'Benachrichtigungen (Mentor:in)', url: '/benachrichtigungen', heading: 'Benachrichtigungen' },
  { name: 'Kalender › Eigene Einsatztermine abonnieren', url: '/kalender', heading: 'Eigene Einsatztermine abonnieren' },
]);
