import { SeedContext } from './context';
import { addEvent, addParticipant, coordinatorOf } from './events';
import { addDeployment, addRequest, proposeMentors, topCandidates } from './mentoring';

/*
 * Mentoring edge cases of domain-research §4.5: a tandem, a re-start, a request nobody could take,
 * a declined proposal with rematch, a returned report, a cancelled and a postponed deployment,
 * and requests in every open pipeline status. Alliances are real or synthetic as in alliances.data.
 */

export function storyMentoringCases(ctx: SeedContext): void {
  heidelbergTandem(ctx);
  neuWulmstorfRestart(ctx);
  openPipeline(ctx);
  cancelledAndPostponed(ctx);
}

/** Heidelberg 2011/12: a mentor tandem (two deployment_mentor rows). */
function heidelbergTandem(ctx: SeedContext): void {
  const a = ctx.alliance('heidelberg');
  const specialties = ['FG03', 'FG04'];
  const on = '2011-11-15';
  const requestId = addRequest(ctx, {
    alliance: a, requesterId: coordinatorOf(ctx, a), channel: 'TELEFON', receivedOn: on, occasion: 'WEITERENTWICKLUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2012-01-01', desiredUntil: '2012-03-31', status: 'ABGESCHLOSSEN', specialties, topics: ['HF01', 'HF06'],
    description: 'Das Bündnis möchte sein Leitbild überarbeiten und mehr Unternehmen gewinnen; gewünscht ist eine Werkstatt mit zwei Mentor:innen.',
  });
  const ranked = proposeMentors(ctx, requestId, a, specialties, on, topCandidates(ctx, a, specialties, on, 3), [
    { response: 'ZUGESAGT', on: '2011-11-21' },
    { response: 'ZUGESAGT', on: '2011-11-23', reason: 'Im Tandem für den Teil Unternehmensansprache' },
  ]);
  const [lead, second] = ranked;
  if (!lead || !second) throw new Error('Heidelberg: not enough mentors');
  addDeployment(ctx, {
    requestId, alliance: a, type: 'ZUKUNFTSWERKSTATT', mode: 'VOR_ORT', status: 'ABGESCHLOSSEN',
    mentors: [{ mentor: lead, isLead: true }, { mentor: second, isLead: false }], specialties,
    sessions: [
      { on: '2012-01-25', start: '15:00', end: '19:00', topic: 'Leitbild-Werkstatt mit der Steuerungsgruppe', place: 'Rathaus Heidelberg', hours: 4, prepHours: 3, participants: 14 },
      { on: '2012-03-07', start: '08:00', end: '10:00', topic: 'Unternehmensfrühstück: Betriebe als Bündnispartner', place: 'Heidelberg', hours: 2, prepHours: 2, participants: 22 },
    ],
    reports: [{ summary: 'Leitbild-Werkstatt und Unternehmensfrühstück im Tandem.', results: 'Leitbildentwurf; vier Betriebe interessiert.', nextSteps: 'Leitbild im Plenum beschließen.', recommendation: 'Tandems lohnen sich, wenn zwei Themen zusammenkommen.', status: 'FREIGEGEBEN', submittedOn: '2012-03-20', reviewedOn: '2012-03-28' }],
    feedback: [{ source: 'KOORDINATION', satisfaction: 4, usefulness: 5, goalReached: 'TEILWEISE', wouldRecommend: true, comment: 'Leitbild steht, Unternehmen brauchen mehr Zeit.', receivedOn: '2012-04-10' }],
  });
}

/** Neu Wulmstorf: re-start on 04.07.2022 (RUHEND → AKTIV), moderated by a mentor. */
function neuWulmstorfRestart(ctx: SeedContext): void {
  const a = ctx.alliance('neu-wulmstorf');
  const eventId = addEvent(ctx, {
    type: 'GRUENDUNGSVERANSTALTUNG', organiser: 'BUENDNIS', alliance: a, title: 'Neustart des Lokalen Bündnisses für Familie Neu Wulmstorf', startsOn: '2022-07-04',
    startTime: '18:00', endTime: '20:00', venue: 'Rathaus Neu Wulmstorf', gemeindeAgs: '03353026', participantsCount: 35,
    description: 'Auftakt nach mehreren Jahren Ruhepause: Partner, Vereine und Verwaltung vereinbaren die Schwerpunkte für den Neustart.',
  });
  for (const orgId of ctx.partnerIds(a.id).slice(0, 3)) addParticipant(ctx, eventId, { organisationId: orgId });
  const specialties = ['FG01', 'FG07', 'FG10'];
  const on = '2022-03-15';
  const requestId = addRequest(ctx, {
    alliance: a, requesterId: coordinatorOf(ctx, a), channel: 'EMAIL', receivedOn: on, occasion: 'REAKTIVIERUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2022-05-01', desiredUntil: '2022-07-31', status: 'ABGESCHLOSSEN', relatedEventId: eventId, specialties, topics: ['HF03', 'HF05'],
    description: 'Das Bündnis ruht seit einigen Jahren und soll mit einer Auftaktveranstaltung neu starten.',
  });
  const [lead] = proposeMentors(ctx, requestId, a, specialties, on, topCandidates(ctx, a, specialties, on, 3), [{ response: 'ZUGESAGT', on: '2022-03-18' }]);
  if (!lead) throw new Error('Neu Wulmstorf: no mentor');
  addDeployment(ctx, {
    requestId, alliance: a, type: 'MODERATION', mode: 'VOR_ORT', status: 'ABGESCHLOSSEN', eventId, mentors: [{ mentor: lead, isLead: true }], specialties,
    sessions: [
      { on: '2022-05-10', start: '17:00', end: '19:00', topic: 'Planungstreffen für den Neustart', mode: 'ONLINE', hours: 2, prepHours: 1 },
      { on: '2022-07-04', start: '18:00', end: '20:00', topic: 'Moderation der Neustart-Veranstaltung', place: 'Rathaus Neu Wulmstorf', hours: 2, prepHours: 3, participants: 35 },
    ],
    reports: [{ summary: 'Neustart vorbereitet und moderiert.', results: 'Drei Arbeitsgruppen gebildet; neue Koordination benannt.', nextSteps: 'Bündnisprofil aktualisieren; Aktionstag 2023 planen.', recommendation: null, status: 'FREIGEGEBEN', submittedOn: '2022-07-12', reviewedOn: '2022-07-19' }],
    feedback: [{ source: 'KOORDINATION', satisfaction: 5, usefulness: 5, goalReached: 'JA', wouldRecommend: true, comment: 'Der Neustart ist gelungen.', receivedOn: '2022-07-28' }],
  });
}

/** Requests in the open pipeline statuses, incl. a rematch and a request nobody could take. */
function openPipeline(ctx: SeedContext): void {
  // Hamburg-Harburg (INTERESSENT): nobody available → NICHT_VERMITTELBAR.
  const harburg = ctx.alliance('harburg');
  const hSpecs = ['FG01', 'FG11'];
  const hId = addRequest(ctx, {
    alliance: harburg, requesterId: coordinatorOf(ctx, harburg), channel: 'EMAIL', receivedOn: '2025-03-10', occasion: 'GRUENDUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2025-04-01', desiredUntil: '2025-06-30', status: 'NICHT_VERMITTELBAR', specialties: hSpecs, topics: ['HF11', 'HF03'],
    description: 'Eine Initiative im Bezirk Harburg fragt nach Begleitung vor Ort für eine Bündnisgründung im Frühjahr.',
    closingReason: 'Im Wunschzeitraum keine Mentorin und kein Mentor für eine Begleitung vor Ort verfügbar; beide angefragten Mentor:innen haben abgesagt. Erstberatung durch das Servicebüro angeboten.',
  });
  proposeMentors(ctx, hId, harburg, hSpecs, '2025-03-10', [ctx.mentor('heide'), ctx.mentor('wolfsburg')], [
    { response: 'ABGELEHNT', reason: 'Keine Kapazität im Frühjahr 2025', on: '2025-03-14' },
    { response: 'ABGELEHNT', reason: 'Im Wunschzeitraum bereits mit einer Gründungsbegleitung ausgelastet', on: '2025-03-17' },
  ]);

  // Weimar (IN_GRUENDUNG): rank 1 declines, rank 2 takes over (rematch).
  const weimar = ctx.alliance('weimar');
  const wSpecs = ['FG01', 'FG07'];
  const wId = addRequest(ctx, {
    alliance: weimar, requesterId: coordinatorOf(ctx, weimar), channel: 'TELEFON', receivedOn: '2024-11-04', occasion: 'GRUENDUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2025-01-15', desiredUntil: '2026-03-31', status: 'ZUGEWIESEN', specialties: wSpecs, topics: ['HF01', 'HF09'],
    description: 'Die Initiativgruppe plant die Gründung eines Familienbündnisses und bittet um Begleitung bis zur Gründungsveranstaltung.',
  });
  const wRanked = proposeMentors(ctx, wId, weimar, wSpecs, '2024-11-04', topCandidates(ctx, weimar, wSpecs, '2024-11-04', 3), [
    { response: 'ABGELEHNT', reason: 'Terminkollision: im Wunschzeitraum ausgebucht', on: '2024-11-08' },
    { response: 'ZUGESAGT', on: '2024-11-13' },
  ]);
  const wMentor = wRanked[1];
  if (!wMentor) throw new Error('Weimar: no second mentor');
  addDeployment(ctx, {
    requestId: wId, alliance: weimar, type: 'GRUENDUNGSBEGLEITUNG', mode: 'VOR_ORT', status: 'TERMINIERT', mentors: [{ mentor: wMentor, isLead: true }], specialties: wSpecs,
    followUpNeeded: true, followUpNote: 'Gründungsveranstaltung im Februar 2026 moderieren',
    sessions: [
      { on: '2025-02-18', start: '16:00', end: '19:00', topic: 'Analyse der Rahmenbedingungen', place: 'Weimar', hours: 3, prepHours: 2, participants: 7 },
      { on: '2025-05-13', start: '17:00', end: '19:00', topic: 'Gründungsplan mit der Initiativgruppe', mode: 'ONLINE', hours: 2, prepHours: 1.5, participants: 8 },
      { on: '2026-02-05', start: '18:00', end: '20:30', topic: 'Moderation der Gründungsveranstaltung (geplant)', place: 'Weimar', hours: 2.5, prepHours: 4 },
    ],
  });

  // Rostock (IN_GRUENDUNG): deployment done, report submitted.
  const rostock = ctx.alliance('rostock');
  const rSpecs = ['FG01', 'FG02'];
  const rId = addRequest(ctx, {
    alliance: rostock, requesterId: coordinatorOf(ctx, rostock), channel: 'EMAIL', receivedOn: '2024-07-01', occasion: 'GRUENDUNG', desiredMode: 'EGAL',
    status: 'ZUGEWIESEN', specialties: rSpecs, topics: ['HF01', 'HF03'], description: 'Unterstützung beim Aufbau von Strukturen für ein neues Familienbündnis.',
  });
  const [rMentor] = proposeMentors(ctx, rId, rostock, rSpecs, '2024-07-01', topCandidates(ctx, rostock, rSpecs, '2024-07-01', 3), [{ response: 'ZUGESAGT', on: '2024-07-05' }]);
  if (!rMentor) throw new Error('Rostock: no mentor');
  addDeployment(ctx, {
    requestId: rId, alliance: rostock, type: 'GRUENDUNGSBEGLEITUNG', mode: 'HYBRID', status: 'BERICHT_EINGEREICHT', mentors: [{ mentor: rMentor, isLead: true }], specialties: rSpecs,
    sessions: [
      { on: '2024-10-08', topic: 'Analyse der Rahmenbedingungen', mode: 'VOR_ORT', place: 'Rostock', hours: 3, prepHours: 2, participants: 9 },
      { on: '2025-03-18', topic: 'Lenkungsgruppe und Geschäftsordnung', mode: 'ONLINE', hours: 2, prepHours: 1 },
    ],
    reports: [{ summary: 'Zwei Termine zur Struktur des künftigen Bündnisses.', results: 'Entwurf einer Geschäftsordnung für die Lenkungsgruppe.', nextSteps: 'Partnergewinnung, Gründung im Herbst 2026.', recommendation: null, status: 'EINGEREICHT', submittedOn: '2025-11-10' }],
  });

  // Bremerhaven (IN_GRUENDUNG): online first consultation, report returned and being revised.
  const bhv = ctx.alliance('bremerhaven');
  const bSpecs = ['FG01', 'FG12'];
  const bId = addRequest(ctx, {
    alliance: bhv, requesterId: coordinatorOf(ctx, bhv), channel: 'WEBFORMULAR', receivedOn: '2025-02-03', occasion: 'GRUENDUNG', desiredMode: 'ONLINE',
    status: 'ZUGEWIESEN', specialties: bSpecs, topics: ['HF01', 'HF12'], description: 'Erstberatung online: Wie gründen wir ein Familienbündnis, und welche digitalen Werkzeuge helfen?',
  });
  const [bMentor] = proposeMentors(ctx, bId, bhv, bSpecs, '2025-02-03', topCandidates(ctx, bhv, bSpecs, '2025-02-03', 3), [{ response: 'ZUGESAGT', on: '2025-02-06' }]);
  if (!bMentor) throw new Error('Bremerhaven: no mentor');
  addDeployment(ctx, {
    requestId: bId, alliance: bhv, type: 'ERSTBERATUNG', mode: 'ONLINE', status: 'BERICHT_ZURUECKGEGEBEN', mentors: [{ mentor: bMentor, isLead: true }], specialties: bSpecs,
    sessions: [{ on: '2025-03-11', start: '10:00', end: '11:30', topic: 'Erstberatung zur Bündnisgründung', hours: 1.5, prepHours: 1 }],
    reports: [
      { summary: 'Erstberatung zu Gründungsschritten und Online-Werkzeugen.', results: null, nextSteps: null, recommendation: null, status: 'ZURUECKGEGEBEN', submittedOn: '2025-03-20', reviewedOn: '2025-03-27', reviewComment: 'Bitte die vereinbarten nächsten Schritte und Zuständigkeiten ergänzen.' },
      { summary: 'Erstberatung zu Gründungsschritten und Online-Werkzeugen.', results: 'Initiativgruppe hat einen Zeitplan.', nextSteps: 'Koordination klärt Räume und Schirmherrschaft.', recommendation: null, status: 'ENTWURF', submittedOn: null },
    ],
  });

  // Merzig (IN_GRUENDUNG): offer sent to the best-ranked mentor, no answer yet.
  const merzig = ctx.alliance('merzig');
  const mSpecs = ['FG01', 'FG03'];
  const mId = addRequest(ctx, {
    alliance: merzig, requesterId: coordinatorOf(ctx, merzig), channel: 'TELEFON', receivedOn: '2025-10-14', occasion: 'GRUENDUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2026-01-15', desiredUntil: '2026-05-31', status: 'MENTOR_ANGEFRAGT', specialties: mSpecs, topics: ['HF01'], description: 'Begleitung bei Leitbild und gemeinsamer Erklärung für die Gründung.',
  });
  proposeMentors(ctx, mId, merzig, mSpecs, '2025-10-14', topCandidates(ctx, merzig, mSpecs, '2025-10-14', 3), [{ response: 'ANGEFRAGT' }]);

  // Michendorf (AKTIV): matching proposals waiting for the Fachberatung.
  const mich = ctx.alliance('michendorf');
  const chSpecs = ['FG12', 'FG06'];
  const chId = addRequest(ctx, {
    alliance: mich, requesterId: coordinatorOf(ctx, mich), channel: 'EMAIL', receivedOn: '2025-11-05', occasion: 'THEMATISCHE_BERATUNG', desiredMode: 'ONLINE',
    status: 'MATCHING', specialties: chSpecs, topics: ['HF12'], description: 'Beratung zu Social Media und einer Familien-App für die Gemeinde.',
  });
  proposeMentors(ctx, chId, mich, chSpecs, '2025-11-05', topCandidates(ctx, mich, chSpecs, '2025-11-05', 3));

  addRequest(ctx, {
    alliance: ctx.alliance('st-ingbert'), requesterId: coordinatorOf(ctx, ctx.alliance('st-ingbert')), channel: 'WEBFORMULAR', receivedOn: '2025-11-12', occasion: 'GRUENDUNG',
    desiredMode: 'EGAL', status: 'EINGEGANGEN', specialties: ['FG01'], topics: ['HF01'], description: 'Interesse an einer Bündnisgründung; bitte um Rückruf.',
  });
  addRequest(ctx, {
    alliance: ctx.alliance('erfurt'), requesterId: coordinatorOf(ctx, ctx.alliance('erfurt')), channel: 'TELEFON', receivedOn: '2025-10-20', occasion: 'GRUENDUNG',
    desiredMode: 'VOR_ORT', status: 'IN_KLAERUNG', specialties: ['FG01', 'FG05'], topics: ['HF07', 'HF09'], description: 'Ein Trägerverbund überlegt, ein stadtweites Familiennetz zu gründen; Bedarf und Zeitraum werden geklärt.',
  });
}

/** A cancelled deployment (Chemnitz 2019) and a request postponed by the pandemic with its successor (Eberswalde 2020). */
function cancelledAndPostponed(ctx: SeedContext): void {
  const chemnitz = ctx.alliance('chemnitz');
  const cSpecs = ['FG10', 'FG07'];
  const cId = addRequest(ctx, {
    alliance: chemnitz, requesterId: coordinatorOf(ctx, chemnitz), channel: 'EMAIL', receivedOn: '2019-08-20', occasion: 'GENERATIONENWECHSEL', desiredMode: 'VOR_ORT',
    status: 'STORNIERT', specialties: cSpecs, topics: ['HF10'], description: 'Zukunftswerkstatt zur Übergabe der Koordination.',
    closingReason: 'Das Bündnis hat die Zukunftswerkstatt mangels Anmeldungen abgesagt.',
  });
  const [cMentor] = proposeMentors(ctx, cId, chemnitz, cSpecs, '2019-08-20', topCandidates(ctx, chemnitz, cSpecs, '2019-08-20', 2), [{ response: 'ZUGESAGT', on: '2019-08-26' }]);
  if (!cMentor) throw new Error('Chemnitz: no mentor');
  addDeployment(ctx, {
    requestId: cId, alliance: chemnitz, type: 'ZUKUNFTSWERKSTATT', mode: 'VOR_ORT', status: 'STORNIERT', mentors: [{ mentor: cMentor, isLead: true }], specialties: cSpecs,
    closingReason: 'Vom Bündnis abgesagt (zu wenige Anmeldungen); keine Kosten entstanden.', sessions: [],
  });

  const ebw = ctx.alliance('eberswalde');
  const eSpecs = ['FG06', 'FG02'];
  const first = addRequest(ctx, {
    alliance: ebw, requesterId: coordinatorOf(ctx, ebw), channel: 'TELEFON', receivedOn: '2020-03-02', occasion: 'WEITERENTWICKLUNG', desiredMode: 'VOR_ORT',
    desiredFrom: '2020-04-01', desiredUntil: '2020-05-31', status: 'VERSCHOBEN', specialties: eSpecs, topics: ['HF05'], description: 'Workshop zur Öffentlichkeitsarbeit mit der Lenkungsgruppe.',
    closingReason: 'Wegen der Corona-Pandemie verschoben; Neuanfrage als Online-Format im Herbst.',
  });
  const second = addRequest(ctx, {
    alliance: ebw, requesterId: coordinatorOf(ctx, ebw), channel: 'EMAIL', receivedOn: '2020-09-14', occasion: 'WEITERENTWICKLUNG', desiredMode: 'ONLINE',
    status: 'ABGESCHLOSSEN', predecessorId: first, specialties: eSpecs, topics: ['HF05'], description: 'Neuauflage der verschobenen Anfrage als Online-Workshop.',
  });
  const [eMentor] = proposeMentors(ctx, second, ebw, eSpecs, '2020-09-14', topCandidates(ctx, ebw, eSpecs, '2020-09-14', 3), [{ response: 'ZUGESAGT', on: '2020-09-16' }]);
  if (!eMentor) throw new Error('Eberswalde: no mentor');
  addDeployment(ctx, {
    requestId: second, alliance: ebw, type: 'FOLGEBERATUNG', mode: 'ONLINE', status: 'ABGESCHLOSSEN', mentors: [{ mentor: eMentor, isLead: true }], specialties: eSpecs,
    sessions: [{ on: '2020-10-06', start: '16:00', end: '18:00', topic: 'Online-Workshop Öffentlichkeitsarbeit', hours: 2, prepHours: 2, participants: 8 }],
    reports: [{ summary: 'Online-Workshop zu Pressearbeit und Social Media.', results: 'Redaktionsplan für 2021.', nextSteps: null, recommendation: 'Online-Formate kurz halten.', status: 'FREIGEGEBEN', submittedOn: '2020-10-12', reviewedOn: '2020-10-19' }],
    feedback: [{ source: 'KOORDINATION', satisfaction: 4, usefulness: 4, goalReached: 'TEILWEISE', wouldRecommend: true, comment: null, receivedOn: '2020-11-02' }],
  });
}
