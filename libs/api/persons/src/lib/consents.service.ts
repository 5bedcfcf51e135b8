import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AccessScope, AuditWriter } from '@bn/api/core';
import { Consent, Person } from '@bn/api/data-access-db';
import { ConsentDto, CreateConsentDto, WithdrawConsentDto } from '@bn/shared/contracts';
import { berlinToday } from '@bn/shared/util';
import { toConsentDto } from './person.mapper';
import {
  consentAlreadyActive,
  consentAlreadyWithdrawn,
  consentNotFound,
  dateInFuture,
  personNotFound,
  withdrawalBeforeGrant,
} from './person.errors';
import { assertPersonInScope, scopedTransaction } from './person-scope';

const ENTITY_TYPE = 'Consent';

/**
 * Consents (Einwilligungen): recorded with purpose, date and text version; withdrawn, never deleted.
 * Coordinators record them for persons in their scope (see person-scope.ts).
 */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async grant(personId: string, dto: CreateConsentDto, scope: AccessScope, actor: string): Promise<ConsentDto> {
    if (dto.grantedOn > berlinToday()) throw dateInFuture('grantedOn');
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, personId, scope);
      // lock the person so that two identical grants cannot both pass the duplicate check
      const person = await manager
        .createQueryBuilder(Person, 'person')
        .setLock('pessimistic_write')
        .where('person.id = :personId AND person.archivedAt IS NULL', { personId })
        .getOne();
      if (!person) throw personNotFound();
      const textVersion = dto.textVersion.trim();
      const duplicate = await manager.existsBy(Consent, { personId, purpose: dto.purpose, textVersion, withdrawnOn: IsNull() });
      if (duplicate) throw consentAlreadyActive();
      const { identifiers } = await manager.insert(Consent, { personId, purpose: dto.purpose, grantedOn: dto.grantedOn, textVersion });
      const created = await manager.findOneByOrFail(Consent, { id: String(identifiers[0]['id']) });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: ENTITY_TYPE, entityId: created.id, after: created });
      return toConsentDto(created);
    });
  }

  /**
   * Records a withdrawal. Allowed for archived persons too: a withdrawal must always be recordable.
   * A consent of another person is not found (404).
   */
  async withdraw(personId: string, consentId: string, dto: WithdrawConsentDto, scope: AccessScope, actor: string): Promise<ConsentDto> {
    if (dto.withdrawnOn > berlinToday()) throw dateInFuture('withdrawnOn');
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertPersonInScope(manager, personId, scope);
      const before = await manager
        .createQueryBuilder(Consent, 'consent')
        .setLock('pessimistic_write')
        .where('consent.id = :consentId AND consent.personId = :personId', { consentId, personId })
        .getOne();
      if (!before) throw consentNotFound();
      if (before.withdrawnOn !== null) throw consentAlreadyWithdrawn();
      if (dto.withdrawnOn < before.grantedOn) throw withdrawalBeforeGrant();
      await manager.update(Consent, { id: consentId }, { withdrawnOn: dto.withdrawnOn });
      const after = await manager.findOneByOrFail(Consent, { id: consentId });
      await this.audit.record(manager, { actor, action: 'UPDATE', entityType: ENTITY_TYPE, entityId: consentId, before, after });
      return toConsentDto(after);
    });
  }
}
