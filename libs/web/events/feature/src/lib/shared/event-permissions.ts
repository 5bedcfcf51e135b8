import type { AuthUserDto } from '@bn/shared/contracts';

/** Who may record events (mirrors `@Roles('FACHBERATUNG', 'KOORDINATION')` on the API's writes). */
export function canCreateEvents(user: AuthUserDto | null): boolean {
  return user?.role === 'FACHBERATUNG' || user?.role === 'KOORDINATION';
}

/** Fachberatung writes every event; coordinators the events of their own alliances (the API checks again). */
export function canEditEvent(user: AuthUserDto | null, event: { allianceId: string | null }): boolean {
  if (user?.role === 'FACHBERATUNG') return true;
  return user?.role === 'KOORDINATION' && event.allianceId !== null && user.allianceIds.includes(event.allianceId);
}
