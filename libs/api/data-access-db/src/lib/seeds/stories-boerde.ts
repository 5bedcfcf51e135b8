import { randomUUID } from 'node:crypto';
import { PartnerRole } from '@bn/shared/contracts';
import { SeedContext } from './context';
import { addEvent, addParticipant, addProject, addSpeaker } from './events';
import { addDeployment, addRequest, proposeMentors } from './mentoring';
import { orgTemplate } from './org-templates';

/*
 * Story 4: the Netzwerk-Fachtag "Helfende Hände für junge Familien" on 26 March 2019 in
 * Haldensleben, which reactivated the Netzwerk Familie im Landkreis Börde (seed article 002,
 * domain-research §1.13). Organisations are real; every speaker and contact is fictional.
 */

const HALDENSLEBEN = '15083270';
const FACHTAG = '2019-03-26';

const NACHLESE = [
  'Der Fachtag im Rahmen der LEADER-Projekte „Helfende Hände für junge Familien“ und „Familienservice rundum“ brachte Fachleute aus sozialen Einrichtungen, die mit und für Familien arbeiten, mit Vertreterinnen und Vertretern von Unternehmen und Unternehmensverbänden zusammen.',
  'Der LIBa e.V. stellte zum ersten Mal das Familienportal vor, über das Eltern in Regionen des Landkreises Börde Babysitter und Haushaltshilfen finden können (familienservice-rundum.de). Schon jetzt vermittelt sein Familienservicecenter Babysitter für eine flexible Kurzzeitbetreuung – an Eltern, aber auch an Vereine, Kommunen und Betriebe, etwa für Kinderfeste.',
  'Aus Jena berichteten das Zentrum für Familie und Alleinerziehende e.V. und das Familienzentrum Jena mit Praxisbeispielen, wie Städte die Lebenssituation von Alleinerziehenden und Familien bereits verbessern. Nun gelte es, solche Wege zur Vereinbarkeit von Familie und Beruf auch in ländlichen Regionen zu gehen.',
  'Aus Unternehmenssicht stellte die AWO das Angebot AWO Lifebalance vor, mit dem Arbeitgeber der Region Unterstützung für die Work-Life-Balance ihrer Beschäftigten erhalten. Das DRK Börde schilderte aus Sicht einer Mutter und Führungskraft, wie ein Arbeitgeber flexibel auf die Lebensumstände junger Familien eingehen kann.',
  'In den Gesprächsrunden zum Abschluss wurde deutlich, dass die Netzwerkpartner davon profitieren, einander und die jeweiligen Möglichkeiten zu kennen; der Bedarf war auf allen Seiten spürbar. Die Teilnehmenden wollen künftig enger zusammenarbeiten, kurze Wege schaffen und sich gegenseitig über Entwicklungen in ihren Fachgebieten informieren.',
].join('\n\n');

export function storyBoerde(ctx: SeedContext): void {
  const boerde = ctx.alliance('boerde');
  const lk = ctx.org('lk-boerde');
  const liba = ctx.org('liba');
  const jobcenter = ctx.org('jobcenter-boerde');
  const drk = ctx.org('drk-boerde');
  const awo = ctx.org('awo-lifebalance');
  const mgh = ctx.org('mgh-hermsdorf');
  const zfa = ctx.org('zfa-jena');
  const fzJena = ctx.org('fz-jena');
  const mentor = ctx.mentor('jena');

  // Fictional persons in the roles the article names.
  const person = (orgKey: string, type: 'GLEICHSTELLUNG' | 'LEITUNG' | 'MITARBEIT', firstName: string, lastName: string, since: string) => {
    const org = ctx.org(orgKey);
    const id = ctx.addPerson({ salutation: 'FRAU', firstName, lastName, domain: org.domain, dataSource: 'KOORDINATION', privacyNoticeSentOn: '2019-02-15' });
    ctx.addFunction(id, type, { organisationId: org.id }, since);
    ctx.addContact(org.id, id);
    return id;
  };
  const gleichstellung = person('lk-boerde', 'GLEICHSTELLUNG', 'Frauke', 'Beispielköhler', '2016-01-01');
  const chancengleichheit = person('jobcenter-boerde', 'MITARBEIT', 'Bärbel', 'Probefeld', '2015-04-01'); // Beauftragte für Chancengleichheit am Arbeitsmarkt
  const libaChair = person('liba', 'LEITUNG', 'Elke', 'Vorlagenmeier', '2010-01-01');
  const fzLead = person('fz-jena', 'LEITUNG', 'Ines', 'Zufallshausen', '2012-01-01');
  const awoSpeaker = person('awo-lifebalance', 'MITARBEIT', 'Larissa', 'Erzählbach', '2016-06-01');
  const drkSpeaker = person('drk-boerde', 'LEITUNG', 'Mareike', 'Kulissenwald', '2014-09-01');
  ctx.addFunction(gleichstellung, 'ANSPRECHPERSON', { organisationId: lk.id, allianceId: boerde.id }, FACHTAG);

  const partner = (orgId: string, r: PartnerRole[], since: string, contribution: string, representativeId: string | null = null) =>
    ctx.addPartnership(boerde, orgId, { roles: r, since, contributionTypes: ['KNOW_HOW'], contribution, representativeId });
  partner(liba.id, ['LENKUNGSGRUPPE', 'PROJEKTPARTNER'], FACHTAG, 'Mitveranstalter des Fachtags; Träger der LEADER-Projekte und des Familienservicecenters (Babysittervermittlung)', libaChair);
  partner(jobcenter.id, ['LENKUNGSGRUPPE'], FACHTAG, 'Beauftragte für Chancengleichheit am Arbeitsmarkt: Mitveranstalterin des Fachtags', chancengleichheit);
  partner(drk.id, ['KOOPERATIONSPARTNER'], FACHTAG, 'Erfahrungsbericht: flexible Arbeitszeiten für junge Mütter', drkSpeaker);
  partner(awo.id, ['KOOPERATIONSPARTNER'], FACHTAG, 'AWO Lifebalance: Eltern- und Familienservice für Arbeitgeber', awoSpeaker);
  partner(mgh.id, ['PROJEKTPARTNER'], '2020-02-24', 'Gastgeber des 3. Netzwerktreffens');
  partner(ctx.org('lag-colbitz').id, ['FOERDERER'], '2017-07-01', 'LEADER-Förderung „Helfende Hände für junge Familien“');
  partner(ctx.org('lag-boerde').id, ['FOERDERER'], '2018-01-01', 'LEADER-Förderung „Familienservice rundum“ bis Juli 2019');
  partner(ctx.org('lag-flechtingen').id, ['FOERDERER'], '2019-07-01', 'LEADER-Förderung „Familienservice rundum“ ab Sommer 2019');
  const lkPartnership = ctx.rows.partnerships.find((p) => p.allianceId === boerde.id && p.organisationId === lk.id);
  if (lkPartnership) {
    lkPartnership.contribution = 'Gleichstellungsbeauftragte: Mitveranstalterin des Fachtags; Koordination des Netzwerks';
    lkPartnership.representativeId = gleichstellung;
  }
  // Companies and business associations of the region that came to the Fachtag.
  const business = [0, 1, 2].map((i) => {
    const town = boerde.towns[i] ?? boerde.towns[0];
    if (!town) throw new Error('Börde: no town');
    const org = ctx.addOrg(orgTemplate(ctx, i === 2 ? 'WIRTSCHAFTSVERBAND' : 'UNTERNEHMEN', boerde, town, null));
    ctx.addPartnership(boerde, org.id, { roles: ['KOOPERATIONSPARTNER'], since: FACHTAG, contributionTypes: ['KNOW_HOW'] });
    const n = ctx.freshName();
    const contact = ctx.addPerson({ ...n, domain: org.domain, dataSource: 'KOORDINATION', privacyNoticeSentOn: '2019-04-02' });
    ctx.addFunction(contact, 'LEITUNG', { organisationId: org.id }, '2015-01-01');
    ctx.addContact(org.id, contact);
    return { org, contact };
  });

  const fachtag = addEvent(ctx, {
    type: 'FACHTAG',
    organiser: 'BUENDNIS',
    alliance: boerde,
    title: 'Netzwerk-Fachtag „Helfende Hände für junge Familien“',
    startsOn: FACHTAG,
    startTime: '11:00',
    endTime: '16:00',
    venue: 'Landratsamt Landkreis Börde, Haldensleben',
    gemeindeAgs: HALDENSLEBEN,
    description:
      'Fachaustausch im Rahmen der LEADER-Projekte „Helfende Hände für junge Familien“ und „Familienservice rundum“. Veranstaltet vom LIBa „Besser essen. Mehr bewegen.“ e.V. mit der Gleichstellungsbeauftragten des Landkreises Börde und der Beauftragten für Chancengleichheit am Arbeitsmarkt des Jobcenters Börde. Themen: flexible Randzeitenbetreuung und Vereinbarkeit; Ziel: mit den Partnern der Region ein starkes Lokales Bündnis für Familien schmieden.',
    followUpReport: NACHLESE,
  });
  addSpeaker(ctx, fachtag, { personId: libaChair, organisationId: liba.id }, 'Familienportal zur Vermittlung von Babysittern und Haushaltshilfen (familienservice-rundum.de)');
  addSpeaker(ctx, fachtag, { personId: mentor.personId, organisationId: zfa.id }, 'Praxisbeispiele: Vereinbarkeit für Alleinerziehende – von der Stadt in den ländlichen Raum');
  addSpeaker(ctx, fachtag, { personId: fzLead, organisationId: fzJena.id }, 'Praxisbeispiele aus dem Familienzentrum Jena');
  addSpeaker(ctx, fachtag, { personId: awoSpeaker, organisationId: awo.id }, 'AWO Lifebalance: Unterstützung für Arbeitgeber bei der Work-Life-Balance ihrer Beschäftigten');
  addSpeaker(ctx, fachtag, { personId: drkSpeaker, organisationId: drk.id }, 'Erfahrungsbericht aus Sicht einer Mutter und Führungskraft');
  addParticipant(ctx, fachtag, { organisationId: lk.id, personId: gleichstellung });
  addParticipant(ctx, fachtag, { organisationId: jobcenter.id, personId: chancengleichheit });
  addParticipant(ctx, fachtag, { organisationId: liba.id, personId: libaChair });
  addParticipant(ctx, fachtag, { organisationId: mgh.id });
  for (const { org, contact } of business) addParticipant(ctx, fachtag, { organisationId: org.id, personId: contact });
  addParticipant(ctx, fachtag, { organisationId: ctx.org('lag-colbitz').id }, 'ENTSCHULDIGT');

  // The Jena mentor spoke as a Bündnismentorin: a request of the network and a FACHVORTRAG deployment.
  const specialties = ['FG07', 'FG05'];
  const requestId = addRequest(ctx, {
    alliance: boerde,
    requesterId: gleichstellung,
    channel: 'EMAIL',
    receivedOn: '2018-12-03',
    occasion: 'VERANSTALTUNG',
    desiredMode: 'VOR_ORT',
    desiredFrom: FACHTAG,
    desiredUntil: FACHTAG,
    description: 'Für den Netzwerk-Fachtag in Haldensleben suchen wir eine Bündnismentorin mit Praxisbeispielen zur Vereinbarkeit für Alleinerziehende; der Fachtag soll das ruhende Netzwerk Familie wiederbeleben.',
    status: 'ABGESCHLOSSEN',
    relatedEventId: fachtag,
    specialties,
    topics: ['HF08', 'HF01', 'HF03'],
  });
  proposeMentors(ctx, requestId, boerde, specialties, '2018-12-03', [mentor, ctx.mentor('wolfsburg'), ctx.mentor('franken')], {
    jena: { response: 'ZUGESAGT', on: '2018-12-07' },
  });
  addDeployment(ctx, {
    requestId,
    alliance: boerde,
    type: 'FACHVORTRAG',
    mode: 'VOR_ORT',
    status: 'ABGESCHLOSSEN',
    eventId: fachtag,
    mentors: [{ mentor, isLead: true }],
    specialties,
    sessions: [{ on: FACHTAG, start: '11:00', end: '16:00', topic: 'Vortrag und Diskussionsrunde beim Netzwerk-Fachtag', place: 'Landratsamt Haldensleben', gemeindeAgs: HALDENSLEBEN, hours: 5, prepHours: 4 }],
    reports: [{
      summary: 'Vortrag mit Praxisbeispielen aus Jena und Mitwirkung an den Gesprächsrunden des Fachtags.',
      results: 'Die Teilnehmenden wollen einen Verbund mit kurzen Wegen aufbauen; das Netzwerk Familie ist reaktiviert.',
      nextSteps: 'Netzwerktreffen im Mehrgenerationenhaus Hermsdorf; AG „Unternehmen und Familie“ gründen.',
      recommendation: 'Ländliche Netzwerke profitieren von Beispielen aus der Stadt, wenn sie an die Wege und Zeiten auf dem Land angepasst werden.',
      status: 'FREIGEGEBEN',
      submittedOn: '2019-04-02',
      reviewedOn: '2019-04-09',
    }],
    feedback: [{ source: 'KOORDINATION', satisfaction: 5, usefulness: 5, goalReached: 'JA', wouldRecommend: true, comment: 'Die Praxisbeispiele haben Mut gemacht.', receivedOn: '2019-04-15' }],
  });

  addProject(ctx, {
    alliance: boerde,
    name: 'Helfende Hände für junge Familien',
    description: 'LEADER-Projekt des LIBa e.V. in der LAG Colbitz-Letzlinger Heide (Start Juli 2017): Babysitterpool und flexible Kurzzeitbetreuung für junge Familien.',
    startsOn: '2017-07-01',
    endsOn: null,
    isOngoing: true,
    fundingSources: ['LEADER'],
    outputNote: 'Babysitter für flexible Kurzzeitbetreuung vermittelt',
    handlungsfelder: ['HF03', 'HF01'],
    zielgruppen: ['FAMILIEN', 'KINDER_U3', 'KITA_KINDER', 'ALLEINERZIEHENDE'],
    partnerIds: [liba.id, ctx.org('lag-colbitz').id],
  });
  addProject(ctx, {
    alliance: boerde,
    name: 'Familienservice rundum',
    description: 'LEADER-Projekt des LIBa e.V.: Familienportal zur Vermittlung von Babysittern und Haushaltshilfen im Landkreis Börde; LAG Börde bis Juli 2019, ab Sommer 2019 LAG Flechtinger Höhenzug.',
    startsOn: null,
    endsOn: null,
    isOngoing: true,
    fundingSources: ['LEADER'],
    outputNote: 'Portal www.familienservice-rundum.de',
    handlungsfelder: ['HF03', 'HF12', 'HF01'],
    zielgruppen: ['FAMILIEN', 'ALLEINERZIEHENDE', 'ARBEITGEBER'],
    partnerIds: [liba.id, ctx.org('lag-boerde').id, ctx.org('lag-flechtingen').id],
  });

  const treffen = addEvent(ctx, {
    type: 'NETZWERKTREFFEN', organiser: 'BUENDNIS', alliance: boerde, title: '3. Treffen des Netzwerks Familie Börde', startsOn: '2020-02-24',
    startTime: '14:00', endTime: '17:00', venue: 'Mehrgenerationenhaus Hermsdorf', gemeindeAgs: '15083298', participantsCount: 20,
    description: 'Schwerpunkt: das Starke-Familien-Gesetz und was es für Familien im Landkreis bedeutet.',
  });
  for (const id of [lk.id, liba.id, jobcenter.id, mgh.id, drk.id]) addParticipant(ctx, treffen, { organisationId: id });
  addEvent(ctx, {
    type: 'GREMIENSITZUNG', organiser: 'BUENDNIS', alliance: boerde, title: 'Auftakt der AG „Unternehmen und Familie“', startsOn: '2020-03-20',
    venue: 'Landratsamt Haldensleben', gemeindeAgs: HALDENSLEBEN, isPublic: false,
  });
  addEvent(ctx, {
    type: 'AKTIONSTAG', organiser: 'BUENDNIS', alliance: boerde, title: 'Aktionstag 2020 in Oschersleben', startsOn: '2020-05-07', venue: 'Oschersleben (Bode)',
    gemeindeAgs: '15083415', description: 'Zum Aktionstag „Stark vor Ort – stark für Familie“ geplant; wegen der Corona-Pandemie ohne Vor-Ort-Veranstaltung.',
  });
  ctx.rows.allianceBodies.push({ id: randomUUID(), allianceId: boerde.id, bodyType: 'ARBEITSGRUPPE', name: 'AG „Unternehmen und Familie“', description: 'Auftakt am 20.03.2020 im Landratsamt Haldensleben' });
  for (const [on, type, title] of [
    ['2019-01-22', 'LENKUNGSGRUPPENSITZUNG', 'Vorbereitung des Netzwerk-Fachtags mit LIBa e.V., Gleichstellungsbeauftragter und Jobcenter'],
    ['2019-04-05', 'PRESSE', 'Nachlese zum Netzwerk-Fachtag veröffentlicht'],
  ] as const) {
    ctx.rows.activities.push({ id: randomUUID(), allianceId: boerde.id, activityType: type, occurredOn: on, title, description: null, reach: null, isPublic: type === 'PRESSE', archivedAt: null });
  }
}
