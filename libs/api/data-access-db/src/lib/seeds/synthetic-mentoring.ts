import { DeploymentMode, DeploymentStatus, DeploymentType, RequestOccasion } from '@bn/shared/contracts';
import { AllianceInfo, SeedContext } from './context';
import { addEvent, addSpeaker, coordinatorOf } from './events';
import { FeedbackSpec, ReportSpec, SessionSpec, addDeployment, addRequest, proposeMentors, topCandidates } from './mentoring';
import { addDays } from './prng';

/*
 * Further synthetic requests and deployments up to the demo volumes (30 requests, 25 deployments),
 * spread over 2011–2025 with the mode split of domain-research §4.4 (until 2019 mostly on site or by
 * phone, from 2020 about half online) and a feedback rate of about two thirds (mean ≈ 4.3 of 5).
 */

export const TARGET_REQUESTS = 30;
export const TARGET_DEPLOYMENTS = 25;

/** [year, deployment status] of the synthetic deployments, oldest first. */
const PLAN: readonly (readonly [number, DeploymentStatus])[] = [
  [2011, 'ABGERECHNET'], [2012, 'ABGESCHLOSSEN'], [2012, 'ABGERECHNET'], [2013, 'ABGESCHLOSSEN'], [2013, 'ABGESCHLOSSEN'],
  [2014, 'ABGERECHNET'], [2015, 'ABGESCHLOSSEN'], [2016, 'ABGESCHLOSSEN'], [2017, 'ABGESCHLOSSEN'], [2018, 'ABGESCHLOSSEN'],
  [2021, 'ABGESCHLOSSEN'], [2022, 'FEEDBACK_ERHALTEN'], [2023, 'ABGESCHLOSSEN'], [2024, 'FEEDBACK_ANGEFRAGT'], [2025, 'BERICHT_FREIGEGEBEN'], [2025, 'DURCHGEFUEHRT'],
];

const TYPES_BY_OCCASION: Readonly<Record<RequestOccasion, readonly (readonly [DeploymentType, number])[]>> = {
  WEITERENTWICKLUNG: [['ERSTBERATUNG', 3], ['FOLGEBERATUNG', 2], ['ZUKUNFTSWERKSTATT', 2]],
  VERANSTALTUNG: [['FACHVORTRAG', 3], ['MODERATION', 2]],
  THEMATISCHE_BERATUNG: [['ERSTBERATUNG', 3], ['UNTERNEHMENSANSPRACHE', 2]],
  GENERATIONENWECHSEL: [['FOLGEBERATUNG', 1], ['ZUKUNFTSWERKSTATT', 1]],
  REAKTIVIERUNG: [['MODERATION', 1], ['ERSTBERATUNG', 1]],
  GRUENDUNG: [['GRUENDUNGSBEGLEITUNG', 1]],
};

const SPECIALTIES: Readonly<Record<DeploymentType, readonly string[]>> = {
  ERSTBERATUNG: ['FG02', 'FG03', 'FG05', 'FG06', 'FG08', 'FG09'],
  GRUENDUNGSBEGLEITUNG: ['FG01', 'FG07'],
  MODERATION: ['FG07', 'FG02'],
  FACHVORTRAG: ['FG04', 'FG06', 'FG09'],
  UNTERNEHMENSANSPRACHE: ['FG04', 'FG05'],
  ZUKUNFTSWERKSTATT: ['FG07', 'FG08', 'FG03'],
  FOLGEBERATUNG: ['FG02', 'FG10', 'FG11'],
  PEER_AUSTAUSCH: ['FG02'],
  JURY: ['FG07'],
};

const TOPIC: Readonly<Record<DeploymentType, string>> = {
  ERSTBERATUNG: 'Beratungsgespräch mit der Koordination',
  GRUENDUNGSBEGLEITUNG: 'Gründungsbegleitung',
  MODERATION: 'Moderation des Netzwerktreffens',
  FACHVORTRAG: 'Impulsvortrag bei der Bündnisveranstaltung',
  UNTERNEHMENSANSPRACHE: 'Gemeinsame Gespräche mit Betrieben',
  ZUKUNFTSWERKSTATT: 'Zukunftswerkstatt mit den Bündnispartnern',
  FOLGEBERATUNG: 'Folgeberatung der Koordination',
  PEER_AUSTAUSCH: 'Hospitation und Austausch zwischen Bündnissen',
  JURY: 'Jurysitzung',
};

const FEEDBACK_COMMENTS = ['Sehr praxisnah, danke!', 'Hat uns neue Ideen für die Partnergewinnung gegeben.', 'Gute Moderation, klare Ergebnisse.', null, 'Wir hätten gern mehr Zeit gehabt.', 'Die Beispiele aus anderen Bündnissen waren besonders hilfreich.'] as const;

function eligible(a: AllianceInfo, on: string): boolean {
  if (!a.foundedOn || a.foundedOn > on || a.key === 'boerde' || a.key === 'neu-wulmstorf') return false;
  if (a.endedOn && a.endedOn <= addDays(on, 120)) return false;
  return !a.dormantSince || a.dormantSince > addDays(on, 120);
}

export function buildSyntheticMentoring(ctx: SeedContext): void {
  const { rng } = ctx;
  const requestsToAdd = Math.max(0, TARGET_REQUESTS - ctx.rows.requests.length);
  // The most recent entries always stay in the plan, so the pipeline shows work in progress.
  const plan = PLAN.slice(Math.max(0, PLAN.length - requestsToAdd));
  for (let i = 0; i < requestsToAdd; i++) {
    const [year, status] = plan[i] ?? [2015 + (i % 8), 'ABGESCHLOSSEN'];
    const receivedOn = year === 2025 ? rng.dateBetween('2025-05-01', '2025-08-31') : rng.dateBetween(`${year}-01-10`, `${year}-10-31`);
    const alliances = ctx.alliances.filter((a) => eligible(a, receivedOn));
    const a = rng.pick(alliances);
    const occasion = rng.weighted<RequestOccasion>(year >= 2016 ? [['WEITERENTWICKLUNG', 4], ['VERANSTALTUNG', 3], ['THEMATISCHE_BERATUNG', 3], ['GENERATIONENWECHSEL', 2]] : [['WEITERENTWICKLUNG', 4], ['VERANSTALTUNG', 3], ['THEMATISCHE_BERATUNG', 3]]);
    const type = rng.weighted(TYPES_BY_OCCASION[occasion]);
    const specialties = rng.sample(SPECIALTIES[type], rng.int(1, 2));
    const mode: DeploymentMode = type === 'FACHVORTRAG' || type === 'MODERATION' || type === 'ZUKUNFTSWERKSTATT'
      ? (year >= 2020 && rng.chance(0.4) ? 'ONLINE' : 'VOR_ORT')
      : year < 2020 ? rng.weighted<DeploymentMode>([['VOR_ORT', 55], ['TELEFONISCH', 45]]) : rng.weighted<DeploymentMode>([['ONLINE', 50], ['VOR_ORT', 30], ['TELEFONISCH', 20]]);
    const withDeployment = ctx.rows.deployments.length < TARGET_DEPLOYMENTS - 1 || i === requestsToAdd - 1;
    const closed = status === 'ABGESCHLOSSEN' || status === 'ABGERECHNET';
    const firstSession = addDays(receivedOn, rng.int(25, 80));
    const eventId = type === 'FACHVORTRAG' || type === 'MODERATION'
      ? addEvent(ctx, {
          type: type === 'FACHVORTRAG' ? 'INFOVERANSTALTUNG' : 'NETZWERKTREFFEN', organiser: 'BUENDNIS', alliance: a, startsOn: firstSession,
          title: type === 'FACHVORTRAG' ? 'Infoabend mit Impulsvortrag einer Bündnismentorin/eines Bündnismentors' : 'Moderiertes Netzwerktreffen',
          format: mode === 'ONLINE' ? 'ONLINE' : 'PRAESENZ', gemeindeAgs: mode === 'ONLINE' ? null : (a.gemeindeAgs ?? a.towns[0]?.ags ?? null), participantsCount: rng.int(15, 70),
        })
      : null;
    const requestId = addRequest(ctx, {
      alliance: a, requesterId: coordinatorOf(ctx, a), channel: rng.weighted([['EMAIL', 5], ['TELEFON', 4], ['WEBFORMULAR', 2], ['VERANSTALTUNG', 1], ['LANDESNETZWERK', 1]] as const),
      receivedOn, occasion, desiredMode: rng.chance(0.2) ? 'EGAL' : mode, desiredFrom: addDays(receivedOn, 14), desiredUntil: addDays(receivedOn, 120),
      status: closed || !withDeployment ? 'ABGESCHLOSSEN' : 'ZUGEWIESEN', relatedEventId: eventId, specialties, topics: rng.sample(['HF01', 'HF03', 'HF05', 'HF06', 'HF07', 'HF10'], rng.int(1, 2)),
      description: `${TOPIC[type]}: Das Bündnis wünscht Unterstützung (${specialties.join(', ')}).`,
    });
    const declineFirst = rng.chance(0.2);
    const ranked = proposeMentors(ctx, requestId, a, specialties, receivedOn, topCandidates(ctx, a, specialties, receivedOn, 3),
      declineFirst ? [{ response: 'ABGELEHNT', reason: 'Im Wunschzeitraum nicht verfügbar', on: addDays(receivedOn, 4) }, { response: 'ZUGESAGT', on: addDays(receivedOn, 8) }] : [{ response: 'ZUGESAGT', on: addDays(receivedOn, 5) }]);
    const mentor = (declineFirst ? ranked[1] : ranked[0]) ?? ranked[0];
    if (!mentor || !withDeployment) continue;
    const sessions: SessionSpec[] = [{ on: firstSession, topic: TOPIC[type], place: mode === 'VOR_ORT' ? `Rathaus ${a.towns[0]?.city ?? a.placeName}` : null, hours: rng.pick([1.5, 2, 3, 4]), prepHours: rng.pick([1, 1.5, 2, 3]), participants: type === 'ERSTBERATUNG' ? rng.int(2, 5) : rng.int(8, 40) }];
    if (type === 'FOLGEBERATUNG' || type === 'ZUKUNFTSWERKSTATT') sessions.push({ on: addDays(firstSession, rng.int(30, 70)), topic: `${TOPIC[type]} (Teil 2)`, hours: 2, prepHours: 1.5, place: null, mode: year >= 2020 ? 'ONLINE' : 'TELEFONISCH' });
    const lastSession = sessions[sessions.length - 1]?.on ?? firstSession;
    const reported = status !== 'DURCHGEFUEHRT';
    const reports: ReportSpec[] = reported
      ? [{ summary: `${TOPIC[type]} für das ${a.name}.`, results: rng.pick(['Nächste Schritte vereinbart; Aufgaben verteilt.', 'Zwei neue Partner gewonnen.', 'Arbeitsplan für das kommende Jahr.']), nextSteps: rng.pick(['Folgetermin bei Bedarf.', 'Koordination berichtet im Netzwerktreffen.', null]), recommendation: null, status: 'FREIGEGEBEN', submittedOn: addDays(lastSession, rng.int(3, 14)), reviewedOn: addDays(lastSession, rng.int(15, 25)) }]
      : [];
    const feedback: FeedbackSpec[] = [];
    if ((closed && rng.chance(0.65)) || status === 'FEEDBACK_ERHALTEN') {
      const satisfaction = rng.weighted([[5, 45], [4, 40], [3, 12], [2, 3]] as const);
      feedback.push({ source: 'KOORDINATION', satisfaction, usefulness: Math.max(1, Math.min(5, satisfaction + rng.int(-1, 0))), goalReached: satisfaction >= 4 ? 'JA' : satisfaction === 3 ? 'TEILWEISE' : 'NEIN', wouldRecommend: satisfaction >= 3, comment: rng.pick(FEEDBACK_COMMENTS), receivedOn: addDays(lastSession, rng.int(20, 45)), anonymousToMentor: rng.chance(0.2) });
    }
    if (closed && rng.chance(0.15)) feedback.push({ source: 'MENTOR_SELBST', satisfaction: rng.int(4, 5), usefulness: 4, goalReached: 'JA', wouldRecommend: null, comment: null, receivedOn: addDays(lastSession, 5) });
    if (eventId) addSpeaker(ctx, eventId, { personId: mentor.personId }, TOPIC[type]);
    addDeployment(ctx, {
      requestId, alliance: a, type, mode: sessions.length > 1 && sessions[1]?.mode !== mode ? 'HYBRID' : mode, status, eventId,
      mentors: [{ mentor, isLead: true }], specialties, sessions, reports, feedback,
      followUpNeeded: rng.chance(0.2), followUpNote: null,
    });
  }
  // A peer exchange the Servicebüro arranged without a request.
  while (ctx.rows.deployments.length < TARGET_DEPLOYMENTS) peerExchange(ctx);
}

function peerExchange(ctx: SeedContext): void {
  const a = ctx.alliance('neuenhagen');
  const mentor = ctx.mentor('brandenburg');
  addDeployment(ctx, {
    requestId: null, alliance: a, type: 'PEER_AUSTAUSCH', mode: 'VOR_ORT', status: 'ABGESCHLOSSEN', mentors: [{ mentor, isLead: true }], specialties: ['FG02'],
    sessions: [{ on: '2023-09-19', start: '10:00', end: '14:00', topic: 'Hospitation: Wie arbeitet eine Koordinierungsgruppe mit rund 100 Partnern?', place: 'Rathaus Neuenhagen bei Berlin', hours: 4, prepHours: 1 }],
    reports: [{ summary: 'Austausch zwischen zwei brandenburgischen Bündnissen über Arbeitsstrukturen.', results: 'Vorlage für eine Geschäftsordnung übernommen.', nextSteps: null, recommendation: null, status: 'FREIGEGEBEN', submittedOn: '2023-09-25', reviewedOn: '2023-10-02' }],
  });
}
