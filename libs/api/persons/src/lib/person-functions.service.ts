import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { AccessScope, AuditWriter, SqlCondition, VersionedTarget, VersionedWriter, versionConflict } from '@bn/api/core';
import { Alliance, Organisation, Person, PersonFunction } from '@bn/api/data-access-db';
import {
  CreatePersonFunctionDto,
  EndPersonFunctionDto,
  PersonFunctionDto,
  UpdatePersonFunctionDto,
} from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { toPersonFunctionDto } from './person.mapper';
import {
  functionAllianceNotAccessible,
  functionAllianceNotFound,
  functionAlreadyEnded,
  functionOrganisationNotAccessible,
  functionOrganisationNotFound,
  functionPeriodInvalid,
  functionTargetMissing,
  personFunctionNotFound,
  personNotFound,
} from './person.errors';
import {
  assertFunctionInScope,
  assertPersonInScope,
  functionCondition,
  ownAllianceCondition,
  partnerOrganisationCondition,
  scopedTransaction,
} from './person-scope';

const FUNCTION_TARGET: VersionedTarget<PersonFunction> = {
  entity: PersonFunction,
  entityType: 'PersonFunction',
  notFound: personFunctionNotFound,
};

/** SQL condition "function valid on :today" for a person_function alias (raw column names). */
export function currentFunctionSql(alias: string): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= :today) AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= :today)`;
}

/**
 * Functions of persons in organisations and alliances: added, changed and ended, never deleted.
 * Coordinators manage functions of persons in their scope, and only functions within their reach
 * (own alliances, partner organisations of own alliances); see person-scope.ts.
 */
@Injectable()
export class PersonFunctionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
  ) {}

  async add(personId: string, dto: CreatePersonFunctionDto, scope: AccessScope, actor: string): Promise<PersonFunctionDto> {
    const id = await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, personId, scope, true);
      await this.assertActivePerson(manager, personId);
      await this.checkInputs(manager, [dto], scope);
      const [created] = await this.insert(manager, personId, [dto], actor);
      return created;
    });
    return this.getOne(this.dataSource.manager, personId, id);
  }

  async update(
    personId: string,
    functionId: string,
    dto: UpdatePersonFunctionDto,
    scope: AccessScope,
    actor: string,
  ): Promise<PersonFunctionDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.assertWritable(manager, personId, functionId, scope);
      const current = await this.findOwn(manager, personId, functionId);
      if (current.version !== dto.version) throw versionConflict();
      await this.checkInputs(manager, [dto], scope, undefined, current);
      await this.writer.update(manager, FUNCTION_TARGET, functionId, dto.version, this.toColumns(dto), actor);
      return this.getOne(manager, personId, functionId);
    });
  }

  /** Ends a function on `validUntil`; a function that ended before today cannot be ended again. */
  async end(personId: string, functionId: string, dto: EndPersonFunctionDto, scope: AccessScope, actor: string): Promise<PersonFunctionDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.assertWritable(manager, personId, functionId, scope);
      const current = await this.findOwn(manager, personId, functionId);
      if (current.version !== dto.version) throw versionConflict();
      if (current.validUntil !== null && current.validUntil < berlinToday()) throw functionAlreadyEnded();
      if (current.validFrom !== null && dto.validUntil < current.validFrom) throw functionPeriodInvalid();
      await this.writer.update(manager, FUNCTION_TARGET, functionId, dto.version, { validUntil: dto.validUntil }, actor);
      return this.getOne(manager, personId, functionId);
    });
  }

  /**
   * Checks the rules of function inputs: organisation and/or alliance given, existing and not archived
   * (a reference the stored function `current` already has may stay even if archived since), and the
   * period in order. For coordinators, new references must lie in their reach (own alliances, partner
   * organisations of own alliances; the answer does not reveal whether a foreign row exists). With
   * `listField`, field messages name the list position, e.g. `functions.0.allianceId`.
   */
  async checkInputs(
    manager: EntityManager,
    inputs: CreatePersonFunctionDto[],
    scope: AccessScope,
    listField?: string,
    current?: PersonFunction,
  ): Promise<void> {
    const restricted = scope.kind !== 'all';
    const isNew = (value: string | null | undefined, stored: string | null | undefined): value is string =>
      !!value && value !== stored;
    const organisationIds = inputs.flatMap((i) => (isNew(i.organisationId, current?.organisationId) ? [i.organisationId] : []));
    const allianceIds = inputs.flatMap((i) => (isNew(i.allianceId, current?.allianceId) ? [i.allianceId] : []));
    const organisations = await this.activeIds(manager, Organisation, organisationIds, partnerOrganisationCondition(scope, 'target.id'));
    const alliances = await this.activeIds(manager, Alliance, allianceIds, ownAllianceCondition(scope, 'target.id'));
    inputs.forEach((input, index) => {
      const at = listField ? `${listField}.${index}.` : '';
      if (!input.organisationId && !input.allianceId) throw functionTargetMissing(at);
      if (isNew(input.organisationId, current?.organisationId) && !organisations.has(input.organisationId.toLowerCase())) {
        throw restricted ? functionOrganisationNotAccessible(at) : functionOrganisationNotFound(at);
      }
      if (isNew(input.allianceId, current?.allianceId) && !alliances.has(input.allianceId.toLowerCase())) {
        throw restricted ? functionAllianceNotAccessible(at) : functionAllianceNotFound(at);
      }
      if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) throw functionPeriodInvalid(at);
    });
  }

  /** Inserts checked function inputs of a person with one audit entry each; returns the new ids. */
  async insert(manager: EntityManager, personId: string, inputs: CreatePersonFunctionDto[], actor: string): Promise<string[]> {
    if (!inputs.length) return [];
    const { identifiers } = await manager.insert(
      PersonFunction,
      inputs.map((input) => ({ personId, ...this.toColumns(input) })),
    );
    const ids = identifiers.map((identifier) => String(identifier['id']));
    const created = await manager.findBy(PersonFunction, { id: In(ids) });
    for (const fn of created) {
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: FUNCTION_TARGET.entityType, entityId: fn.id, after: fn });
    }
    return ids;
  }

  /**
   * Functions of the given persons with organisation and alliance names, in ONE statement; only
   * those in the scope's reach, and only those valid on `currentOn` when given. Ordered by start,
   * newest first.
   */
  async findWithNames(manager: EntityManager, personIds: string[], scope: AccessScope, currentOn?: string): Promise<PersonFunction[]> {
    if (!personIds.length) return [];
    const qb = this.withNames(manager).where('fn.personId IN (:...personIds)', { personIds });
    const reach = functionCondition(scope, 'fn');
    if (reach) qb.andWhere(reach.sql, reach.params);
    if (currentOn) qb.andWhere(currentFunctionSql('fn'), { today: currentOn });
    return qb.orderBy('fn.validFrom', 'DESC', 'NULLS FIRST').addOrderBy('fn.createdAt', 'ASC').getMany();
  }

  private withNames(manager: EntityManager): SelectQueryBuilder<PersonFunction> {
    return manager
      .getRepository(PersonFunction)
      .createQueryBuilder('fn')
      .leftJoin('fn.organisation', 'organisation')
      .addSelect(['organisation.id', 'organisation.name'])
      .leftJoin('fn.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name']);
  }

  private async getOne(manager: EntityManager, personId: string, functionId: string): Promise<PersonFunctionDto> {
    const found = await this.withNames(manager).where('fn.id = :functionId AND fn.personId = :personId', { functionId, personId }).getOne();
    if (!found) throw personFunctionNotFound();
    return toPersonFunctionDto(found, berlinToday());
  }

  private async findOwn(manager: EntityManager, personId: string, functionId: string): Promise<PersonFunction> {
    const fn = await manager.findOneBy(PersonFunction, { id: functionId, personId });
    if (!fn) throw personFunctionNotFound();
    return fn;
  }

  /** The person is in scope and not archived, and the function is within the scope's reach. */
  private async assertWritable(manager: EntityManager, personId: string, functionId: string, scope: AccessScope): Promise<void> {
    await assertPersonInScope(manager, personId, scope, true);
    await this.assertActivePerson(manager, personId);
    await assertFunctionInScope(manager, personId, functionId, scope);
  }

  private async assertActivePerson(manager: EntityManager, personId: string): Promise<void> {
    if (!(await manager.existsBy(Person, { id: personId, archivedAt: IsNull() }))) throw personNotFound();
  }

  /** Ids among `ids` of non-archived rows that satisfy the scope condition (on alias `target`), lower case. */
  private async activeIds(
    manager: EntityManager,
    entity: typeof Organisation | typeof Alliance,
    ids: string[],
    condition: SqlCondition | null,
  ): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const qb = manager
      .createQueryBuilder(entity, 'target')
      .select('target.id', 'id')
      .where('target.id IN (:...ids) AND target.archived_at IS NULL', { ids: [...new Set(ids)] });
    if (condition) qb.andWhere(condition.sql, condition.params);
    const rows = await qb.getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  private toColumns(input: CreatePersonFunctionDto): Partial<PersonFunction> {
    return {
      functionType: input.functionType,
      organisationId: input.organisationId ?? null,
      allianceId: input.allianceId ?? null,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
    };
  }
}
