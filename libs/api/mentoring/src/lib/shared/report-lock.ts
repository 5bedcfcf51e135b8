import { EntityManager } from 'typeorm';
import { ReportStatus } from '@bn/shared/contracts';

/** Statuses of the latest report revision after which the mentor's part of a deployment is closed. */
const CLOSED: ReadonlySet<ReportStatus> = new Set<ReportStatus>(['EINGEREICHT', 'FREIGEGEBEN']);

/** True when the deployment's latest report revision is submitted or released. */
export async function isReportClosed(manager: EntityManager, deploymentId: string): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT review_status FROM deployment_report WHERE deployment_id = $1 ORDER BY revision DESC LIMIT 1`,
    [deploymentId],
  )) as { review_status: ReportStatus }[];
  return row !== undefined && CLOSED.has(row.review_status);
}
