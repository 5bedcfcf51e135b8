import { formatDateDe } from './german-format';
import { RenderedMail, renderMail } from './mail-layout';

/** Reminders for overdue items (domain-research §2.5; working days Mon–Fri, public holidays ignored). */

export function requestReminderMail(facts: {
  recipientName: string | null;
  allianceName: string;
  occasion: string;
  receivedOn: string;
  url: string;
}): RenderedMail {
  return renderMail({
    subject: `Erinnerung: Anfrage von ${facts.allianceName} noch nicht bestätigt`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Die Anfrage „${facts.occasion}“ des Bündnisses ${facts.allianceName} vom ${formatDateDe(facts.receivedOn)} ist seit mehr als 2 Werktagen unbestätigt.`,
    ],
    action: { label: `Anfrage von ${facts.allianceName} bearbeiten`, url: facts.url },
  });
}

export function offerReminderMail(facts: {
  recipientName: string | null;
  occasion: string;
  landName: string;
  offeredOn: string;
  url: string;
}): RenderedMail {
  return renderMail({
    subject: `Erinnerung: Einsatzangebot „${facts.occasion}“ wartet auf Ihre Antwort`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Das Einsatzangebot „${facts.occasion}“ (${facts.landName}) vom ${formatDateDe(facts.offeredOn)} ist seit mehr als 5 Werktagen unbeantwortet.`,
      'Bitte sagen Sie zu oder ab, damit das Bündnis rasch Unterstützung bekommt.',
    ],
    action: { label: 'Einsatzangebot ansehen und beantworten', url: facts.url },
  });
}

export function reportReminderMail(facts: {
  recipientName: string | null;
  allianceName: string;
  deploymentType: string;
  lastSessionOn: string;
  url: string;
}): RenderedMail {
  return renderMail({
    subject: `Erinnerung: Bericht zum Einsatz bei ${facts.allianceName} fehlt`,
    recipientName: facts.recipientName,
    paragraphs: [
      `Der letzte Termin des Einsatzes „${facts.deploymentType}“ beim Bündnis ${facts.allianceName} war am ${formatDateDe(facts.lastSessionOn)}. Der Bericht ist seit mehr als 14 Tagen fällig.`,
    ],
    action: { label: `Bericht zum Einsatz bei ${facts.allianceName} schreiben`, url: facts.url },
  });
}
