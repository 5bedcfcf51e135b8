import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditWriter } from '@bn/api/core';
import { MatchProposal } from '@bn/api/data-access-db';
import {
  CreateProposalsFromSuggestionsDto,
  ExcludedMentorDto,
  MatchProposalDto,
  MatchSuggestionDto,
  MatchSuggestionsDto,
  RequestStatus,
} from '@bn/shared/contracts';
import { todayInGermany } from '../shared/mentoring-dates';
import { requestNotFound } from '../shared/mentoring.errors';
import { proposalDuplicate } from '../proposals/proposal.errors';
import { toMatchProposalDto } from '../proposals/proposal.mapper';
import { loadMatchingInput } from './matching-input.query';
import { MatchingSettingsService } from './matching-settings.service';
import { matchingMentorUnknown, matchingNoSuggestions, matchingOverrideReasonRequired, matchingRequestClosed } from './matching.errors';
import { matchMentors } from './mentor-matcher';

/** Requests that no longer take proposals (domain-research §2.5: closed and side exits). */
const CLOSED_STATUSES: ReadonlySet<RequestStatus> = new Set(['ABGESCHLOSSEN', 'STORNIERT', 'VERSCHOBEN', 'NICHT_VERMITTELBAR']);

export const DEFAULT_PROPOSAL_COUNT = 3;

type Explanation = MatchProposal['explanation'];

interface Chosen {
  mentorId: string;
  score: number;
  explanation: Explanation;
  /** Set when an excluded mentor was chosen: the reasons overruled. */
  overruled: string[] | null;
}

/**
 * Runs the matcher for a request (suggestions and excluded mentors with reasons) and stores chosen
 * suggestions as Matching-Vorschläge. Sending offers and moving the request on stay with the request
 * workflow.
 */
@Injectable()
export class MatchingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: MatchingSettingsService,
    private readonly audit: AuditWriter,
  ) {}

  async suggestions(requestId: string): Promise<MatchSuggestionsDto> {
    return this.run(this.dataSource.manager, requestId);
  }

  /**
   * Stores the best `count` suggestions not yet proposed, or the chosen mentors in their order, in one
   * transaction (the request row is locked, so two clicks cannot propose the same mentor twice).
   * An excluded mentor needs `overrideReason`; it is stored in the explanation and the audit entry.
   */
  async createProposals(requestId: string, dto: CreateProposalsFromSuggestionsDto, actor: string): Promise<MatchProposalDto[]> {
    return this.dataSource.transaction(async (manager) => {
      const locked = (await manager.query(`SELECT status FROM mentoring_request WHERE id = $1 AND archived_at IS NULL FOR UPDATE`, [requestId])) as {
        status: RequestStatus;
      }[];
      if (!locked[0]) throw requestNotFound();
      if (CLOSED_STATUSES.has(locked[0].status)) throw matchingRequestClosed();
      const result = await this.run(manager, requestId);
      const existing = await manager.find(MatchProposal, { select: { mentorId: true, rank: true }, where: { requestId } });
      const proposed = new Set(existing.map((p) => p.mentorId));
      const overrideReason = dto.overrideReason?.trim() || null;
      const chosen = dto.mentorIds
        ? this.pickChosen(result, dto.mentorIds, proposed, overrideReason)
        : this.pickBest(result.suggestions, dto.count ?? DEFAULT_PROPOSAL_COUNT, proposed);
      const firstRank = existing.reduce((max, p) => Math.max(max, p.rank), 0) + 1;
      const ids: string[] = [];
      for (const [index, choice] of chosen.entries()) {
        const { identifiers } = await manager.insert(MatchProposal, {
          requestId,
          mentorId: choice.mentorId,
          rank: firstRank + index,
          score: choice.score,
          explanation: choice.explanation,
          proposedBy: actor,
          response: 'VORGESCHLAGEN',
        });
        ids.push(String(identifiers[0]['id']));
      }
      const created = await this.load(manager, ids);
      for (const [index, proposal] of created.entries()) {
        const choice = chosen[index];
        await this.audit.record(manager, {
          actor,
          action: 'CREATE',
          entityType: 'MatchProposal',
          entityId: proposal.id,
          after: choice?.overruled ? { ...proposal, overruledReasons: choice.overruled, overrideReason } : proposal,
        });
      }
      return created;
    });
  }

  private async run(manager: EntityManager, requestId: string): Promise<MatchSuggestionsDto> {
    const input = await loadMatchingInput(manager, requestId, todayInGermany());
    const settings = await this.settings.get(manager);
    const { suggestions, excluded } = matchMentors(input.request, input.candidates, settings.weights);
    return { requestId, window: input.request.window, quarter: input.quarter, suggestions, excluded, weights: settings.weights };
  }

  private pickBest(suggestions: MatchSuggestionDto[], count: number, proposed: ReadonlySet<string>): Chosen[] {
    const best = suggestions.filter((s) => !proposed.has(s.mentorId)).slice(0, count);
    if (best.length === 0) throw matchingNoSuggestions();
    return best.map((s) => ({ mentorId: s.mentorId, score: s.score, explanation: explain(s, null), overruled: null }));
  }

  private pickChosen(result: MatchSuggestionsDto, mentorIds: string[], proposed: ReadonlySet<string>, overrideReason: string | null): Chosen[] {
    const suggested = new Map(result.suggestions.map((s) => [s.mentorId, s]));
    const excluded = new Map(result.excluded.map((e) => [e.mentorId, e]));
    if (mentorIds.some((id) => !suggested.has(id) && !excluded.has(id))) throw matchingMentorUnknown();
    if (mentorIds.some((id) => proposed.has(id))) throw proposalDuplicate();
    const overruled = mentorIds.map((id) => excluded.get(id)).filter((e): e is ExcludedMentorDto => e !== undefined);
    if (overruled.length > 0 && !overrideReason) throw matchingOverrideReasonRequired(overruled.map((e) => `${e.mentorName}: ${e.reasons.join('; ')}`));
    return mentorIds.map((id) => {
      const suggestion = suggested.get(id);
      if (suggestion) return { mentorId: id, score: suggestion.score, explanation: explain(suggestion, null), overruled: null };
      const left = excluded.get(id) as ExcludedMentorDto;
      return { mentorId: id, score: left.score, explanation: explain(left, { reasons: left.reasons, overrideReason: overrideReason ?? '' }), overruled: left.reasons };
    });
  }

  private async load(manager: EntityManager, ids: string[]): Promise<MatchProposalDto[]> {
    if (ids.length === 0) return [];
    const proposals = await manager
      .createQueryBuilder(MatchProposal, 'proposal')
      .innerJoin('proposal.mentor', 'mentor')
      .innerJoin('mentor.person', 'person')
      .addSelect(['mentor.id', 'person.id', 'person.firstName', 'person.lastName'])
      .where({ id: In(ids) })
      .orderBy('proposal.rank')
      .getMany();
    return proposals.map(toMatchProposalDto);
  }
}

/** The stored explanation: one entry per criterion, the warnings, and an overruled exclusion. */
function explain(
  result: Pick<MatchSuggestionDto, 'criteria' | 'warnings'>,
  override: { reasons: string[]; overrideReason: string } | null,
): Explanation {
  const entries: Explanation = result.criteria.map((c) => ({ criterion: c.criterion, points: c.points, text: c.text }));
  for (const warning of result.warnings) entries.push({ criterion: 'Hinweis', points: 0, text: warning });
  if (override) {
    entries.push({ criterion: 'Ausschluss übergangen', points: 0, text: `Ausgeschlossen: ${override.reasons.join('; ')}. Begründung: ${override.overrideReason}` });
  }
  return entries;
}
