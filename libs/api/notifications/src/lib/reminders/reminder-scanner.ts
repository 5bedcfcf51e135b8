import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeploymentType, RequestOccasion } from '@bn/shared/contracts';
import { addCalendarDays, latestOverdueStart } from './working-days';

/** Deadlines of domain-research §2.5. */
export const REQUEST_ACKNOWLEDGE_WORKING_DAYS = 2;
export const OFFER_ANSWER_WORKING_DAYS = 5;
export const REPORT_DUE_CALENDAR_DAYS = 14;
/** At most this many reminders of each kind per run; the next run takes the rest. */
const BATCH = 200;

export interface OverdueRequest {
  id: string;
  allianceName: string;
  occasion: RequestOccasion;
  receivedOn: string;
}

export interface OverdueOffer {
  proposalId: string;
  requestId: string;
  mentorId: string;
  occasion: RequestOccasion;
  landName: string;
  offeredOn: string;
}

export interface OverdueReport {
  deploymentId: string;
  allianceName: string;
  deploymentType: DeploymentType;
  mentorIds: string[];
  lastSessionOn: string;
}

/**
 * Finds the overdue items that have not been reminded of yet (working days Mon–Fri, German public
 * holidays ignored):
 *  - requests still EINGEGANGEN more than 2 working days after they came in;
 *  - offers (proposals ANGEFRAGT) unanswered more than 5 working days after they were sent (`offered_at`;
 *    for offers recorded before that column existed, `updated_at`, the last change of a waiting proposal);
 *  - reports not submitted more than 14 calendar days after the last session of a running deployment.
 */
@Injectable()
export class ReminderScanner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  requests(today: string): Promise<OverdueRequest[]> {
    return this.dataSource.query(
      `SELECT r.id, a.name AS "allianceName", r.occasion, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn"
         FROM mentoring_request r JOIN alliance a ON a.id = r.alliance_id
        WHERE r.status = 'EINGEGANGEN' AND r.archived_at IS NULL AND r.received_on <= $1::date
          AND NOT EXISTS (SELECT 1 FROM reminder_sent rs WHERE rs.kind = 'REMINDER_REQUEST' AND rs.subject_id = r.id)
        ORDER BY r.received_on, r.id LIMIT ${BATCH}`,
      [latestOverdueStart(today, REQUEST_ACKNOWLEDGE_WORKING_DAYS)],
    );
  }

  offers(today: string): Promise<OverdueOffer[]> {
    return this.dataSource.query(
      `SELECT p.id AS "proposalId", p.request_id AS "requestId", p.mentor_id AS "mentorId", r.occasion, l.name AS "landName",
              to_char((coalesce(p.offered_at, p.updated_at) AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS "offeredOn"
         FROM match_proposal p JOIN mentoring_request r ON r.id = p.request_id
         JOIN alliance a ON a.id = r.alliance_id JOIN land l ON l.code = a.land_code
        WHERE p.response = 'ANGEFRAGT' AND r.archived_at IS NULL
          AND (coalesce(p.offered_at, p.updated_at) AT TIME ZONE 'Europe/Berlin')::date <= $1::date
          AND NOT EXISTS (SELECT 1 FROM reminder_sent rs WHERE rs.kind = 'REMINDER_OFFER' AND rs.subject_id = p.id)
        ORDER BY coalesce(p.offered_at, p.updated_at), p.id LIMIT ${BATCH}`,
      [latestOverdueStart(today, OFFER_ANSWER_WORKING_DAYS)],
    );
  }

  reports(today: string): Promise<OverdueReport[]> {
    return this.dataSource.query(
      `SELECT d.id AS "deploymentId", a.name AS "allianceName", d.deployment_type AS "deploymentType",
              ARRAY(SELECT dm.mentor_id FROM deployment_mentor dm WHERE dm.deployment_id = d.id ORDER BY dm.is_lead DESC, dm.mentor_id) AS "mentorIds",
              to_char(last.held_on, 'YYYY-MM-DD') AS "lastSessionOn"
         FROM deployment d JOIN alliance a ON a.id = d.alliance_id
         JOIN LATERAL (SELECT max(s.held_on) AS held_on FROM deployment_session s WHERE s.deployment_id = d.id) last ON true
        WHERE d.archived_at IS NULL AND d.status NOT IN ('STORNIERT', 'VERSCHOBEN', 'ABGESCHLOSSEN', 'ABGERECHNET')
          AND last.held_on < $1::date
          AND NOT EXISTS (SELECT 1 FROM deployment_report dr WHERE dr.deployment_id = d.id AND dr.submitted_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM reminder_sent rs WHERE rs.kind = 'REMINDER_REPORT' AND rs.subject_id = d.id)
        ORDER BY last.held_on, d.id LIMIT ${BATCH}`,
      [addCalendarDays(today, -REPORT_DUE_CALENDAR_DAYS)],
    );
  }
}
