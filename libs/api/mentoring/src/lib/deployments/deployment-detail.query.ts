import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Deployment,
  DeploymentFeedback,
  DeploymentMentor,
  DeploymentReport,
  DeploymentSession,
  DeploymentSpecialty,
} from '@bn/api/data-access-db';
import { DeploymentDetailDto, DeploymentSessionDto, DeploymentTotalsDto } from '@bn/shared/contracts';
import { deploymentNotFound } from '../shared/mentoring.errors';
import { roundCents } from '../shared/mentoring-dates';
import { toDeploymentSessionDto } from '../sessions/session.mapper';
import { toDeploymentReportDto, toReportRevisionSummary } from '../reports/report.mapper';
import { toDeploymentFeedbackDto } from '../feedback/feedback.mapper';
import { sortMentors, toDeploymentFields } from './deployment.mapper';

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

/** Everything the deployment screen shows, in a fixed number of statements. */
@Injectable()
export class DeploymentDetailQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<DeploymentDetailDto> {
    const deployment = await this.dataSource
      .getRepository(Deployment)
      .createQueryBuilder('deployment')
      .innerJoin('deployment.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.status', 'alliance.landCode'])
      .leftJoin('deployment.request', 'request')
      .addSelect(['request.id', 'request.receivedOn', 'request.occasion', 'request.status'])
      .leftJoin('deployment.event', 'event')
      .addSelect(['event.id', 'event.title', 'event.startsOn'])
      .where('deployment.id = :id', { id })
      .getOne();
    if (!deployment) throw deploymentNotFound();
    const [mentors, specialties, sessions, reports, feedback] = await Promise.all([
      this.dataSource
        .getRepository(DeploymentMentor)
        .createQueryBuilder('dm')
        .innerJoin('dm.mentor', 'mentor')
        .innerJoin('mentor.person', 'person')
        .select(['dm.deploymentId', 'dm.mentorId', 'dm.isLead', 'mentor.id', 'person.id', 'person.firstName', 'person.lastName'])
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
      this.dataSource.getRepository(DeploymentReport).find({ where: { deploymentId: id }, order: { revision: 'DESC' } }),
      this.dataSource.getRepository(DeploymentFeedback).find({ where: { deploymentId: id }, order: { receivedOn: 'DESC', createdAt: 'DESC' } }),
    ]);
    const sessionDtos = sessions.map(toDeploymentSessionDto);
    const [latest, ...earlier] = reports;
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
        })),
      ),
      specialties: specialties.map((s) => ({ code: s.fachgebietCode, name: s.fachgebiet?.name ?? '' })),
      sessions: sessionDtos,
      totals: totalsOf(sessionDtos),
      report: latest ? toDeploymentReportDto(latest) : null,
      earlierRevisions: earlier.map(toReportRevisionSummary),
      feedback: feedback.map(toDeploymentFeedbackDto),
    };
  }
}
