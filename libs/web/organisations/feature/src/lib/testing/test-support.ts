import { signal } from '@angular/core';
import type { OrganisationDetailDto, OrganisationDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

/** A stand-in for the session: the given role, signed in, coordinator of the given alliances. */
export function fakeSession(role: Role, allianceIds: string[] = []): Pick<SessionStore, 'hasRole' | 'role' | 'user'> {
  const user = signal({
    id: 'user-1',
    email: 'test@demo.buendnisnetz.example',
    displayName: 'Test',
    role,
    allianceIds,
    mentorProfileId: null,
    totpEnabled: false,
  });
  return {
    hasRole: (...roles: Role[]) => roles.includes(role),
    role: signal(role).asReadonly(),
    user: user.asReadonly(),
  };
}

export function organisation(overrides: Partial<OrganisationDto> = {}): OrganisationDto {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Handwerkskammer Wiesbaden',
    legalForm: 'KdöR',
    sector: 'WIRTSCHAFT',
    actorType: 'KAMMER',
    companySize: null,
    industry: null,
    street: 'Bierstadter Straße 45',
    postalCode: '65189',
    city: 'Wiesbaden',
    gemeindeAgs: '06414000',
    parentId: null,
    website: 'https://www.hwk-wiesbaden.de',
    email: 'info@hwk-wiesbaden.de',
    phone: null,
    version: 3,
    createdAt: '2024-01-10T10:00:00.000Z',
    updatedAt: '2025-02-03T10:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

export function organisationDetail(overrides: Partial<OrganisationDetailDto> = {}): OrganisationDetailDto {
  return {
    ...organisation(),
    parentName: null,
    gemeindeName: 'Wiesbaden',
    landCode: '06',
    partnerships: [],
    childCount: 1,
    ...overrides,
  };
}
