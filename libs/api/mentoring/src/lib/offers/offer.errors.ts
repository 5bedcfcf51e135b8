import { conflict, DomainError, invalidField } from '@bn/api/core';

export const offerProposalNotFound = (): DomainError =>
  invalidField('OFFER_PROPOSAL_NOT_FOUND', 'proposalIds', 'Mindestens einer der Vorschläge gehört nicht zu dieser Anfrage.');

export const offerProposalNotOfferable = (): DomainError =>
  conflict(
    'OFFER_PROPOSAL_NOT_OFFERABLE',
    'Angeboten werden kann nur ein Vorschlag, der noch nicht angefragt wurde; eine Absage bleibt eine Absage.',
  );

export const offerNotSent = (): DomainError =>
  conflict('OFFER_NOT_SENT', 'Dieser Vorschlag wurde der Mentor:in noch nicht angeboten; eine Antwort ist erst danach möglich.');

export const offerClosed = (): DomainError =>
  conflict('OFFER_CLOSED', 'Die Anfrage wartet nicht mehr auf Antworten (sie wurde inzwischen zugewiesen, verschoben oder storniert).');
