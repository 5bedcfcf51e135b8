import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, DomainEvent, Principal, scopeOf, VersionedTarget, VersionedWriter, versionConflict } from '@bn/api/core';
import { Deployment, DeploymentReport } from '@bn/api/data-access-db';
import { DeploymentReportDto, ReviewDeploymentReportDto, SaveDeploymentReportDto } from '@bn/shared/contracts';
import { deploymentNotFound } from '../shared/mentoring.errors';
import { lockOpenDeployment } from '../shared/open-deployment';
import { MentoringAccess } from '../shared/mentoring-access';
import { DEPLOYMENT_TARGET } from '../deployments/deployments.service';
import { DeploymentWorkflow } from '../transitions/deployment-workflow.service';
import { workflowActorOf } from '../transitions/workflow-actor';
import { DEPLOYMENT_REPORT_SUBMITTABLE } from '../workflow/deployment-workflow';
import {
  reportDeploymentNotCarriedOut,
  reportLocked,
  reportNotFound,
  reportNotSubmittable,
  reportNotSubmitted,
  reportVersionRequired,
} from './report.errors';
import { toDeploymentReportDto } from './report.mapper';

const REPORT_TARGET: VersionedTarget<DeploymentReport> = {
  entity: DeploymentReport,
  entityType: 'DeploymentReport',
  notFound: reportNotFound,
};

type ReportContent = Pick<DeploymentReport, 'summary' | 'results' | 'nextSteps' | 'recommendation'>;

/**
 * The Einsatzbericht with its revisions: ENTWURF → EINGEREICHT → FREIGEGEBEN | ZURUECKGEGEBEN.
 * A returned revision is never changed again: the next draft (or a resubmission) is a new revision,
 * so every reviewed text stays as it was. Every write locks the deployment row, so revisions are
 * numbered one after the other. The Fachberatung works on every report (and alone reviews); a mentor
 * reads, saves and submits the report of own deployments (coordinators read only the released summary
 * in the deployment detail).
 */
@Injectable()
export class DeploymentReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
    private readonly workflow: DeploymentWorkflow,
  ) {}

  async latest(deploymentId: string, scope: AccessScope): Promise<DeploymentReportDto> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    const latest = await this.latestRevision(this.dataSource.manager, deploymentId);
    if (!latest) {
      if (!(await this.dataSource.getRepository(Deployment).existsBy({ id: deploymentId }))) throw deploymentNotFound();
      throw reportNotFound();
    }
    return toDeploymentReportDto(latest);
  }

  async revisions(deploymentId: string, scope: AccessScope): Promise<DeploymentReportDto[]> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    if (!(await this.dataSource.getRepository(Deployment).existsBy({ id: deploymentId }))) throw deploymentNotFound();
    const reports = await this.dataSource.getRepository(DeploymentReport).find({ where: { deploymentId }, order: { revision: 'DESC' } });
    return reports.map(toDeploymentReportDto);
  }

  /** Saves the current draft: creates the first revision, edits a draft, or starts a new revision after a return. */
  async save(deploymentId: string, dto: SaveDeploymentReportDto, scope: AccessScope, actor: string): Promise<DeploymentReportDto> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    return this.dataSource.transaction(async (manager) => {
      await lockOpenDeployment(manager, deploymentId);
      const latest = await this.latestRevision(manager, deploymentId);
      const content = this.toContent(dto);
      if (!latest) return this.insertRevision(manager, deploymentId, 1, { ...content, reviewStatus: 'ENTWURF' }, actor);
      if (latest.reviewStatus === 'EINGEREICHT' || latest.reviewStatus === 'FREIGEGEBEN') throw reportLocked();
      if (dto.version === undefined) throw reportVersionRequired();
      if (dto.version !== latest.version) throw versionConflict();
      if (latest.reviewStatus === 'ZURUECKGEGEBEN') {
        return this.insertRevision(manager, deploymentId, latest.revision + 1, { ...content, reviewStatus: 'ENTWURF' }, actor);
      }
      const updated = await this.writer.update(manager, REPORT_TARGET, latest.id, dto.version, content, actor);
      return toDeploymentReportDto(updated);
    });
  }

  /**
   * Submits the latest revision; the deployment moves to BERICHT_EINGEREICHT with it (§2.5 row 8), so a
   * report is submitted only once the deployment was carried out (or after a return).
   */
  async submit(deploymentId: string, version: number, principal: Principal): Promise<DeploymentReportDto> {
    const actor = workflowActorOf(principal);
    await this.access.assertDeploymentWork(scopeOf(principal), deploymentId);
    const { report, events } = await this.dataSource.transaction(async (manager) => {
      const deployment = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, deploymentId);
      const latest = await this.latestRevision(manager, deploymentId);
      if (!latest) throw reportNotFound();
      if (latest.reviewStatus !== 'ENTWURF' && latest.reviewStatus !== 'ZURUECKGEGEBEN') throw reportNotSubmittable();
      if (version !== latest.version) throw versionConflict();
      if (!DEPLOYMENT_REPORT_SUBMITTABLE.includes(deployment.status)) throw reportDeploymentNotCarriedOut();
      const submission = { reviewStatus: 'EINGEREICHT' as const, submittedAt: new Date(), submittedBy: actor.name };
      const submitted =
        latest.reviewStatus === 'ZURUECKGEGEBEN'
          ? // resubmitted unchanged: the returned revision stays as reviewed, the text goes in again as a new revision
            await this.insertRevision(manager, deploymentId, latest.revision + 1, { ...this.contentOf(latest), ...submission }, actor.name)
          : toDeploymentReportDto(await this.writer.update(manager, REPORT_TARGET, latest.id, version, submission, actor.name));
      const move = await this.workflow.moveIn(manager, deployment, 'BERICHT_EINGEREICHT', actor, null);
      const submittedEvent: DomainEvent = { type: 'report.submitted', deploymentId, reportId: submitted.id, actorId: actor.userId };
      return { report: submitted, events: [submittedEvent, ...move.events] };
    });
    await this.workflow.publish(events);
    return report;
  }

  /** The Fachberatung's review; the deployment follows (BERICHT_FREIGEGEBEN or BERICHT_ZURUECKGEGEBEN, §2.5 row 9). */
  async review(deploymentId: string, dto: ReviewDeploymentReportDto, principal: Principal): Promise<DeploymentReportDto> {
    const actor = workflowActorOf(principal);
    const { report, events } = await this.dataSource.transaction(async (manager) => {
      const deployment = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, deploymentId);
      const latest = await this.latestRevision(manager, deploymentId);
      if (!latest) throw reportNotFound();
      if (latest.reviewStatus !== 'EINGEREICHT') throw reportNotSubmitted();
      const comment = dto.comment?.trim() || null;
      const updated = await this.writer.update(
        manager,
        REPORT_TARGET,
        latest.id,
        dto.version,
        { reviewStatus: dto.decision, reviewedAt: new Date(), reviewedBy: actor.name, reviewComment: comment },
        actor.name,
      );
      const returned = dto.decision === 'ZURUECKGEGEBEN';
      const move = await this.workflow.moveIn(manager, deployment, returned ? 'BERICHT_ZURUECKGEGEBEN' : 'BERICHT_FREIGEGEBEN', actor, comment);
      const reviewEvent: DomainEvent = returned
        ? { type: 'report.returned', deploymentId, reportId: updated.id, comment: comment ?? '', actorId: actor.userId }
        : { type: 'report.approved', deploymentId, reportId: updated.id, actorId: actor.userId };
      return { report: toDeploymentReportDto(updated), events: [reviewEvent, ...move.events] };
    });
    await this.workflow.publish(events);
    return report;
  }

  private latestRevision(manager: EntityManager, deploymentId: string): Promise<DeploymentReport | null> {
    return manager.findOne(DeploymentReport, { where: { deploymentId }, order: { revision: 'DESC' } });
  }

  private toContent(dto: SaveDeploymentReportDto): ReportContent {
    return {
      summary: dto.summary.trim(),
      results: dto.results?.trim() || null,
      nextSteps: dto.nextSteps?.trim() || null,
      recommendation: dto.recommendation?.trim() || null,
    };
  }

  private contentOf(report: DeploymentReport): ReportContent {
    return { summary: report.summary, results: report.results, nextSteps: report.nextSteps, recommendation: report.recommendation };
  }

  private async insertRevision(
    manager: EntityManager,
    deploymentId: string,
    revision: number,
    columns: Partial<DeploymentReport>,
    actor: string,
  ): Promise<DeploymentReportDto> {
    const { identifiers } = await manager.insert(DeploymentReport, { ...columns, deploymentId, revision });
    const id = String(identifiers[0]['id']);
    const created = toDeploymentReportDto(await manager.findOneByOrFail(DeploymentReport, { id }));
    await this.audit.record(manager, { actor, action: 'CREATE', entityType: REPORT_TARGET.entityType, entityId: id, after: created });
    return created;
  }
}
