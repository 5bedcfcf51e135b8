import { computed, signal } from '@angular/core';
import type { AuthUserDto, LandDto, Page, ReportRunDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

export function sessionWith(role: Role) {
  const user = signal<AuthUserDto>({
    id: 'u1', email: 'test@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId: null, totpEnabled: true,
  });
  return {
    provide: SessionStore,
    useValue: { user, role: computed(() => user().role), isSignedIn: signal(true), hasRole: (...roles: Role[]) => roles.includes(user().role) },
  };
}

export const LAENDER: LandDto[] = [
  { code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 },
  { code: '09', abbreviation: 'BY', name: 'Bayern', latitude: 0, longitude: 0 },
] as LandDto[];

export function run(overrides: Partial<ReportRunDto> = {}): ReportRunDto {
  return {
    id: 'r1',
    type: 'BUENDNIS_MONITOR',
    parameters: { periodFrom: '2025-01-01', periodTo: '2025-12-31', referenceDate: '2025-12-31', laender: [] },
    authorName: 'Frieda Fachberatung',
    createdAt: '2026-01-05T09:30:00.000Z',
    status: 'ENTWURF',
    releasedByName: null,
    releasedAt: null,
    jobState: 'FERTIG',
    progress: 100,
    error: null,
    checksum: '3f2a9c1be0d44e5fa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718',
    finishedAt: '2026-01-05T09:30:05.000Z',
    version: 2,
    ...overrides,
  };
}

export function page(items: ReportRunDto[], total = items.length): Page<ReportRunDto> {
  return { items, total, page: 1, pageSize: 25 };
}
