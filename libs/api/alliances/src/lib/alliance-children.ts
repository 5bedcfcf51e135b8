import { EntityManager } from 'typeorm';
import { AllianceBody, AllianceHandlungsfeld, AllianceZielgruppe } from '@bn/api/data-access-db';
import { AllianceChildren } from './alliance-input';

/** Replaces Handlungsfelder, Zielgruppen and bodies of an alliance as a whole (inside the caller's transaction). */
export async function replaceAllianceChildren(
  manager: EntityManager,
  allianceId: string,
  children: AllianceChildren,
  isNew: boolean,
): Promise<void> {
  if (!isNew) {
    await manager.delete(AllianceHandlungsfeld, { allianceId });
    await manager.delete(AllianceZielgruppe, { allianceId });
    await manager.delete(AllianceBody, { allianceId });
  }
  if (children.handlungsfeldIds.length > 0) {
    await manager.insert(
      AllianceHandlungsfeld,
      children.handlungsfeldIds.map((handlungsfeldId) => ({
        allianceId,
        handlungsfeldId,
        isMain: handlungsfeldId === children.mainHandlungsfeldId,
      })),
    );
  }
  if (children.zielgruppeCodes.length > 0) {
    await manager.insert(
      AllianceZielgruppe,
      children.zielgruppeCodes.map((zielgruppeCode) => ({ allianceId, zielgruppeCode })),
    );
  }
  if (children.bodies.length > 0) {
    await manager.insert(
      AllianceBody,
      children.bodies.map((body) => ({ allianceId, ...body })),
    );
  }
}
