import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, fetchPage, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Project } from '@bn/api/data-access-db';
import {
  CreateProjectDto,
  EngagementZielgruppeDto,
  Page,
  ProjectDetailDto,
  ProjectListItemDto,
  ProjectListQueryDto,
  ProjectSortField,
  UpdateProjectDto,
} from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { ongoingProjectEnded, projectNotFound, projectPeriodInvalid } from './engagement.errors';
import { EngagementReferences, EngagementRefs } from './engagement-references';
import { applyFoldedContains, findAllianceName, findLinkedHandlungsfelder, findLinkedPartners, normaliseIds } from './engagement-queries';
import { insertLinks, LinkTable, PROJECT_HANDLUNGSFELD, PROJECT_PARTNER, PROJECT_ZIELGRUPPE, readLinks, replaceLinks } from './link-table';
import { toProjectDto } from './project.mapper';
import { answeringOutsideScope, assertInScope, ScopedTarget, scopedTransaction } from './engagement-scope';

const SORT_COLUMNS: Record<ProjectSortField, string> = {
  name: 'bn_fold(project.name)',
  startsOn: 'project.startsOn',
  endsOn: 'project.endsOn',
  updatedAt: 'project.updatedAt',
};

/** The rule of isProjectRunning() in SQL. */
const RUNNING_SQL = `((project.startsOn IS NULL OR project.startsOn <= :today)
  AND (project.endsOn IS NULL OR project.endsOn >= :today)
  AND (project.isOngoing OR project.startsOn IS NOT NULL OR project.endsOn IS NOT NULL))`;

const TARGET: VersionedTarget<Project> & ScopedTarget<Project> = {
  entity: Project,
  alias: 'project',
  entityType: 'Project',
  notFound: projectNotFound,
};

const LINKS: { field: 'handlungsfeldIds' | 'zielgruppeCodes' | 'partnerOrganisationIds'; table: LinkTable }[] = [
  { field: 'handlungsfeldIds', table: PROJECT_HANDLUNGSFELD },
  { field: 'zielgruppeCodes', table: PROJECT_ZIELGRUPPE },
  { field: 'partnerOrganisationIds', table: PROJECT_PARTNER },
];

type ProjectRefs = Required<EngagementRefs>;

interface ProjectSummaryRow {
  id: string;
  allianceName: string;
  handlungsfeldCodes: string[];
  zielgruppeCodes: string[];
  partnerCount: number;
}

/**
 * Projekte / Angebote of alliances (Babysitterpool, Leihgroßeltern, Müttercafé …). Every method takes
 * the caller's access scope: coordinators list, read and write only projects of their own alliances;
 * a foreign project answers 404 and leaves a PERMISSION_DENIED audit entry.
 */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly references: EngagementReferences,
  ) {}

  /** Three statements whatever the page size: count, page, and one batched summary of the page. */
  async list(query: ProjectListQueryDto, scope: AccessScope): Promise<Page<ProjectListItemDto>> {
    const today = berlinToday();
    const qb = this.dataSource.getRepository(Project).createQueryBuilder('project');
    const own = allianceCondition(scope, 'project.alliance_id');
    if (own) qb.andWhere(own.sql, own.params);
    if (!query.includeArchived) qb.andWhere('project.archivedAt IS NULL');
    if (query.allianceId) qb.andWhere('project.allianceId = :allianceId', { allianceId: query.allianceId });
    if (query.handlungsfeldId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM project_handlungsfeld ph WHERE ph.project_id = project.id AND ph.handlungsfeld_id = :handlungsfeldId)',
        { handlungsfeldId: query.handlungsfeldId },
      );
    }
    if (query.zielgruppeCode) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM project_zielgruppe pz WHERE pz.project_id = project.id AND pz.zielgruppe_code = :zielgruppeCode)',
        { zielgruppeCode: query.zielgruppeCode },
      );
    }
    if (query.fundingSource) {
      qb.andWhere('project.fundingSources @> ARRAY[:fundingSource]::varchar[]', { fundingSource: query.fundingSource });
    }
    if (query.running !== undefined) qb.andWhere(query.running ? RUNNING_SQL : `NOT ${RUNNING_SQL}`, { today });
    applyFoldedContains(qb, 'project.name', query.q);
    const { page } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'name'], (entity) => toProjectDto(entity, today));
    const summaries = await this.summaries(page.items.map((item) => item.id));
    return {
      ...page,
      items: page.items.map((item) => {
        const summary = summaries.get(item.id);
        return {
          ...item,
          allianceName: summary?.allianceName ?? '',
          handlungsfeldCodes: summary?.handlungsfeldCodes ?? [],
          zielgruppeCodes: summary?.zielgruppeCodes ?? [],
          partnerCount: summary?.partnerCount ?? 0,
        };
      }),
    };
  }

  async get(id: string, scope: AccessScope): Promise<ProjectDetailDto> {
    return answeringOutsideScope(this.dataSource, this.audit, async () => {
      await assertInScope(this.dataSource.manager, TARGET, id, scope);
      return this.detail(this.dataSource.manager, id);
    });
  }

  async create(dto: CreateProjectDto, scope: AccessScope, actor: string): Promise<ProjectDetailDto> {
    this.checkPeriod(dto);
    return this.dataSource.transaction(async (manager) => {
      const refs = toRefs(dto);
      await this.references.check(manager, refs, scope);
      const { identifiers } = await manager.insert(Project, toColumns(dto));
      const id = String(identifiers[0]['id']);
      for (const link of LINKS) await insertLinks(manager, link.table, id, refs[link.field]);
      const created = await manager.findOneByOrFail(Project, { id });
      await this.audit.record(manager, {
        actor,
        action: 'CREATE',
        entityType: TARGET.entityType,
        entityId: id,
        after: { ...created, handlungsfeldIds: refs.handlungsfeldIds, zielgruppeCodes: refs.zielgruppeCodes, partnerOrganisationIds: refs.partnerOrganisationIds },
      });
      return this.detail(manager, id);
    });
  }

  /** Replaces the project and its Handlungsfelder, Zielgruppen and partners in one transaction. */
  async update(id: string, dto: UpdateProjectDto, scope: AccessScope, actor: string): Promise<ProjectDetailDto> {
    this.checkPeriod(dto);
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertInScope(manager, TARGET, id, scope, true);
      const current = await manager.findOneBy(Project, { id });
      if (!current || current.archivedAt) throw projectNotFound();
      const refs = toRefs(dto);
      await this.references.check(manager, refs, scope, {
        allianceId: current.allianceId,
        handlungsfeldIds: [],
        partnerOrganisationIds: await readLinks(manager, PROJECT_PARTNER, id),
      });
      await this.writer.update(manager, TARGET, id, dto.version, toColumns(dto), actor);
      const before: Record<string, string[]> = {};
      const after: Record<string, string[]> = {};
      for (const link of LINKS) {
        const values = refs[link.field];
        const previous = await replaceLinks(manager, link.table, id, values);
        if (previous) {
          before[link.field] = previous;
          after[link.field] = values;
        }
      }
      if (Object.keys(after).length) {
        await this.audit.record(manager, { actor, action: 'UPDATE', entityType: TARGET.entityType, entityId: id, before, after });
      }
      return this.detail(manager, id);
    });
  }

  async archive(id: string, version: number, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertInScope(manager, TARGET, id, scope, true);
      await this.writer.archive(manager, TARGET, id, version, actor);
    });
  }

  /** The end lies not before the start; a project with an end date in the past is not ongoing. */
  private checkPeriod(dto: CreateProjectDto): void {
    if (dto.startsOn && dto.endsOn && dto.endsOn < dto.startsOn) throw projectPeriodInvalid();
    if (dto.isOngoing && dto.endsOn && dto.endsOn < berlinToday()) throw ongoingProjectEnded();
  }

  private async detail(manager: EntityManager, id: string): Promise<ProjectDetailDto> {
    const project = await manager.findOneBy(Project, { id });
    if (!project) throw projectNotFound();
    const allianceName = await findAllianceName(manager, project.allianceId);
    const handlungsfelder = await findLinkedHandlungsfelder(manager, 'project_handlungsfeld', 'project_id', id);
    const partners = await findLinkedPartners(manager, 'project_partner', 'project_id', id);
    const zielgruppen: EngagementZielgruppeDto[] = await manager.query(
      `SELECT z.code, z.name FROM project_zielgruppe pz JOIN zielgruppe z ON z.code = pz.zielgruppe_code
       WHERE pz.project_id = $1 ORDER BY z.sort_order, z.code`,
      [id],
    );
    return { ...toProjectDto(project, berlinToday()), allianceName, handlungsfelder, zielgruppen, partners };
  }

  /** Alliance name, Handlungsfeld and Zielgruppe codes and partner count of the given projects: ONE statement. */
  private async summaries(ids: string[]): Promise<Map<string, ProjectSummaryRow>> {
    if (!ids.length) return new Map();
    const rows: ProjectSummaryRow[] = await this.dataSource.query(
      `SELECT p.id,
              al.name AS "allianceName",
              ARRAY(SELECT h.code FROM project_handlungsfeld ph JOIN handlungsfeld h ON h.id = ph.handlungsfeld_id
                    WHERE ph.project_id = p.id ORDER BY h.sort_order, h.code) AS "handlungsfeldCodes",
              ARRAY(SELECT z.code FROM project_zielgruppe pz JOIN zielgruppe z ON z.code = pz.zielgruppe_code
                    WHERE pz.project_id = p.id ORDER BY z.sort_order, z.code) AS "zielgruppeCodes",
              (SELECT count(*)::int FROM project_partner pp WHERE pp.project_id = p.id) AS "partnerCount"
         FROM project p JOIN alliance al ON al.id = p.alliance_id
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function toRefs(dto: CreateProjectDto): ProjectRefs {
  return {
    allianceId: dto.allianceId.toLowerCase(),
    handlungsfeldIds: normaliseIds(dto.handlungsfeldIds),
    zielgruppeCodes: [...new Set(dto.zielgruppeCodes ?? [])],
    partnerOrganisationIds: normaliseIds(dto.partnerOrganisationIds),
  };
}

function toColumns(dto: CreateProjectDto): Partial<Project> {
  return {
    allianceId: dto.allianceId.toLowerCase(),
    name: dto.name.trim(),
    description: dto.description?.trim() || null,
    startsOn: dto.startsOn ?? null,
    endsOn: dto.endsOn ?? null,
    isOngoing: dto.isOngoing ?? false,
    fundingSources: dto.fundingSources ?? [],
    outputNote: dto.outputNote?.trim() || null,
  };
}
