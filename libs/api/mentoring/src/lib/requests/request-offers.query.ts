import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fetchPage } from '@bn/api/core';
import { MentoringRequest } from '@bn/api/data-access-db';
import {
  MentoringAllianceRefDto,
  MentoringPersonRefDto,
  MentoringRequestDeploymentRefDto,
  MentoringRequestListQueryDto,
  MentoringRequestOfferDto,
  MentoringSpecialtyDto,
  MentoringTopicDto,
  MentorOfferDto,
  Page,
} from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { MentoringAccess } from '../shared/mentoring-access';
import { mentorSeesRequest, mentorSeesRequestAlliance, OFFERED_RESPONSES } from '../shared/mentoring-scope';
import { applyRequestFilters, REQUEST_SORT_COLUMNS, requestSortDirection } from './request-filters';

type OfferRow = Omit<MentoringRequestOfferDto, 'updatedAt' | 'archivedAt'> & {
  alliance: MentoringAllianceRefDto | null;
  requester: MentoringPersonRefDto | null;
  offer: MentorOfferDto | null;
  specialties: MentoringSpecialtyDto[];
  topics: MentoringTopicDto[];
  deployments: MentoringRequestDeploymentRefDto[];
  updatedAt: Date;
  archivedAt: Date | null;
};

const ISO_TIMESTAMP = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * Everything a mentor's view of the given requests shows, in ONE statement. The scope is part of it
 * (`mentorSeesRequest`), and the alliance and requester are read only where the mentor may know them
 * (`mentorSeesRequestAlliance`): before acceptance they never leave the database.
 */
const OFFER_VIEW_SQL = `
  SELECT r.id, to_char(r.received_on, 'YYYY-MM-DD') AS "receivedOn", r.occasion, r.desired_mode AS "desiredMode",
         to_char(r.desired_from, 'YYYY-MM-DD') AS "desiredFrom", to_char(r.desired_until, 'YYYY-MM-DD') AS "desiredUntil",
         r.description, r.status, a.land_code AS "landCode", l.name AS "landName",
         v.visible AS "allianceVisible",
         CASE WHEN v.visible THEN json_build_object('id', a.id, 'name', a.name, 'status', a.status, 'landCode', a.land_code) END AS alliance,
         CASE WHEN v.visible AND rq.id IS NOT NULL
              THEN json_build_object('id', rq.id, 'name', rq.first_name || ' ' || rq.last_name) END AS requester,
         (SELECT json_build_object('id', o.id, 'response', o.response, 'responseReason', o.response_reason,
                                   'respondedAt', to_char(o.responded_at AT TIME ZONE 'UTC', ${ISO_TIMESTAMP}), 'version', o.version)
            FROM match_proposal o
           WHERE o.request_id = r.id AND o.mentor_id = :scopeMentorId AND o.response IN ${OFFERED_RESPONSES}) AS offer,
         coalesce((SELECT json_agg(json_build_object('code', fg.code, 'name', fg.name) ORDER BY fg.sort_order, fg.code)
                     FROM request_specialty rs JOIN fachgebiet fg ON fg.code = rs.fachgebiet_code
                    WHERE rs.request_id = r.id), '[]') AS specialties,
         coalesce((SELECT json_agg(json_build_object('id', h.id, 'code', h.code, 'name', h.name) ORDER BY h.sort_order, h.code)
                     FROM request_topic rt JOIN handlungsfeld h ON h.id = rt.handlungsfeld_id
                    WHERE rt.request_id = r.id), '[]') AS topics,
         coalesce((SELECT json_agg(json_build_object('id', d.id, 'deploymentType', d.deployment_type, 'status', d.status)
                                   ORDER BY d.created_at, d.id)
                     FROM deployment d
                    WHERE d.request_id = r.id AND d.archived_at IS NULL
                      AND EXISTS (SELECT 1 FROM deployment_mentor odm WHERE odm.deployment_id = d.id AND odm.mentor_id = :scopeMentorId)),
                  '[]') AS deployments,
         r.version, r.updated_at AS "updatedAt", r.archived_at AS "archivedAt"
    FROM mentoring_request r
    JOIN alliance a ON a.id = r.alliance_id
    JOIN land l ON l.code = a.land_code
    LEFT JOIN person rq ON rq.id = r.requester_id
    CROSS JOIN LATERAL (SELECT ${mentorSeesRequestAlliance('r')} AS visible) v
   WHERE r.id = ANY(:ids) AND ${mentorSeesRequest('r')}`;

function toOfferDto(row: OfferRow): MentoringRequestOfferDto {
  return {
    id: row.id,
    receivedOn: row.receivedOn,
    occasion: row.occasion,
    desiredMode: row.desiredMode,
    desiredFrom: row.desiredFrom,
    desiredUntil: row.desiredUntil,
    description: row.description,
    status: row.status,
    landCode: row.landCode,
    landName: row.landName,
    specialties: row.specialties,
    topics: row.topics,
    allianceVisible: row.allianceVisible,
    alliance: row.alliance,
    requester: row.requester,
    offer: row.offer,
    deployments: row.deployments,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
  };
}

/**
 * A mentor's requests: those offered to them (ANGEFRAGT, ZUGESAGT, ABGELEHNT) and those their own
 * deployments came from. The list costs three statements (count, page, view) whatever the page size.
 */
@Injectable()
export class MentoringRequestOffersQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MentoringAccess,
  ) {}

  async list(query: MentoringRequestListQueryDto, mentorId: string): Promise<Page<MentoringRequestOfferDto>> {
    const qb = this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .select(['request.id'])
      .where(mentorSeesRequest('request'), { scopeMentorId: mentorId });
    applyRequestFilters(qb, query, mentorSeesRequestAlliance('request'));
    const direction = requestSortDirection(query);
    const { page, entities } = await fetchPage(qb, { ...query, direction }, REQUEST_SORT_COLUMNS[query.sort ?? 'receivedOn'], (r) => r.id);
    const rows = await this.view(entities.map((r) => r.id), mentorId);
    return { ...page, items: page.items.flatMap((id) => rows.get(id) ?? []) };
  }

  async get(id: string, mentorId: string): Promise<MentoringRequestOfferDto> {
    const row = (await this.view([id], mentorId)).get(id.toLowerCase());
    if (!row) throw await this.access.notVisible(MentoringRequest, 'MentoringRequest', id, requestNotFound);
    return row;
  }

  private async view(ids: string[], mentorId: string): Promise<Map<string, MentoringRequestOfferDto>> {
    if (ids.length === 0) return new Map();
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(OFFER_VIEW_SQL, { ids, scopeMentorId: mentorId });
    const rows = (await this.dataSource.query(sql, params)) as OfferRow[];
    return new Map(rows.map((row) => [row.id, toOfferDto(row)]));
  }
}
