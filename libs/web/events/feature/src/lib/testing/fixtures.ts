import { computed, signal } from '@angular/core';
import type { AuthUserDto, EventDetailDto, EventListItemDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

/** A SessionStore stand-in with a fixed user (only what the pages read). */
export function sessionWith(role: Role, allianceIds: string[] = []) {
  const user = signal<AuthUserDto>({
    id: 'u1', email: 'test@example.org', displayName: 'Test', role, allianceIds, mentorProfileId: null, totpEnabled: true,
  });
  return {
    provide: SessionStore,
    useValue: {
      user,
      role: computed(() => user().role),
      isSignedIn: signal(true),
      hasRole: (...roles: Role[]) => roles.includes(user().role),
    },
  };
}

export function listItem(overrides: Partial<EventListItemDto> = {}): EventListItemDto {
  return {
    id: 'e1', eventType: 'FACHTAG', organiser: 'BUENDNIS', allianceId: 'a1', allianceName: 'Bündnis Wolfsburg',
    title: 'Fachtag Familie', startsOn: '2025-11-14', startTime: '10:00', endTime: '15:00', format: 'PRAESENZ',
    venue: 'Rathaus', gemeindeAgs: '03103000', gemeindeName: 'Wolfsburg', participantsCount: 80, isPublic: true,
    participantEntryCount: 2, speakerCount: 1, version: 1, archivedAt: null,
    ...overrides,
  };
}

export function eventDetail(overrides: Partial<EventDetailDto> = {}): EventDetailDto {
  return {
    id: 'e1', eventType: 'FACHTAG', organiser: 'BUENDNIS', allianceId: 'a1', title: 'Fachtag Familie',
    startsOn: '2025-11-14', startTime: '10:00', endTime: '15:00', format: 'PRAESENZ', venue: 'Rathaus',
    gemeindeAgs: '03103000', participantsCount: 80, description: 'Ein Fachtag.', followUpReport: null, isPublic: true,
    version: 3, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', archivedAt: null,
    alliance: { id: 'a1', name: 'Bündnis Wolfsburg' }, gemeindeName: 'Wolfsburg', landCode: '03',
    participants: [
      {
        id: 'p1', eventId: 'e1', organisationId: 'o1', organisationName: 'Jobcenter Börde', personId: null, personName: null,
        attendance: 'ANGEMELDET', version: 2, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
      },
      {
        id: 'p2', eventId: 'e1', organisationId: null, organisationName: null, personId: 'x1', personName: 'Erika Beispiel',
        attendance: 'TEILGENOMMEN', version: 1, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
      },
    ],
    speakers: [],
    deployments: [],
    declarationCount: 0,
    signatureCount: 0,
    ...overrides,
  };
}

export const page = <T>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 25 });
