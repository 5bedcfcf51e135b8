import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { applySearch, AuditWriter, fetchPage, VersionedTarget, VersionedWriter } from '@bn/api/core';
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
import { dateInFuture, personNotFound } from './person.errors';
import { currentFunctionSql, PersonFunctionsService } from './person-functions.service';

/** Sort by the folded name so that "Müller" sorts with "Muller", not after "Z". */
const SORT_COLUMNS: Record<PersonSortField, string> = {
  lastName: `bn_fold(person.lastName || ' ' || person.firstName)`,
  firstName: `bn_fold(person.firstName || ' ' || person.lastName)`,
  email: 'person.email',
  updatedAt: 'person.updatedAt',
};

const TARGET: VersionedTarget<Person> = { entity: Person, entityType: 'Person', notFound: personNotFound };

@Injectable()
export class PersonsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly functions: PersonFunctionsService,
  ) {}

  /** Three statements whatever the page size: count, page, current functions of the page. */
  async list(query: PersonListQueryDto): Promise<Page<PersonListItemDto>> {
    const today = berlinToday();
    const qb = this.dataSource.getRepository(Person).createQueryBuilder('person');
    if (!query.includeArchived) qb.andWhere('person.archivedAt IS NULL');
    if (query.organisationId || query.allianceId || query.functionType) {
      const conditions = ['pf.person_id = person.id', currentFunctionSql('pf')];
      if (query.organisationId) conditions.push('pf.organisation_id = :organisationId');
      if (query.allianceId) conditions.push('pf.alliance_id = :allianceId');
      if (query.functionType) conditions.push('pf.function_type = :functionType');
      qb.andWhere(`EXISTS (SELECT 1 FROM person_function pf WHERE ${conditions.join(' AND ')})`, {
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

  async get(id: string): Promise<PersonDetailDto> {
    const person = await this.dataSource.getRepository(Person).findOneBy({ id });
    if (!person) throw personNotFound();
    const today = berlinToday();
    const [functions, consents] = await Promise.all([
      this.functions.findWithNames(this.dataSource.manager, [id]),
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

  async create(dto: CreatePersonDto, actor: string): Promise<PersonDetailDto> {
    if (dto.privacyNoticeSentOn && dto.privacyNoticeSentOn > berlinToday()) throw dateInFuture('privacyNoticeSentOn');
    const id = await this.dataSource.transaction(async (manager) => {
      const functions = dto.functions ?? [];
      await this.functions.checkInputs(manager, functions, 'functions');
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
    return this.get(id);
  }

  async update(id: string, dto: UpdatePersonDto, actor: string): Promise<PersonDto> {
    return this.dataSource.transaction(async (manager) => {
      const updated = await this.writer.update(manager, TARGET, id, dto.version, this.toColumns(dto), actor);
      return toPersonDto(updated, berlinToday());
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, TARGET, id, version, actor));
  }

  /** Records the date the Art. 14 DSGVO notice was sent (a correction overwrites an earlier date). */
  async recordPrivacyNotice(id: string, dto: RecordPrivacyNoticeDto, actor: string): Promise<PersonDto> {
    const today = berlinToday();
    if (dto.sentOn > today) throw dateInFuture('sentOn');
    return this.dataSource.transaction(async (manager) => {
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
