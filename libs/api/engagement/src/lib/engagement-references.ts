import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessScope, allianceCondition } from '@bn/api/core';
import { Alliance, Handlungsfeld, Organisation, Zielgruppe } from '@bn/api/data-access-db';
import {
  allianceNotAccessible,
  allianceNotFound,
  handlungsfeldNotFound,
  partnerNotAccessible,
  partnerNotFound,
  zielgruppeNotFound,
} from './engagement.errors';
import { linkablePartnerCondition } from './engagement-scope';

/** What an activity or project refers to; `stored` holds the values it had before an update. */
export interface EngagementRefs {
  allianceId: string;
  handlungsfeldIds: string[];
  partnerOrganisationIds: string[];
  zielgruppeCodes?: string[];
}

/**
 * Checks that referenced rows exist (400 with the field's message otherwise). New references to an
 * alliance or a partner organisation must not be archived and must lie in the caller's scope
 * (coordinators: own alliances and their partner organisations; the answer does not reveal whether a
 * foreign row exists). References a record already had may stay although archived or out of scope
 * since, so that old records remain editable.
 */
@Injectable()
export class EngagementReferences {
  async check(manager: EntityManager, refs: EngagementRefs, scope: AccessScope, stored?: EngagementRefs): Promise<void> {
    const restricted = scope.kind !== 'all';
    if (refs.allianceId !== stored?.allianceId) {
      const qb = manager
        .createQueryBuilder(Alliance, 'alliance')
        .where('alliance.id = :allianceId AND alliance.archivedAt IS NULL', { allianceId: refs.allianceId });
      const own = allianceCondition(scope, 'alliance.id');
      if (own) qb.andWhere(own.sql, own.params);
      if (!(await qb.getExists())) throw restricted ? allianceNotAccessible() : allianceNotFound();
    }
    if (refs.handlungsfeldIds.length) {
      const found = await manager.countBy(Handlungsfeld, { id: In(refs.handlungsfeldIds) });
      if (found !== refs.handlungsfeldIds.length) throw handlungsfeldNotFound();
    }
    const newPartners = refs.partnerOrganisationIds.filter((id) => !stored?.partnerOrganisationIds.includes(id));
    if (newPartners.length) {
      const qb = manager
        .createQueryBuilder(Organisation, 'organisation')
        .where('organisation.id IN (:...newPartners) AND organisation.archivedAt IS NULL', { newPartners });
      const linkable = linkablePartnerCondition(scope, 'organisation.id');
      if (linkable) qb.andWhere(linkable.sql, linkable.params);
      if ((await qb.getCount()) !== newPartners.length) throw restricted ? partnerNotAccessible() : partnerNotFound();
    }
    const zielgruppen = refs.zielgruppeCodes ?? [];
    if (zielgruppen.length) {
      const found = await manager.countBy(Zielgruppe, { code: In(zielgruppen) });
      if (found !== zielgruppen.length) throw zielgruppeNotFound();
    }
  }
}
