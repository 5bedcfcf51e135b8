import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, SelectQueryBuilder } from 'typeorm';
import { AuditWriter, VersionedTarget, VersionedWriter, versionConflict } from '@bn/api/core';
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
  functionAllianceNotFound,
  functionAlreadyEnded,
  functionOrganisationNotFound,
  functionPeriodInvalid,
  functionTargetMissing,
  personFunctionNotFound,
  personNotFound,
} from './person.errors';

const FUNCTION_TARGET: VersionedTarget<PersonFunction> = {
  entity: PersonFunction,
  entityType: 'PersonFunction',
  notFound: personFunctionNotFound,
};

/** SQL condition "function valid on :today" for a person_function alias (raw column names). */
export function currentFunctionSql(alias: string): string {
  return `(${alias}.valid_from IS NULL OR ${alias}.valid_from <= :today) AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= :today)`;
}

/** Functions of persons in organisations and alliances: added, changed and ended, never deleted. */
@Injectable()
export class PersonFunctionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
  ) {}

  async add(personId: string, dto: CreatePersonFunctionDto, actor: string): Promise<PersonFunctionDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertActivePerson(manager, personId);
      await this.checkInputs(manager, [dto]);
      const [created] = await this.insert(manager, personId, [dto], actor);
      return created;
    });
    return this.getOne(this.dataSource.manager, personId, id);
  }

  async update(personId: string, functionId: string, dto: UpdatePersonFunctionDto, actor: string): Promise<PersonFunctionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertActivePerson(manager, personId);
      const current = await this.findOwn(manager, personId, functionId);
      if (current.version !== dto.version) throw versionConflict();
      await this.checkInputs(manager, [dto], undefined, current);
      await this.writer.update(manager, FUNCTION_TARGET, functionId, dto.version, this.toColumns(dto), actor);
      return this.getOne(manager, personId, functionId);
    });
  }

  /** Ends a function on `validUntil`; a function that ended before today cannot be ended again. */
  async end(personId: string, functionId: string, dto: EndPersonFunctionDto, actor: string): Promise<PersonFunctionDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertActivePerson(manager, personId);
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
   * period in order. With `listField`, field messages name the list position, e.g. `functions.0.allianceId`.
   */
  async checkInputs(
    manager: EntityManager,
    inputs: CreatePersonFunctionDto[],
    listField?: string,
    current?: PersonFunction,
  ): Promise<void> {
    const isNew = (value: string | null | undefined, stored: string | null | undefined): value is string =>
      !!value && value !== stored;
    const organisationIds = inputs.flatMap((i) => (isNew(i.organisationId, current?.organisationId) ? [i.organisationId] : []));
    const allianceIds = inputs.flatMap((i) => (isNew(i.allianceId, current?.allianceId) ? [i.allianceId] : []));
    const organisations = await this.activeIds(manager, Organisation, organisationIds);
    const alliances = await this.activeIds(manager, Alliance, allianceIds);
    inputs.forEach((input, index) => {
      const at = listField ? `${listField}.${index}.` : '';
      if (!input.organisationId && !input.allianceId) throw functionTargetMissing(at);
      if (isNew(input.organisationId, current?.organisationId) && !organisations.has(input.organisationId)) {
        throw functionOrganisationNotFound(at);
      }
      if (isNew(input.allianceId, current?.allianceId) && !alliances.has(input.allianceId)) throw functionAllianceNotFound(at);
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
   * those valid on `currentOn` when given. Ordered by start, newest first.
   */
  async findWithNames(manager: EntityManager, personIds: string[], currentOn?: string): Promise<PersonFunction[]> {
    if (!personIds.length) return [];
    const qb = this.withNames(manager).where('fn.personId IN (:...personIds)', { personIds });
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

  private async assertActivePerson(manager: EntityManager, personId: string): Promise<void> {
    if (!(await manager.existsBy(Person, { id: personId, archivedAt: IsNull() }))) throw personNotFound();
  }

  private async activeIds(manager: EntityManager, entity: typeof Organisation | typeof Alliance, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await manager
      .getRepository(entity)
      .find({ select: { id: true }, where: { id: In([...new Set(ids)]), archivedAt: IsNull() } });
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
