import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, VersionedWriter } from '@bn/api/core';
import { Declaration, Signature } from '@bn/api/data-access-db';
import {
  AllianceDeclarationDto,
  AllianceDeclarationListQueryDto,
  AllianceSignatureDto,
  CreateAllianceDeclarationDto,
  CreateAllianceSignatureDto,
  UpdateAllianceDeclarationDto,
} from '@bn/shared/contracts';
import { toDeclarationDto, toSignatureDto } from './declaration.mapper';
import { declarationNotFound, eventNotFound, signatoryNotFound, signatureExists, signatureOrganisationNotFound } from './declaration.errors';
import { dateInFuture } from './alliance.errors';
import {
  DECLARATION_TARGET,
  isUniqueViolation,
  requireActiveAlliance,
  SIGNATURE_ENTITY_TYPE,
  SIGNATURE_UNIQUE,
} from './persistence';
import { AllianceAccess, Requester } from './alliance-access';
import { eventSelectable, organisationSelectable, personSelectable } from './reference-access';
import { berlinToday } from '@bn/shared/util';

/**
 * Gemeinsame Erklärungen of one alliance with their Unterzeichnungen (signatures may grow after the founding).
 * Coordinators read and write those of their own alliances, mentors read those of assigned alliances.
 */
@Injectable()
export class DeclarationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: AllianceAccess,
  ) {}

  /** Newest first; the signatures of all declarations come in one batched query. */
  async list(allianceId: string, query: AllianceDeclarationListQueryDto, scope: AccessScope): Promise<AllianceDeclarationDto[]> {
    const manager = this.dataSource.manager;
    await this.access.require(scope, allianceId);
    const qb = manager
      .getRepository(Declaration)
      .createQueryBuilder('declaration')
      .leftJoin('declaration.event', 'event')
      .addSelect(['event.id', 'event.title'])
      .where('declaration.allianceId = :allianceId', { allianceId });
    const condition = allianceCondition(scope, 'declaration.alliance_id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!query.includeArchived) qb.andWhere('declaration.archivedAt IS NULL');
    const declarations = await qb
      .orderBy('declaration.adoptedOn', 'DESC', 'NULLS LAST')
      .addOrderBy('declaration.createdAt', 'DESC')
      .addOrderBy('declaration.id', 'ASC')
      .getMany();
    return this.withSignatures(manager, declarations);
  }

  async create(allianceId: string, dto: CreateAllianceDeclarationDto, requester: Requester): Promise<AllianceDeclarationDto> {
    const { actor } = requester;
    await this.access.requireWritable(requester.scope, allianceId);
    return this.dataSource.transaction(async (manager) => {
      await requireActiveAlliance(manager, allianceId);
      await this.checkEvent(manager, requester.scope, dto.eventId, null);
      const { identifiers } = await manager.insert(Declaration, { allianceId, ...this.toColumns(dto) });
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(Declaration, { id });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: DECLARATION_TARGET.entityType, entityId: id, after: created });
      return this.load(manager, id);
    });
  }

  async update(allianceId: string, id: string, dto: UpdateAllianceDeclarationDto, requester: Requester): Promise<AllianceDeclarationDto> {
    await this.access.requireWritable(requester.scope, allianceId);
    return this.dataSource.transaction(async (manager) => {
      await requireActiveAlliance(manager, allianceId);
      const current = await this.requireOwn(manager, allianceId, id);
      await this.checkEvent(manager, requester.scope, dto.eventId, current.eventId);
      await this.writer.update(manager, DECLARATION_TARGET, id, dto.version, this.toColumns(dto), requester.actor);
      return this.load(manager, id);
    });
  }

  async archive(allianceId: string, id: string, version: number, requester: Requester): Promise<void> {
    await this.access.requireWritable(requester.scope, allianceId);
    await this.dataSource.transaction(async (manager) => {
      await requireActiveAlliance(manager, allianceId);
      await this.requireOwn(manager, allianceId, id);
      await this.writer.archive(manager, DECLARATION_TARGET, id, version, requester.actor);
    });
  }

  async sign(allianceId: string, declarationId: string, dto: CreateAllianceSignatureDto, requester: Requester): Promise<AllianceSignatureDto> {
    const { actor } = requester;
    await this.access.requireWritable(requester.scope, allianceId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await requireActiveAlliance(manager, allianceId);
        await this.requireOwn(manager, allianceId, declarationId);
        if (!(await organisationSelectable(manager, requester, dto.organisationId))) throw signatureOrganisationNotFound();
        if (dto.signatoryId && !(await personSelectable(manager, requester, dto.signatoryId))) throw signatoryNotFound();
        await this.checkEvent(manager, requester.scope, dto.eventId, null);
        if (dto.signedOn > berlinToday()) throw dateInFuture('signedOn');
        if (await manager.existsBy(Signature, { declarationId, organisationId: dto.organisationId })) throw signatureExists();
        const { identifiers } = await manager.insert(Signature, {
          declarationId,
          organisationId: dto.organisationId,
          signatoryId: dto.signatoryId ?? null,
          signedOn: dto.signedOn,
          occasion: dto.occasion,
          eventId: dto.eventId ?? null,
        });
        const id = String(identifiers[0]['id']);
        const [signature] = await this.loadSignatures(manager, { id });
        await this.audit.record(manager, { actor, action: 'CREATE', entityType: SIGNATURE_ENTITY_TYPE, entityId: id, after: signature });
        return signature;
      });
    } catch (error: unknown) {
      // a concurrent signature of the same organisation: the unique index decides
      if (isUniqueViolation(error, SIGNATURE_UNIQUE)) throw signatureExists();
      throw error;
    }
  }

  private async load(manager: EntityManager, id: string): Promise<AllianceDeclarationDto> {
    const declaration = await manager
      .getRepository(Declaration)
      .createQueryBuilder('declaration')
      .leftJoin('declaration.event', 'event')
      .addSelect(['event.id', 'event.title'])
      .where('declaration.id = :id', { id })
      .getOne();
    if (!declaration) throw declarationNotFound();
    const [dto] = await this.withSignatures(manager, [declaration]);
    return dto;
  }

  private async withSignatures(manager: EntityManager, declarations: Declaration[]): Promise<AllianceDeclarationDto[]> {
    if (declarations.length === 0) return [];
    const signatures = await this.loadSignatures(manager, { declarationIds: declarations.map((d) => d.id) });
    const byDeclaration = new Map<string, AllianceSignatureDto[]>();
    for (const signature of signatures) {
      const list = byDeclaration.get(signature.declarationId) ?? [];
      list.push(signature);
      byDeclaration.set(signature.declarationId, list);
    }
    return declarations.map((d) => toDeclarationDto(d, byDeclaration.get(d.id) ?? []));
  }

  private async loadSignatures(manager: EntityManager, where: { id: string } | { declarationIds: string[] }): Promise<AllianceSignatureDto[]> {
    const qb = manager
      .getRepository(Signature)
      .createQueryBuilder('signature')
      .innerJoin('signature.organisation', 'organisation')
      .addSelect(['organisation.id', 'organisation.name'])
      .leftJoin('signature.signatory', 'signatory')
      .addSelect(['signatory.id', 'signatory.title', 'signatory.firstName', 'signatory.lastName']);
    if ('id' in where) qb.where('signature.id = :id', { id: where.id });
    else qb.where('signature.declarationId IN (:...declarationIds)', { declarationIds: where.declarationIds });
    const rows = await qb.orderBy('signature.signedOn', 'ASC').addOrderBy('organisation.name', 'ASC').addOrderBy('signature.id', 'ASC').getMany();
    return rows.map(toSignatureDto);
  }

  private async requireOwn(manager: EntityManager, allianceId: string, id: string): Promise<Declaration> {
    const declaration = await manager.findOne(Declaration, { select: { id: true, eventId: true }, where: { id, allianceId, archivedAt: IsNull() } });
    if (!declaration) throw declarationNotFound();
    return declaration;
  }

  /** A new event must be one the requester may link (coordinators: their own alliances' events); an unchanged one stays. */
  private async checkEvent(manager: EntityManager, scope: AccessScope, eventId: string | null | undefined, currentEventId: string | null): Promise<void> {
    if (eventId && eventId !== currentEventId && !(await eventSelectable(manager, scope, eventId))) throw eventNotFound();
  }

  private toColumns(dto: CreateAllianceDeclarationDto): Partial<Declaration> {
    const textVersion = dto.textVersion?.trim();
    return {
      kind: dto.kind,
      title: dto.title.trim(),
      textVersion: textVersion ? textVersion : null,
      adoptedOn: dto.adoptedOn ?? null,
      eventId: dto.eventId ?? null,
    };
  }
}
