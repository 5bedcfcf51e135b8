import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope } from '@bn/api/core';
import {
  Deployment,
  DeploymentFeedback,
  DeploymentMentor,
  DeploymentReport,
  DeploymentSession,
  DeploymentSpecialty,
} from '@bn/api/data-access-db';
import {
  DeploymentDetailDto,
  DeploymentReleasedReportDto,
  DeploymentSessionDto,
  DeploymentTotalsDto,
  FeedbackSource,
} from '@bn/shared/contracts';
import { deploymentNotFound } from '../shared/mentoring.errors';
import { roundCents } from '../shared/mentoring-dates';
import { toDeploymentSessionDto } from '../sessions/session.mapper';
import { toDeploymentReportDto, toReportRevisionSummary } from '../reports/report.mapper';
import { toDeploymentFeedbackDto } from '../feedback/feedback.mapper';
import { sortMentors, toDeploymentFields } from './deployment.mapper';
import { MentoringAccess } from '../shared/mentoring-access';
import { deploymentCondition } from '../shared/mentoring-scope';

function totalsOf(sessions: DeploymentSessionDto[]): DeploymentTotalsDto {
  const sum = (pick: (s: DeploymentSessionDto) => number): number => roundCents(sessions.reduce((total, s) => total + pick(s), 0));
  return {
    sessionCount: sessions.length,
    hours: sum((s) => s.hours),
    prepHours: sum((s) => s.prepHours),
    travelKm: sum((s) => s.travelKm),
    travelHours: sum((s) => s.travelHours),
  };
}

/** Feedback a scope reads: coordinators the coordination's, mentors their self-assessments, staff all. */
function feedbackSourceOf(scope: AccessScope): FeedbackSource | null {
  if (scope.kind === 'alliances') return 'KOORDINATION';
  if (scope.kind === 'mentor') return 'MENTOR_SELBST';
  return null;
}

function toReleased(report: DeploymentReport | undefined | null): DeploymentReleasedReportDto | null {
  return report ? { revision: report.revision, summary: report.summary, reviewedAt: report.reviewedAt ? report.reviewedAt.toISOString() : null } : null;
}

/**
 * Everything the deployment screen shows, in a fixed number of statements, for the deployments the
 * scope may read (staff all, coordinators their alliances', mentors their own). Coordinators read the
 * report only as the summary of its released revision, and the mentors with their business contact.
 */
@Injectable()
export class DeploymentDetailQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MentoringAccess,
  ) {}

  async get(id: string, scope: AccessScope): Promise<DeploymentDetailDto> {
    const qb = this.dataSource
      .getRepository(Deployment)
      .createQueryBuilder('deployment')
      .innerJoin('deployment.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.status', 'alliance.landCode'])
      .leftJoin('deployment.request', 'request')
      .addSelect(['request.id', 'request.receivedOn', 'request.occasion', 'request.status'])
      .leftJoin('deployment.event', 'event')
      .addSelect(['event.id', 'event.title', 'event.startsOn'])
      .where('deployment.id = :id', { id });
    const condition = deploymentCondition(scope);
    if (condition) qb.andWhere(condition.sql, condition.params);
    const deployment = await qb.getOne();
    if (!deployment) throw await this.access.notVisible(Deployment, 'Deployment', id, deploymentNotFound);
    const summaryOnly = scope.kind === 'alliances';
    const feedbackSource = feedbackSourceOf(scope);
    const [mentors, specialties, sessions, reports, feedback] = await Promise.all([
      this.dataSource
        .getRepository(DeploymentMentor)
        .createQueryBuilder('dm')
        .innerJoin('dm.mentor', 'mentor')
        .innerJoin('mentor.person', 'person')
        .select(['dm.deploymentId', 'dm.mentorId', 'dm.isLead', 'mentor.id'])
        .addSelect(['person.id', 'person.firstName', 'person.lastName', 'person.email', 'person.phone'])
        .where('dm.deploymentId = :id', { id })
        .getMany(),
      this.dataSource
        .getRepository(DeploymentSpecialty)
        .createQueryBuilder('ds')
        .innerJoin('ds.fachgebiet', 'fg')
        .select(['ds.deploymentId', 'ds.fachgebietCode', 'fg.code', 'fg.name'])
        .where('ds.deploymentId = :id', { id })
        .orderBy('fg.sortOrder')
        .addOrderBy('fg.code')
        .getMany(),
      this.dataSource
        .getRepository(DeploymentSession)
        .createQueryBuilder('session')
        .leftJoin('session.gemeinde', 'gemeinde')
        .addSelect(['gemeinde.ags', 'gemeinde.name'])
        .where('session.deploymentId = :id', { id })
        .orderBy('session.heldOn')
        .addOrderBy('session.startTime', 'ASC', 'NULLS FIRST')
        .addOrderBy('session.createdAt')
        .getMany(),
      summaryOnly
        ? this.dataSource.getRepository(DeploymentReport).find({
            select: { id: true, revision: true, summary: true, reviewedAt: true, reviewStatus: true },
            where: { deploymentId: id, reviewStatus: 'FREIGEGEBEN' },
            order: { revision: 'DESC' },
            take: 1,
          })
        : this.dataSource.getRepository(DeploymentReport).find({ where: { deploymentId: id }, order: { revision: 'DESC' } }),
      this.dataSource.getRepository(DeploymentFeedback).find({
        where: feedbackSource ? { deploymentId: id, source: feedbackSource } : { deploymentId: id },
        order: { receivedOn: 'DESC', createdAt: 'DESC' },
      }),
    ]);
    const sessionDtos = sessions.map(toDeploymentSessionDto);
    const [latest, ...earlier] = summaryOnly ? [] : reports;
    const released = summaryOnly ? reports[0] : reports.find((r) => r.reviewStatus === 'FREIGEGEBEN');
    const { alliance, request, event } = deployment;
    return {
      ...toDeploymentFields(deployment),
      alliance: {
        id: deployment.allianceId,
        name: alliance?.name ?? '',
        status: alliance?.status ?? 'INTERESSENT',
        landCode: alliance?.landCode ?? '',
      },
      request: request ? { id: request.id, receivedOn: request.receivedOn, occasion: request.occasion, status: request.status } : null,
      event: event ? { id: event.id, title: event.title, startsOn: event.startsOn } : null,
      mentors: sortMentors(
        mentors.map((m) => ({
          mentorId: m.mentorId,
          isLead: m.isLead,
          name: m.mentor?.person ? `${m.mentor.person.firstName} ${m.mentor.person.lastName}` : '',
          email: m.mentor?.person?.email ?? null,
          phone: m.mentor?.person?.phone ?? null,
        })),
      ),
      specialties: specialties.map((s) => ({ code: s.fachgebietCode, name: s.fachgebiet?.name ?? '' })),
      sessions: sessionDtos,
      totals: totalsOf(sessionDtos),
      report: latest ? toDeploymentReportDto(latest) : null,
      earlierRevisions: earlier.map(toReportRevisionSummary),
      releasedReport: toReleased(released),
      feedback: feedback.map(toDeploymentFeedbackDto),
    };
  }
}
