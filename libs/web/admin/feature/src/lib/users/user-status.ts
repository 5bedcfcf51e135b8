import type { UserDto } from '@bn/shared/contracts';
import type { StatusTone } from '@bn/web/ui';

export interface UserStatusView {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** Filter values of the status select (URL `status=`) and their API meaning (`disabled=`). */
export const USER_STATUS_FILTERS = { aktiv: 'false', deaktiviert: 'true' } as const;
export type UserStatusFilter = keyof typeof USER_STATUS_FILTERS;

/** An account's state as text and icon: disabled, invited (no password yet) or active. */
export function userStatus(user: Pick<UserDto, 'disabledAt' | 'invitationPending'>): UserStatusView {
  if (user.disabledAt) return { label: 'Deaktiviert', tone: 'negative', icon: 'block' };
  if (user.invitationPending) return { label: 'Eingeladen', tone: 'warning', icon: 'mail' };
  return { label: 'Aktiv', tone: 'positive', icon: 'check_circle' };
}
