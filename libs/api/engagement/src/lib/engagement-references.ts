import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { Alliance, Handlungsfeld, Organisation, Zielgruppe } from '@bn/api/data-access-db';
import { allianceNotFound, handlungsfeldNotFound, partnerNotFound, zielgruppeNotFound } from './engagement.errors';

/** What an activity or project refers to; `stored` holds the values it had before an update. */
export interface EngagementRefs {
  allianceId: string;
  handlungsfeldIds: string[];
  partnerOrganisationIds: string[];
  zielgruppeCodes?: string[];
}

/**
 * Checks that referenced rows exist (400 with the field's message otherwise). New references to an
 * alliance or a partner organisation must not be archived; references a record already had may stay
 * although archived since, so that old records remain editable.
 */
@Injectable()
export class EngagementReferences {
  async check(manager: EntityManager, refs: EngagementRefs, stored?: EngagementRefs): Promise<void> {
    if (refs.allianceId !== stored?.allianceId) {
      const active = await manager.existsBy(Alliance, { id: refs.allianceId, archivedAt: IsNull() });
      if (!active) throw allianceNotFound();
    }
    if (refs.handlungsfeldIds.length) {
      const found = await manager.countBy(Handlungsfeld, { id: In(refs.handlungsfeldIds) });
      if (found !== refs.handlungsfeldIds.length) throw handlungsfeldNotFound();
    }
    const newPartners = refs.partnerOrganisationIds.filter((id) => !stored?.partnerOrganisationIds.includes(id));
    if (newPartners.length) {
      const found = await manager.countBy(Organisation, { id: In(newPartners), archivedAt: IsNull() });
      if (found !== newPartners.length) throw partnerNotFound();
    }
    const zielgruppen = refs.zielgruppeCodes ?? [];
    if (zielgruppen.length) {
      const found = await manager.countBy(Zielgruppe, { code: In(zielgruppen) });
      if (found !== zielgruppen.length) throw zielgruppeNotFound();
    }
  }
}
