import { EntityManager, IsNull } from 'typeorm';
import { Deployment } from '@bn/api/data-access-db';
import { deploymentNotFound } from './mentoring.errors';

/** Sessions, reports and feedback are written only for a deployment that exists and is not archived. */
export async function assertOpenDeployment(manager: EntityManager, deploymentId: string): Promise<void> {
  if (!(await manager.existsBy(Deployment, { id: deploymentId, archivedAt: IsNull() }))) throw deploymentNotFound();
}

/**
 * As assertOpenDeployment, and row-locks the deployment until the transaction ends, so that writes
 * that depend on each other (report revisions) run one after the other.
 */
export async function lockOpenDeployment(manager: EntityManager, deploymentId: string): Promise<void> {
  const deployment = await manager
    .createQueryBuilder(Deployment, 'deployment')
    .select(['deployment.id', 'deployment.archivedAt'])
    .setLock('pessimistic_write')
    .where('deployment.id = :deploymentId', { deploymentId })
    .getOne();
  if (!deployment || deployment.archivedAt) throw deploymentNotFound();
}
