import { EntityManager } from 'typeorm';

/** An active consent: purpose GALERIE, granted on or before today and not withdrawn by today. */
export async function hasActiveGalleryConsent(manager: EntityManager, personId: string): Promise<boolean> {
  const [row] = (await manager.query(
    `SELECT EXISTS (
       SELECT 1 FROM consent
        WHERE person_id = $1 AND purpose = 'GALERIE' AND granted_on <= current_date
          AND (withdrawn_on IS NULL OR withdrawn_on > current_date)
     ) AS active`,
    [personId],
  )) as { active: boolean }[];
  return row.active;
}
