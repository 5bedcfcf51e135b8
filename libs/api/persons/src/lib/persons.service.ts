import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, applySearch, AuditWriter, fetchPage, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Consent, Person } from '@bn/api/data-access-db';
import {
  CreatePersonDto,
  Page,
  PersonDetailDto,
  PersonDto,
  PersonFieldsDto,
  PersonListItemDto,
  PersonListQueryDto,
  PersonSortField,
  RecordPrivacyNoticeDto,
  UpdatePersonDto,
} from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { toConsentDto, toPersonDto, toPersonFunctionDto, toPersonFunctionSummaryDto } from './person.mapper';
import {
  coordinatorDataSourceRequired,
  dataSourceUnchangeable,
  dateInFuture,
  functionInScopeRequired,
  personNotFound,
} from './person.errors';
import { answeringOutsideScope, assertPersonInScope, functionCondition, personCondition, scopedTransaction } from './person-scope';
import { currentFunctionSql, PersonFunctionsService } from './person-functions.service';

/** Sort by the folded name so that "Müller" sorts with "Muller", not after "Z". */
const SORT_COLUMNS: Record<PersonSortField, string> = {
  lastName: `bn_fold(person.lastName || ' ' || person.firstName)`,
  firstName: `bn_fold(person.firstName || ' ' || person.lastName)`,
  email: 'person.email',
  updatedAt: 'person.updatedAt',
};

const TARGET: VersionedTarget<Person> = { entity: Person, entityType: 'Person', notFound: personNotFound };

/**
 * Contact persons. Every method takes the caller's access scope (see person-scope.ts): coordinators
 * list, read and write only persons with a function in their reach, enter new persons only with such a
 * function and always as data source KOORDINATION (so the Art. 14 notice becomes due); a foreign
 * person answers 404 and leaves a PERMISSION_DENIED audit entry.
 */
@Injectable()
export class PersonsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly functions: PersonFunctionsService,
  ) {}

  /** Three statements whatever the page size: count, page, current functions of the page. */
  async list(query: PersonListQueryDto, scope: AccessScope): Promise<Page<PersonListItemDto>> {
    const today = berlinToday();
    const qb = this.dataSource.getRepository(Person).createQueryBuilder('person');
    const visible = personCondition(scope, 'person.id');
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (!query.includeArchived) qb.andWhere('person.archivedAt IS NULL');
    if (query.organisationId || query.allianceId || query.functionType) {
      const conditions = ['pf.person_id = person.id', currentFunctionSql('pf')];
      if (query.organisationId) conditions.push('pf.organisation_id = :organisationId');
      if (query.allianceId) conditions.push('pf.alliance_id = :allianceId');
      if (query.functionType) conditions.push('pf.function_type = :functionType');
      // coordinators filter by functions within their reach only (others' affiliations stay hidden)
      const reach = functionCondition(scope, 'pf');
      if (reach) conditions.push(reach.sql);
      qb.andWhere(`EXISTS (SELECT 1 FROM person_function pf WHERE ${conditions.join(' AND ')})`, {
        ...reach?.params,
        today,
        organisationId: query.organisationId,
        allianceId: query.allianceId,
        functionType: query.functionType,
      });
    }
    if (query.privacyNoticeDue === true) {
      qb.andWhere(`person.privacyNoticeSentOn IS NULL AND person.dataSource <> 'SELBST'`);
    } else if (query.privacyNoticeDue === false) {
      qb.andWhere(`(person.privacyNoticeSentOn IS NOT NULL OR person.dataSource = 'SELBST')`);
    }
    applySearch(qb, query.q);
    const { page, entities } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'lastName'], (entity) =>
      toPersonDto(entity, today),
    );
    const current = await this.functions.findWithNames(
      this.dataSource.manager,
      entities.map((entity) => entity.id),
      scope,
      today,
    );
    const byPerson = groupBy(current, (fn) => fn.personId);
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        functions: (byPerson.get(item.id) ?? []).map(toPersonFunctionSummaryDto),
      })),
    };
  }

  async get(id: string, scope: AccessScope): Promise<PersonDetailDto> {
    return answeringOutsideScope(this.dataSource, this.audit, async () => {
      await assertPersonInScope(this.dataSource.manager, id, scope);
      return this.detail(id, scope);
    });
  }

  /** The person with the functions in the scope's reach and all consents. */
  private async detail(id: string, scope: AccessScope): Promise<PersonDetailDto> {
    const person = await this.dataSource.getRepository(Person).findOneBy({ id });
    if (!person) throw personNotFound();
    const today = berlinToday();
    const [functions, consents] = await Promise.all([
      this.functions.findWithNames(this.dataSource.manager, [id], scope),
      this.dataSource.getRepository(Consent).find({ where: { personId: id }, order: { grantedOn: 'DESC', createdAt: 'DESC' } }),
    ]);
    const functionDtos = functions.map((fn) => toPersonFunctionDto(fn, today));
    return {
      ...toPersonDto(person, today),
      // current functions first; the query's order (newest start first) stays within each group
      functions: [...functionDtos.filter((fn) => fn.isCurrent), ...functionDtos.filter((fn) => !fn.isCurrent)],
      consents: consents.map(toConsentDto),
    };
  }

  async create(dto: CreatePersonDto, scope: AccessScope, actor: string): Promise<PersonDetailDto> {
    if (dto.privacyNoticeSentOn && dto.privacyNoticeSentOn > berlinToday()) throw dateInFuture('privacyNoticeSentOn');
    const functions = dto.functions ?? [];
    if (scope.kind !== 'all') {
      // every function is checked against the coordinator's reach below; at least one is needed
      if (dto.dataSource !== 'KOORDINATION') throw coordinatorDataSourceRequired();
      if (!functions.length) throw functionInScopeRequired();
    }
    const id = await this.dataSource.transaction(async (manager) => {
      await this.functions.checkInputs(manager, functions, scope, 'functions');
      const { identifiers } = await manager.insert(Person, {
        ...this.toColumns(dto),
        privacyNoticeSentOn: dto.privacyNoticeSentOn ?? null,
      });
      const personId = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(Person, { id: personId });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: TARGET.entityType, entityId: personId, after: created });
      await this.functions.insert(manager, personId, functions, actor);
      return personId;
    });
    return this.detail(id, scope);
  }

  async update(id: string, dto: UpdatePersonDto, scope: AccessScope, actor: string): Promise<PersonDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, id, scope, true);
      if (scope.kind !== 'all') {
        const stored = await manager.findOneBy(Person, { id });
        if (stored && stored.dataSource !== dto.dataSource) throw dataSourceUnchangeable();
      }
      const updated = await this.writer.update(manager, TARGET, id, dto.version, this.toColumns(dto), actor);
      return toPersonDto(updated, berlinToday());
    });
  }

  async archive(id: string, version: number, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, id, scope, true);
      await this.writer.archive(manager, TARGET, id, version, actor);
    });
  }

  /** Records the date the Art. 14 DSGVO notice was sent (a correction overwrites an earlier date). */
  async recordPrivacyNotice(id: string, dto: RecordPrivacyNoticeDto, scope: AccessScope, actor: string): Promise<PersonDto> {
    const today = berlinToday();
    if (dto.sentOn > today) throw dateInFuture('sentOn');
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, id, scope, true);
      const updated = await this.writer.update(manager, TARGET, id, dto.version, { privacyNoticeSentOn: dto.sentOn }, actor);
      return toPersonDto(updated, today);
    });
  }

  private toColumns(dto: PersonFieldsDto): Partial<Person> {
    return {
      salutation: dto.salutation ?? 'KEINE',
      title: dto.title?.trim() || null,
      firstName: dto.firstName.trim(),
      lastName: dto.lastName.trim(),
      email: dto.email?.trim() || null,
      phone: dto.phone?.trim() || null,
      preferredChannel: dto.preferredChannel ?? null,
      dataSource: dto.dataSource,
      retentionReviewOn: dto.retentionReviewOn ?? null,
    };
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return groups;
}
