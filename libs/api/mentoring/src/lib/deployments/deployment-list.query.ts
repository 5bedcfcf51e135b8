import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, fetchPage } from '@bn/api/core';
import { Deployment } from '@bn/api/data-access-db';
import {
  DeploymentListItemDto,
  DeploymentListQueryDto,
  DeploymentMentorNameDto,
  DeploymentSortField,
  Page,
  ReportStatus,
} from '@bn/shared/contracts';
import { sortMentors, toDeploymentFields } from './deployment.mapper';
import { deploymentCondition } from '../shared/mentoring-scope';

const SORT_COLUMNS: Record<DeploymentSortField, string> = {
  createdAt: 'deployment.createdAt',
  status: 'deployment.status',
  deploymentType: 'deployment.deploymentType',
  firstSessionOn: '(SELECT min(fs.held_on) FROM deployment_session fs WHERE fs.deployment_id = deployment.id)',
};

interface ListExtrasRow {
  deploymentId: string;
  mentors: DeploymentMentorNameDto[];
  sessionCount: number;
  totalHours: string;
  firstSessionOn: string | null;
  lastSessionOn: string | null;
  reportStatus: ReportStatus | null;
}

/**
 * Mentor names, session figures and the latest report status of many deployments in ONE statement,
 * so the list costs three statements whatever the page size.
 */
const LIST_EXTRAS_SQL = `
  SELECT d.id AS "deploymentId",
         coalesce((SELECT json_agg(json_build_object('mentorId', dm.mentor_id, 'isLead', dm.is_lead,
                                                     'name', p.first_name || ' ' || p.last_name))
                   FROM deployment_mentor dm
                   JOIN mentor_profile mp ON mp.id = dm.mentor_id
                   JOIN person p ON p.id = mp.person_id
                   WHERE dm.deployment_id = d.id), '[]'::json) AS "mentors",
         s.session_count AS "sessionCount",
         s.total_hours AS "totalHours",
         s.first_on AS "firstSessionOn",
         s.last_on AS "lastSessionOn",
         (SELECT r.review_status FROM deployment_report r
          WHERE r.deployment_id = d.id ORDER BY r.revision DESC LIMIT 1) AS "reportStatus"
  FROM unnest($1::uuid[]) AS d(id)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS session_count,
           coalesce(sum(ds.hours), 0)::text AS total_hours,
           min(ds.held_on)::text AS first_on,
           max(ds.held_on)::text AS last_on
    FROM deployment_session ds WHERE ds.deployment_id = d.id
  ) s`;

/** The deployment list with its filters; the scope is part of the SQL (count and page alike). */
@Injectable()
export class DeploymentListQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: DeploymentListQueryDto, scope: AccessScope): Promise<Page<DeploymentListItemDto>> {
    const qb = this.dataSource
      .getRepository(Deployment)
      .createQueryBuilder('deployment')
      .innerJoin('deployment.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.landCode']);
    const condition = deploymentCondition(scope);
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!query.includeArchived) qb.andWhere('deployment.archivedAt IS NULL');
    if (query.status) qb.andWhere('deployment.status = :status', { status: query.status });
    if (query.deploymentType) qb.andWhere('deployment.deploymentType = :deploymentType', { deploymentType: query.deploymentType });
    if (query.mode) qb.andWhere('deployment.mode = :mode', { mode: query.mode });
    if (query.allianceId) qb.andWhere('deployment.allianceId = :allianceId', { allianceId: query.allianceId });
    if (query.landCode) qb.andWhere('alliance.landCode = :landCode', { landCode: query.landCode });
    if (query.mentorId) {
      qb.andWhere('EXISTS (SELECT 1 FROM deployment_mentor fm WHERE fm.deployment_id = deployment.id AND fm.mentor_id = :mentorId)', {
        mentorId: query.mentorId,
      });
    }
    if (query.dateFrom || query.dateTo) {
      const range = ['fd.deployment_id = deployment.id'];
      if (query.dateFrom) range.push('fd.held_on >= :dateFrom');
      if (query.dateTo) range.push('fd.held_on <= :dateTo');
      qb.andWhere(`EXISTS (SELECT 1 FROM deployment_session fd WHERE ${range.join(' AND ')})`, {
        dateFrom: query.dateFrom,
        dateTo: query.dateTo,
      });
    }
    if (query.hasReport !== undefined) {
      const exists = 'EXISTS (SELECT 1 FROM deployment_report fr WHERE fr.deployment_id = deployment.id)';
      qb.andWhere(query.hasReport ? exists : `NOT ${exists}`);
    }
    const term = query.q?.trim();
    if (term) {
      qb.andWhere(`(alliance.searchKey LIKE '%' || bn_fold(:term) || '%' OR alliance.searchKey % bn_fold(:term))`, { term });
    }
    const sort = query.sort ?? 'createdAt';
    const direction = query.direction ?? (sort === 'createdAt' ? 'desc' : 'asc');
    const { page, entities } = await fetchPage(qb, { ...query, direction }, SORT_COLUMNS[sort], (d) => d);
    const extras = await this.extrasOf(entities.map((d) => d.id));
    return {
      ...page,
      items: entities.map((d) => {
        const extra = extras.get(d.id);
        return {
          ...toDeploymentFields(d),
          allianceName: d.alliance?.name ?? '',
          landCode: d.alliance?.landCode ?? '',
          mentors: sortMentors(extra?.mentors ?? []),
          sessionCount: extra?.sessionCount ?? 0,
          totalHours: Number(extra?.totalHours ?? 0),
          firstSessionOn: extra?.firstSessionOn ?? null,
          lastSessionOn: extra?.lastSessionOn ?? null,
          reportStatus: extra?.reportStatus ?? null,
        };
      }),
    };
  }

  private async extrasOf(deploymentIds: string[]): Promise<Map<string, ListExtrasRow>> {
    if (deploymentIds.length === 0) return new Map();
    const rows: ListExtrasRow[] = await this.dataSource.query(LIST_EXTRAS_SQL, [deploymentIds]);
    return new Map(rows.map((row) => [row.deploymentId, row]));
  }
}
