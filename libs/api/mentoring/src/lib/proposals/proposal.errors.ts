import { conflict, DomainError, notFound } from '@bn/api/core';

export const proposalNotFound = (): DomainError => notFound('PROPOSAL_NOT_FOUND', 'Der Matching-Vorschlag wurde nicht gefunden.');

export const proposalDuplicate = (): DomainError =>
  conflict('PROPOSAL_DUPLICATE', 'Diese Mentor:in ist für die Anfrage bereits vorgeschlagen.', {
    mentorId: 'Für diese Anfrage gibt es schon einen Vorschlag mit dieser Mentor:in.',
  });

export const proposalAlreadyAnswered = (): DomainError =>
  conflict('PROPOSAL_ALREADY_ANSWERED', 'Auf diesen Vorschlag wurde bereits geantwortet.');
