import { Signal, computed, inject } from '@angular/core';
import type { AllianceDetailDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

/** Roles that write partners, declarations, activities, projects and functions of an alliance (controllers' @Roles). */
export const RELATION_WRITERS: readonly Role[] = ['FACHBERATUNG', 'KOORDINATION'];
/** Roles that read activities, projects, persons and organisations (mentors do not). */
export const REGISTER_READERS: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'];

/** What the signed-in role may do in a tab of this alliance. Call in an injection context. */
export interface TabAccess {
  /** Writes are offered to writers, and only while the alliance is not archived. */
  canEdit: Signal<boolean>;
  /** Activities, projects, persons and organisation pages are open to staff and coordinators. */
  canReadRegister: Signal<boolean>;
}

export function tabAccess(alliance: () => AllianceDetailDto): TabAccess {
  const session = inject(SessionStore);
  return {
    canEdit: computed(() => session.hasRole(...RELATION_WRITERS) && !alliance().archivedAt),
    canReadRegister: computed(() => session.hasRole(...REGISTER_READERS)),
  };
}
