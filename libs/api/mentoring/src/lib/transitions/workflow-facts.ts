import { EntityManager } from 'typeorm';
import { ReportStatus } from '@bn/shared/contracts';
import { RequestFacts } from '../workflow/request-workflow';
import { DeploymentFacts } from '../workflow/deployment-workflow';

/** The facts the request machine decides on, in one statement. The current offer round is the latest one. */
export async function loadRequestFacts(manager: EntityManager, requestId: string): Promise<RequestFacts> {
  const [row] = (await manager.query(
    `WITH round AS (SELECT max(offer_round) AS n FROM match_proposal WHERE request_id = $1)
     SELECT
       (SELECT count(*)::int FROM match_proposal p, round
         WHERE p.request_id = $1 AND p.offer_round = round.n AND p.response = 'ANGEFRAGT') AS "openOffers",
       coalesce((SELECT bool_and(p.response = 'ZUGESAGT') FROM match_proposal p, round
                  WHERE p.request_id = $1 AND p.offer_round = round.n), false) AS "allOfferedAccepted",
       (SELECT count(*)::int FROM deployment d
         WHERE d.request_id = $1 AND d.archived_at IS NULL AND d.status NOT IN ('ABGESCHLOSSEN', 'ABGERECHNET', 'STORNIERT')) AS "openDeployments",
       (SELECT count(*)::int FROM deployment d
         WHERE d.request_id = $1 AND d.archived_at IS NULL AND d.status IN ('ABGESCHLOSSEN', 'ABGERECHNET')) AS "closedDeployments"`,
    [requestId],
  )) as RequestFacts[];
  return row;
}

/** The facts the deployment machine decides on, in one statement; `today` is the German calendar date. */
export async function loadDeploymentFacts(manager: EntityManager, deploymentId: string, today: string): Promise<DeploymentFacts> {
  const [row] = (await manager.query(
    `SELECT
       (SELECT count(*)::int FROM deployment_session s WHERE s.deployment_id = $1) AS "sessionCount",
       (SELECT count(*)::int FROM deployment_session s WHERE s.deployment_id = $1 AND s.held_on <= $2::date) AS "pastSessionCount",
       (SELECT r.review_status FROM deployment_report r WHERE r.deployment_id = $1 ORDER BY r.revision DESC LIMIT 1) AS "reportStatus",
       (SELECT count(*)::int FROM deployment_feedback f WHERE f.deployment_id = $1 AND f.source = 'KOORDINATION') AS "coordinatorFeedbackCount"`,
    [deploymentId, today],
  )) as (Omit<DeploymentFacts, 'reportStatus'> & { reportStatus: ReportStatus | null })[];
  return row;
}
