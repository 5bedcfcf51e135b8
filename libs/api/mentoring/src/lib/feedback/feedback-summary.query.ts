import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, Principal } from '@bn/api/core';
import { MentorFeedbackSummaryDto } from '@bn/shared/contracts';

/** A mentor sees the own feedback only aggregated and only from this many answers on (domain-research §3.2). */
export const MINIMUM_FEEDBACK_ANSWERS = 3;

interface SummaryRow {
  answers: number;
  satisfaction: string | null;
  usefulness: string | null;
  ja: number;
  teilweise: number;
  nein: number;
  recommendYes: number;
  recommendAnswered: number;
}

const round1 = (value: string | null): number | null => (value === null ? null : Math.round(Number(value) * 10) / 10);

/**
 * The coordinations' feedback on a mentor's deployments, as figures only (no texts, no authors, no
 * single answers). Below three answers nothing but the count is returned, so a single coordinator's
 * answer cannot be read off.
 */
@Injectable()
export class MentorFeedbackSummaryQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forMentor(principal: Principal): Promise<MentorFeedbackSummaryDto> {
    if (principal.role !== 'MENTOR' || !principal.mentorProfileId) throw forbidden();
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS answers, avg(f.satisfaction)::text AS satisfaction, avg(f.usefulness)::text AS usefulness,
              count(*) FILTER (WHERE f.goal_reached = 'JA')::int AS ja,
              count(*) FILTER (WHERE f.goal_reached = 'TEILWEISE')::int AS teilweise,
              count(*) FILTER (WHERE f.goal_reached = 'NEIN')::int AS nein,
              count(*) FILTER (WHERE f.would_recommend)::int AS "recommendYes",
              count(f.would_recommend)::int AS "recommendAnswered"
         FROM deployment_feedback f
         JOIN deployment d ON d.id = f.deployment_id AND d.archived_at IS NULL
        WHERE f.source = 'KOORDINATION'
          AND EXISTS (SELECT 1 FROM deployment_mentor dm WHERE dm.deployment_id = d.id AND dm.mentor_id = $1)`,
      [principal.mentorProfileId],
    )) as SummaryRow[];
    const isAvailable = row.answers >= MINIMUM_FEEDBACK_ANSWERS;
    return {
      answers: row.answers,
      minimumAnswers: MINIMUM_FEEDBACK_ANSWERS,
      isAvailable,
      satisfactionAverage: isAvailable ? round1(row.satisfaction) : null,
      usefulnessAverage: isAvailable ? round1(row.usefulness) : null,
      goalReached: isAvailable ? { JA: row.ja, TEILWEISE: row.teilweise, NEIN: row.nein } : null,
      wouldRecommendShare: isAvailable && row.recommendAnswered > 0 ? Math.round((row.recommendYes / row.recommendAnswered) * 100) / 100 : null,
    };
  }
}
