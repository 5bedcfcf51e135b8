import { randomUUID } from 'node:crypto';
import { SeedContext } from './context';
import { addDeclaration, addEvent, addParticipant, addProject, addSignature, addSpeaker, coordinatorOf } from './events';
import { addConflict, addDeployment, addRequest, proposeMentors } from './mentoring';
import { orgTemplate } from './org-templates';

/*
 * Stories 1–3 of the demo, after the source article on the mentor programme (seed 004):
 *  1. the founding of the alliance in Nörten-Hardenberg, accompanied by the Wolfsburg mentor;
 *  2. the Wolfsburg mentor who also coordinates her own alliance;
 *  3. the Handwerkskammer mentor from Mittelhessen and the signing event in Sendenhorst.
 * All persons are fictional. Dates the source does not give are demo values (⚠ in the texts).
 */

export function storyNoertenHardenberg(ctx: SeedContext): void {
  const nh = ctx.alliance('noerten');
  const mentor = ctx.mentor('wolfsburg');
  const town = nh.towns[0];
  if (!town) throw new Error('Nörten-Hardenberg: no town');
  const flecken = ctx.org('admin:noerten');
  const founded = '2012-09-21';

  // Founding partners of the alliance (synthetic local organisations).
  const founders = (['FAMILIENZENTRUM', 'KITA', 'SCHULE', 'VEREIN', 'KIRCHE', 'UNTERNEHMEN', 'UNTERNEHMEN', 'WOHLFAHRT'] as const).map((category) =>
    ctx.addOrg(orgTemplate(ctx, category, nh, town, flecken.id)),
  );
  founders.forEach((org, i) => {
    ctx.addPartnership(nh, org.id, {
      roles: i < 3 ? ['GRUENDUNGSMITGLIED', 'UNTERZEICHNER', 'LENKUNGSGRUPPE'] : ['GRUENDUNGSMITGLIED', 'UNTERZEICHNER'],
      since: founded,
      contributionTypes: org.sector === 'WIRTSCHAFT' ? ['GELD', 'SACHLEISTUNG'] : ['RAEUME', 'EHRENAMTLICHE'],
    });
  });
  ctx.rows.allianceBodies.push({
    id: randomUUID(),
    allianceId: nh.id,
    bodyType: 'LENKUNGSGRUPPE',
    name: 'Lenkungsgruppe der Bündnisgründung',
    description: 'Initiatorinnen, Flecken, Familienzentrum, Kita und Grundschule; stimmte 2012 den Gründungsplan ab',
  });

  const eventId = addEvent(ctx, {
    type: 'GRUENDUNGSVERANSTALTUNG',
    organiser: 'BUENDNIS',
    alliance: nh,
    title: 'Gründungsveranstaltung des Lokalen Bündnisses für Familie Nörten-Hardenberg',
    startsOn: founded,
    startTime: '18:00',
    endTime: '20:30',
    venue: 'Rathaus Nörten-Hardenberg, Sitzungssaal',
    gemeindeAgs: town.ags,
    participantsCount: 65,
    description: 'Offizielle Gründung mit Unterzeichnung der Gründungserklärung; moderiert von einer Bündnismentorin aus Wolfsburg. (Datum ⚠ Demo)',
    followUpReport: 'Acht Partner haben die Gründungserklärung unterzeichnet. Die Lenkungsgruppe lädt vierteljährlich zu Netzwerktreffen ein; erste Vorhaben sind ein Babysitterpool und eine Ferienbetreuung.',
  });
  addSpeaker(ctx, eventId, { personId: mentor.personId }, 'Moderation der Gründungsveranstaltung');
  addSpeaker(ctx, eventId, { organisationId: flecken.id }, 'Grußwort der Verwaltungsspitze');
  for (const org of [flecken, ...founders]) addParticipant(ctx, eventId, { organisationId: org.id });

  const declarationId = addDeclaration(ctx, {
    alliance: nh,
    kind: 'GRUENDUNGSERKLAERUNG',
    title: 'Gründungserklärung des Lokalen Bündnisses für Familie Nörten-Hardenberg',
    textVersion: '2012-09',
    adoptedOn: founded,
    eventId,
  });
  for (const org of [flecken, ...founders]) {
    addSignature(ctx, declarationId, { organisationId: org.id, signedOn: founded, occasion: 'GRUENDUNG', eventId });
  }

  const specialties = ['FG01', 'FG07'];
  const requestId = addRequest(ctx, {
    alliance: nh,
    requesterId: coordinatorOf(ctx, nh),
    channel: 'TELEFON',
    receivedOn: '2012-02-14',
    occasion: 'GRUENDUNG',
    desiredMode: 'VOR_ORT',
    desiredFrom: '2012-03-01',
    desiredUntil: '2012-10-31',
    description: 'Die Initiatorinnen möchten in Nörten-Hardenberg ein Lokales Bündnis für Familie gründen und wünschen sich Begleitung von der Planungsphase bis zur Gründungsveranstaltung.',
    status: 'ABGESCHLOSSEN',
    specialties,
    topics: ['HF01', 'HF03'],
  });
  proposeMentors(ctx, requestId, nh, specialties, '2012-02-14', [mentor, ctx.mentor('heide'), ctx.mentor('sachsen')], {
    wolfsburg: { response: 'ZUGESAGT', reason: 'Gern – Erfahrung aus der eigenen Bündnisgründung in Wolfsburg', on: '2012-02-20' },
  });
  addDeployment(ctx, {
    requestId,
    alliance: nh,
    type: 'GRUENDUNGSBEGLEITUNG',
    mode: 'VOR_ORT',
    status: 'ABGESCHLOSSEN',
    eventId,
    mentors: [{ mentor, isLead: true }],
    specialties,
    sessions: [
      { on: '2012-03-20', start: '16:00', end: '19:00', topic: 'Analyse der Rahmenbedingungen', place: 'Rathaus Nörten-Hardenberg', hours: 3, prepHours: 2, participants: 6 },
      { on: '2012-06-12', start: '17:00', end: '20:00', topic: 'Gründungsplan mit der Lenkungsgruppe', place: 'Familienzentrum Nörten-Hardenberg', hours: 3, prepHours: 2.5, participants: 9 },
      { on: founded, start: '18:00', end: '20:30', topic: 'Moderation der Gründungsveranstaltung', place: 'Rathaus Nörten-Hardenberg, Sitzungssaal', hours: 2.5, prepHours: 4, participants: 65 },
    ],
    reports: [{
      summary: 'Begleitung der Bündnisgründung von der Planungsphase an: Mit den Initiatorinnen wurden zunächst die Rahmenbedingungen vor Ort analysiert, danach ein Plan für die Gründung entworfen und mit der Lenkungsgruppe abgestimmt. Die offizielle Gründungsveranstaltung habe ich moderiert.',
      results: 'Gründungserklärung von acht Partnern unterzeichnet; Lenkungsgruppe arbeitsfähig; erste Projektideen (Babysitterpool, Ferienbetreuung) gesammelt.',
      nextSteps: 'Lenkungsgruppe trifft sich vierteljährlich; Bündnisprofil für die Bündnislandkarte anlegen; Folgeberatung bei Bedarf.',
      recommendation: 'Ein Gründungsplan mit klar verteilten Aufgaben hält die Motivation hoch. Hilfreich ist, wenn jemand mit Bündniserfahrung den roten Faden in der Hand hält.',
      status: 'FREIGEGEBEN',
      submittedOn: '2012-10-01',
      reviewedOn: '2012-10-08',
    }],
    feedback: [
      { source: 'KOORDINATION', satisfaction: 5, usefulness: 5, goalReached: 'JA', wouldRecommend: true, comment: 'Alle waren motiviert und froh, dass jemand mit Erfahrung die Gründung strukturiert hat.', receivedOn: '2012-10-15' },
      { source: 'MENTOR_SELBST', satisfaction: 5, usefulness: 4, goalReached: 'JA', wouldRecommend: true, comment: 'Die Zusammenarbeit mit den Initiatorinnen lief reibungslos.', receivedOn: '2012-10-02' },
    ],
  });
}

export function storyWolfsburg(ctx: SeedContext): void {
  const wob = ctx.alliance('wolfsburg');
  addProject(ctx, {
    alliance: wob,
    name: 'Weihnachtswunschbaum 2018',
    description: 'Wunschzettel von Kindern aus Familien mit geringem Einkommen hängen an einem Weihnachtsbaum; Bürgerinnen und Bürger erfüllen die Wünsche, die Wolfsburger Tafel verteilt die Geschenke.',
    startsOn: '2018-11-15',
    endsOn: '2018-12-21',
    isOngoing: false,
    fundingSources: ['SPENDEN'],
    outputNote: 'Geschenke für Kinder aus Familien mit geringem Einkommen (Anzahl ⚠ nicht überliefert)',
    handlungsfelder: ['HF07', 'HF11'],
    zielgruppen: ['GERINGES_EINKOMMEN', 'KITA_KINDER', 'SCHULKINDER'],
    partnerIds: [ctx.org('tafel-wolfsburg').id, ctx.org('vfl').id],
  });
}

/** The Müttercafé idea from the Berchtesgadener Land (seed article 003), as a project of the synthetic alliance there. */
export function storyMuettercafe(ctx: SeedContext): void {
  const bgl = ctx.alliance('berchtesgadener-land');
  addProject(ctx, {
    alliance: bgl,
    name: 'Müttercafé',
    description: 'Geschützter Treff für Mütter aus begleiteten Familien: Austausch, kurze fachliche Impulse zu Themen, die die Mütter vorab nennen, und Hinweise auf weitere Hilfsangebote. Der Globus Markt übernimmt alle sechs Wochen die Kosten für ein gemeinsames Frühstück.',
    startsOn: '2022-03-01',
    endsOn: null,
    isOngoing: true,
    fundingSources: ['SPONSORING', 'EIGENMITTEL'],
    outputNote: 'Frühstück alle sechs Wochen; Teilnehmerinnen je Treffen (⚠ Demo): 12',
    handlungsfelder: ['HF04', 'HF08', 'HF07'],
    zielgruppen: ['ALLEINERZIEHENDE', 'GERINGES_EINKOMMEN', 'WERDENDE_ELTERN'],
    partnerIds: [ctx.org('globus').id],
  });
}

const MITTELHESSEN = ['lahn-dill', 'giessen', 'limburg-weilburg'] as const;

export function storyMittelhessenSendenhorst(ctx: SeedContext): void {
  const mentor = ctx.mentor('hwk');
  const office = ctx.org('hwk-mittelhessen');
  MITTELHESSEN.forEach((key, i) => {
    const a = ctx.alliance(key);
    const since = ['2011-09-01', '2012-02-01', '2013-05-15'][i] as string;
    ctx.addPartnership(a, office.id, {
      roles: ['KOOPERATIONSPARTNER', 'LENKUNGSGRUPPE'],
      since,
      contributionTypes: ['KNOW_HOW'],
      contribution: 'Gewinnung kleiner und mittelständischer Betriebe; Beratung zu familienbewusster Personalpolitik („Erfolgsfaktor Familie“)',
      representativeId: mentor.personId,
    });
    ctx.addFunction(mentor.personId, 'PARTNERVERTRETUNG', { organisationId: office.id, allianceId: a.id }, since);
    addConflict(ctx, mentor, a, 'Partnervertreter der Handwerkskammer Wiesbaden (Geschäftsstelle Mittelhessen) in diesem Bündnis');
  });

  const sdh = ctx.alliance('sendenhorst');
  const town = sdh.towns[0];
  if (!town) throw new Error('Sendenhorst: no town');
  const on = '2012-11-08';
  const at = (street: string) => ({ street, postalCode: town.plz, city: town.city, gemeindeAgs: town.ags });
  const companies = [
    ctx.addOrg({ name: 'Bäckerei Müller GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEIN', industry: 'Lebensmittelhandwerk', ...at('Weststraße 21') }),
    ctx.addOrg({ name: 'Tischlerei Fabelbrück GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEIN', industry: 'Holzhandwerk', ...at('Industriestraße 7') }),
    ctx.addOrg({ name: 'Elektro Probehofer GmbH & Co. KG', legalForm: 'GmbH & Co. KG', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'MITTEL', industry: 'Elektrohandwerk', ...at('Gewerbering 3') }),
    ctx.addOrg({ name: 'Autohaus Musterberg GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEIN', industry: 'Kfz-Handel und -Werkstatt', ...at('Bahnhofstraße 40') }),
    ctx.addOrg({ name: 'Steuerberatung Entwurfköhler & Partner mbB', legalForm: 'PartG mbB', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEINST', industry: 'Freie Berufe', ...at('Kirchstraße 2') }),
    ctx.addOrg({ name: 'Pflegedienst Zufallsmeier GmbH', legalForm: 'GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'MITTEL', industry: 'Ambulante Pflege', ...at('Oststraße 15') }),
    ctx.addOrg({ name: 'Gewerbeverein Sendenhorst e.V.', legalForm: 'e.V.', sector: 'WIRTSCHAFT', actorType: 'WIRTSCHAFTSVERBAND', ...at('Kirchstraße 1') }),
  ];
  for (const c of companies) {
    ctx.addPartnership(sdh, c.id, { roles: ['UNTERZEICHNER'], since: on, contributionTypes: ['KNOW_HOW'], contribution: 'Unterzeichnung der gemeinsamen Erklärung; familienorientierte Maßnahmen im Betrieb' });
  }
  const admin = ctx.org('admin:sendenhorst');
  const eventId = addEvent(ctx, {
    type: 'UNTERZEICHNUNG',
    organiser: 'BUENDNIS',
    alliance: sdh,
    title: 'Unterzeichnung der gemeinsamen Erklärung für eine bessere Vereinbarkeit von Familie und Beruf',
    startsOn: on,
    startTime: '17:00',
    endTime: '19:30',
    venue: 'Rathaus Sendenhorst',
    gemeindeAgs: town.ags,
    participantsCount: 40,
    description: 'Örtliche kleine und mittelständische Betriebe unterzeichnen die gemeinsame Erklärung der Lokalen Bündnisse. Impulsvortrag eines Bündnismentors der Handwerkskammer Wiesbaden. (Datum ⚠ Demo)',
    followUpReport: 'Besonders gut kamen die konkreten Beispiele familienorientierter Maßnahmen aus anderen Bündnisstandorten an. Sieben Betriebe und Verbände haben unterzeichnet; weitere wollen im nächsten Jahr folgen.',
  });
  addSpeaker(ctx, eventId, { personId: mentor.personId, organisationId: office.id }, 'Vorteile einer besseren Vereinbarkeit von Familie und Beruf aus Sicht kleiner und mittelständischer Betriebe');
  for (const c of [admin, ...companies]) addParticipant(ctx, eventId, { organisationId: c.id });

  const declarationId = addDeclaration(ctx, {
    alliance: sdh,
    kind: 'BUENDNISERKLAERUNG',
    title: 'Gemeinsame Erklärung für eine bessere Vereinbarkeit von Familie und Beruf',
    textVersion: '2012',
    adoptedOn: on,
    eventId,
  });
  for (const c of [admin, ...companies]) addSignature(ctx, declarationId, { organisationId: c.id, signedOn: on, occasion: 'GRUENDUNG', eventId });

  const specialties = ['FG04'];
  const requestId = addRequest(ctx, {
    alliance: sdh,
    requesterId: coordinatorOf(ctx, sdh),
    channel: 'EMAIL',
    receivedOn: '2012-09-10',
    occasion: 'VERANSTALTUNG',
    desiredMode: 'VOR_ORT',
    desiredFrom: on,
    desiredUntil: on,
    description: 'Für die Unterzeichnung der gemeinsamen Erklärung mit örtlichen Betrieben suchen wir eine Referentin oder einen Referenten, der aus Sicht kleiner Betriebe über die Vorteile der Vereinbarkeit spricht.',
    status: 'ABGESCHLOSSEN',
    relatedEventId: eventId,
    specialties,
    topics: ['HF06', 'HF01'],
  });
  proposeMentors(ctx, requestId, sdh, specialties, '2012-09-10', [mentor, ctx.mentor('sachsen'), ctx.mentor('wolfsburg')], {
    hwk: { response: 'ZUGESAGT', on: '2012-09-13' },
  });
  addDeployment(ctx, {
    requestId,
    alliance: sdh,
    type: 'FACHVORTRAG',
    mode: 'VOR_ORT',
    status: 'ABGESCHLOSSEN',
    eventId,
    mentors: [{ mentor, isLead: true }],
    specialties,
    sessions: [{ on, start: '17:30', end: '18:15', topic: 'Impulsvortrag: Vereinbarkeit als Vorteil für kleine und mittelständische Betriebe', place: 'Rathaus Sendenhorst', hours: 1.5, prepHours: 3, participants: 40 }],
    reports: [{
      summary: 'Vortrag vor Vertreterinnen und Vertretern örtlicher Betriebe bei der Unterzeichnung der gemeinsamen Erklärung. Im Mittelpunkt standen Praxisbeispiele familienorientierter Maßnahmen aus anderen Bündnissen.',
      results: 'Sieben Betriebe und Verbände haben unterzeichnet; mehrere Betriebe fragten nach Ansprechpersonen für flexible Arbeitszeitmodelle.',
      nextSteps: 'Bündnis lädt die Betriebe zu einem Unternehmensfrühstück ein.',
      recommendation: 'Betriebe überzeugt man mit konkreten Projektbeispielen, nicht mit Programmen.',
      status: 'FREIGEGEBEN',
      submittedOn: '2012-11-15',
      reviewedOn: '2012-11-20',
    }],
    feedback: [{ source: 'KOORDINATION', satisfaction: 5, usefulness: 5, goalReached: 'JA', wouldRecommend: true, comment: 'Die Beispiele aus anderen Standorten kamen bei unseren Betrieben sehr gut an.', receivedOn: '2012-11-26' }],
  });
}
