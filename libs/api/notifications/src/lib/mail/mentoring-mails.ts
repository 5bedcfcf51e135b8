import { formatDateDe, formatWindowDe, joinGerman } from './german-format';
import { RenderedMail, renderMail } from './mail-layout';

/**
 * Mails of the mentoring workflow (domain-research §2.5). Pure functions: the listener loads the
 * facts, these only word them. Every value is escaped in the HTML part by renderMail.
 */

export interface OfferSentFacts {
  recipientName: string | null;
  occasion: string;
  mode: string;
  window: { from: string | null; until: string | null };
  landName: string;
  specialties: string[];
  url: string;
}

/**
 * A new offer to a mentor. The alliance is not named: a mentor sees it only after accepting
 * (the same rule as MentoringRequestOfferDto); the Land is shown.
 */
export function offerSentMail(facts: OfferSentFacts): RenderedMail {
  const window = formatWindowDe(facts.window.from, facts.window.until);
  return renderMail({
    subject: `Neue Einsatzanfrage: ${facts.occasion} (${facts.landName})`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Die Fachberatung des Servicebüros bietet Ihnen einen Einsatz an: ${facts.occasion} für ein Lokales Bündnis für Familie in ${facts.landName}.`,
      'Bitte sagen Sie innerhalb von 5 Werktagen zu oder ab. Den Namen des Bündnisses und die Ansprechperson sehen Sie nach Ihrer Zusage.',
    ],
    facts: [
      ['Anlass', facts.occasion],
      ['Format', facts.mode],
      ...(window ? [['Wunschzeitraum', window] as [string, string]] : []),
      ...(facts.specialties.length ? [['Fachgebiete', facts.specialties.join(', ')] as [string, string]] : []),
    ],
    action: { label: 'Einsatzangebot ansehen und beantworten', url: facts.url },
  });
}

export interface OfferAnswerFacts {
  recipientName: string | null;
  mentorName: string;
  allianceName: string;
  occasion: string;
  url: string;
}

/** The mentor accepted: to the Fachberatung. */
export function offerAcceptedMail(facts: OfferAnswerFacts): RenderedMail {
  return renderMail({
    subject: `Zusage von ${facts.mentorName}: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [`${facts.mentorName} hat die Anfrage „${facts.occasion}“ des Bündnisses ${facts.allianceName} angenommen.`],
    action: { label: `Anfrage von ${facts.allianceName} öffnen`, url: facts.url },
  });
}

/** The mentor declined (with a reason): to the Fachberatung, so the next suggestion can be offered. */
export function offerDeclinedMail(facts: OfferAnswerFacts & { reason: string }): RenderedMail {
  return renderMail({
    subject: `Absage von ${facts.mentorName}: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [
      `${facts.mentorName} hat die Anfrage „${facts.occasion}“ des Bündnisses ${facts.allianceName} abgelehnt.`,
      'Bitte bieten Sie die Anfrage dem nächsten Vorschlag an.',
    ],
    facts: [['Begründung', facts.reason]],
    action: { label: `Vorschläge für ${facts.allianceName} ansehen`, url: facts.url },
  });
}

export interface DeploymentFacts {
  recipientName: string | null;
  allianceName: string;
  deploymentType: string;
  mentorNames: string[];
  url: string;
}

/** A submitted report: to the Fachberatung for review. */
export function reportSubmittedMail(facts: DeploymentFacts): RenderedMail {
  const mentors = joinGerman(facts.mentorNames) || 'Die Mentorin oder der Mentor';
  return renderMail({
    subject: `Bericht zur Prüfung: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [
      `${mentors} hat den Bericht zum Einsatz „${facts.deploymentType}“ beim Bündnis ${facts.allianceName} eingereicht.`,
      'Bitte prüfen Sie ihn innerhalb von 10 Werktagen und geben Sie ihn frei oder mit einem Kommentar zurück.',
    ],
    action: { label: `Bericht zum Einsatz bei ${facts.allianceName} prüfen`, url: facts.url },
  });
}

/** A returned report: to the mentors, with the Fachberatung's comment. */
export function reportReturnedMail(facts: DeploymentFacts & { comment: string }): RenderedMail {
  return renderMail({
    subject: `Bericht zurückgegeben: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [`Die Fachberatung hat Ihren Bericht zum Einsatz „${facts.deploymentType}“ beim Bündnis ${facts.allianceName} zur Überarbeitung zurückgegeben.`],
    facts: [['Kommentar', facts.comment]],
    action: { label: `Bericht zum Einsatz bei ${facts.allianceName} überarbeiten`, url: facts.url },
  });
}

/** An approved report: to the mentors. */
export function reportApprovedMail(facts: DeploymentFacts): RenderedMail {
  return renderMail({
    subject: `Bericht freigegeben: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [`Die Fachberatung hat Ihren Bericht zum Einsatz „${facts.deploymentType}“ beim Bündnis ${facts.allianceName} freigegeben. Vielen Dank!`],
    action: { label: `Einsatz bei ${facts.allianceName} öffnen`, url: facts.url },
  });
}

/** The feedback request after the last session: to the alliance's coordinators. */
export function feedbackRequestMail(facts: DeploymentFacts & { lastSessionOn: string | null }): RenderedMail {
  const mentors = joinGerman(facts.mentorNames);
  return renderMail({
    subject: `Ihre Rückmeldung zum Mentoring-Einsatz „${facts.deploymentType}“`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Der Mentoring-Einsatz „${facts.deploymentType}“ für Ihr Bündnis ${facts.allianceName}${mentors ? ` mit ${mentors}` : ''} ist abgeschlossen. Wie zufrieden waren Sie?`,
      'Die Rückmeldung dauert etwa drei Minuten. Sie können sie anonym gegenüber der Mentorin oder dem Mentor abgeben.',
    ],
    facts: facts.lastSessionOn ? [['Letzter Termin', formatDateDe(facts.lastSessionOn)]] : [],
    action: { label: 'Rückmeldung zum Einsatz geben', url: facts.url },
  });
}

/** A new request: to the Fachberatung (acknowledge within 2 working days, §2.5). */
export function requestReceivedMail(facts: {
  recipientName: string | null;
  allianceName: string;
  occasion: string;
  receivedOn: string;
  url: string;
}): RenderedMail {
  return renderMail({
    subject: `Neue Anfrage: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Das Bündnis ${facts.allianceName} hat eine Anfrage „${facts.occasion}“ gestellt.`,
      'Bitte bestätigen Sie den Eingang innerhalb von 2 Werktagen.',
    ],
    facts: [['Eingegangen am', formatDateDe(facts.receivedOn)]],
    action: { label: `Anfrage von ${facts.allianceName} öffnen`, url: facts.url },
  });
}

/** A deployment was cancelled or postponed: to its mentors. */
export function deploymentChangedMail(facts: DeploymentFacts & { status: string }): RenderedMail {
  return renderMail({
    subject: `Einsatz ${facts.status.toLowerCase()}: ${facts.allianceName}`,
    recipientName: facts.recipientName,
    paragraphs: [`Der Einsatz „${facts.deploymentType}“ beim Bündnis ${facts.allianceName} hat jetzt den Status „${facts.status}“.`],
    action: { label: `Einsatz bei ${facts.allianceName} öffnen`, url: facts.url },
  });
}
