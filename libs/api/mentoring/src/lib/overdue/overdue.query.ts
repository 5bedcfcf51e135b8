import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MentoringOverdueDto, OverdueOfferDto, OverdueReportDto, OverdueRequestDto } from '@bn/shared/contracts';
import { todayInGermany } from '../shared/mentoring-dates';
import { addDays, addWorkingDays, overdueCutoff } from '../workflow/working-days';
import { DEPLOYMENT_REPORT_DUE_STATUSES } from '../workflow/deployment-workflow';

/** Service levels of domain-research §2.5. Working days are Mon–Fri; German public holidays are ignored. */
export const ACKNOWLEDGE_WORKING_DAYS = 2;
export const ANSWER_WORKING_DAYS = 5;
export const REPORT_DAYS_AFTER_LAST_SESSION = 14;
/** Each list is bounded; the oldest items come first. */
const LIMIT = 500;

/**
 * What is overdue in the mentoring workflow, three statements. The cut-off dates are computed in
 * TypeScript (working-days.ts) and compared in SQL, so each list is one indexed comparison.
 */
@Injectable()
export class MentoringOverdueQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(today = todayInGermany()): Promise<MentoringOverdueDto> {
    const [requests, offers, reports] = await Promise.all([this.requests(today), this.offers(today), this.reports(today)]);
    return { today, requests, offers, reports };
  }

  /** Still EINGEGANGEN after 2 working days. */
  private async requests(today: string): Promise<OverdueRequestDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT r.id AS "requestId", r.alliance_id AS "allianceId", a.name AS "allianceName",
              to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn", r.owner
         FROM mentoring_request r JOIN alliance a ON a.id = r.alliance_id
        WHERE r.status = 'EINGEGANGEN' AND r.archived_at IS NULL AND r.received_on < $1::date
        ORDER BY r.received_on, r.id LIMIT ${LIMIT}`,
      [overdueCutoff(today, ACKNOWLEDGE_WORKING_DAYS)],
    )) as Omit<OverdueRequestDto, 'dueOn'>[];
    return rows.map((row) => ({ ...row, dueOn: addWorkingDays(row.receivedOn, ACKNOWLEDGE_WORKING_DAYS) }));
  }

  /** Offers still ANGEFRAGT 5 working days after they were sent (German calendar day of the offer). */
  private async offers(today: string): Promise<OverdueOfferDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT p.id AS "proposalId", p.request_id AS "requestId", p.mentor_id AS "mentorId",
              pe.first_name || ' ' || pe.last_name AS "mentorName", a.name AS "allianceName",
              p.offered_at AS "offeredAt", to_char((p.offered_at AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS "offeredOn"
         FROM match_proposal p
         JOIN mentoring_request r ON r.id = p.request_id
         JOIN alliance a ON a.id = r.alliance_id
         JOIN mentor_profile m ON m.id = p.mentor_id
         JOIN person pe ON pe.id = m.person_id
        WHERE p.response = 'ANGEFRAGT' AND r.status = 'MENTOR_ANGEFRAGT' AND r.archived_at IS NULL
          AND (p.offered_at AT TIME ZONE 'Europe/Berlin')::date < $1::date
        ORDER BY p.offered_at, p.id LIMIT ${LIMIT}`,
      [overdueCutoff(today, ANSWER_WORKING_DAYS)],
    )) as (Omit<OverdueOfferDto, 'dueOn' | 'offeredAt'> & { offeredAt: Date; offeredOn: string })[];
    return rows.map(({ offeredOn, offeredAt, ...row }) => ({
      ...row,
      offeredAt: offeredAt.toISOString(),
      dueOn: addWorkingDays(offeredOn, ANSWER_WORKING_DAYS),
    }));
  }

  /** No submitted report 14 days after the last session (the deployment still waits for it). */
  private async reports(today: string): Promise<OverdueReportDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT d.id AS "deploymentId", d.alliance_id AS "allianceId", a.name AS "allianceName", d.status,
              to_char(s.last_on, 'YYYY-MM-DD') AS "lastSessionOn",
              coalesce((SELECT array_agg(p.first_name || ' ' || p.last_name ORDER BY dm.is_lead DESC, p.last_name)
                          FROM deployment_mentor dm JOIN mentor_profile m ON m.id = dm.mentor_id JOIN person p ON p.id = m.person_id
                         WHERE dm.deployment_id = d.id), '{}') AS "mentorNames"
         FROM deployment d
         JOIN alliance a ON a.id = d.alliance_id
         CROSS JOIN LATERAL (SELECT max(ds.held_on) AS last_on FROM deployment_session ds WHERE ds.deployment_id = d.id) s
        WHERE d.archived_at IS NULL AND d.status = ANY($2::varchar[]) AND s.last_on < $1::date
        ORDER BY s.last_on, d.id LIMIT ${LIMIT}`,
      [addDays(today, -REPORT_DAYS_AFTER_LAST_SESSION), DEPLOYMENT_REPORT_DUE_STATUSES],
    )) as Omit<OverdueReportDto, 'dueOn'>[];
    return rows.map((row) => ({ ...row, dueOn: addDays(row.lastSessionOn, REPORT_DAYS_AFTER_LAST_SESSION) }));
  }
}
