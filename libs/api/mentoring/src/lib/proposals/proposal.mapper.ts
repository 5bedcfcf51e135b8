import { MatchProposal } from '@bn/api/data-access-db';
import { MatchProposalDto } from '@bn/shared/contracts';
import { toIsoOrNull } from '../shared/mentoring-dates';

/** Maps a proposal; the mentor's person must be loaded for the name. */
export function toMatchProposalDto(entity: MatchProposal): MatchProposalDto {
  const person = entity.mentor?.person;
  return {
    id: entity.id,
    requestId: entity.requestId,
    mentorId: entity.mentorId,
    mentorName: person ? `${person.firstName} ${person.lastName}` : '',
    rank: entity.rank,
    score: entity.score,
    explanation: entity.explanation.map((e) => ({ criterion: e.criterion, points: e.points, text: e.text })),
    proposedBy: entity.proposedBy,
    response: entity.response,
    responseReason: entity.responseReason,
    respondedAt: toIsoOrNull(entity.respondedAt),
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
