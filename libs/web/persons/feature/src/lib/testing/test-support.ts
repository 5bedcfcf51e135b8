import { signal } from '@angular/core';
import type { ConsentDto, PersonDetailDto, PersonFunctionDto, PersonListItemDto, Role } from '@bn/shared/contracts';
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

export const PERSON_ID = '22222222-2222-4222-8222-222222222222';

export function personListItem(overrides: Partial<PersonListItemDto> = {}): PersonListItemDto {
  return {
    id: PERSON_ID,
    salutation: 'FRAU',
    title: 'Dr.',
    firstName: 'Erika',
    lastName: 'Beispiel',
    email: 'e.beispiel@stadt-wolfsburg.example',
    phone: null,
    preferredChannel: 'EMAIL',
    dataSource: 'KOORDINATION',
    privacyNoticeSentOn: null,
    retentionReviewOn: null,
    privacyNoticeDue: true,
    privacyNoticeDueBy: '2025-04-15',
    privacyNoticeOverdue: false,
    version: 2,
    createdAt: '2025-03-15T09:00:00.000Z',
    updatedAt: '2025-03-16T09:00:00.000Z',
    archivedAt: null,
    functions: [],
    ...overrides,
  };
}

export function personFunction(overrides: Partial<PersonFunctionDto> = {}): PersonFunctionDto {
  return {
    id: 'f-1',
    personId: PERSON_ID,
    functionType: 'KOORDINATION',
    functionLabel: 'Bündniskoordinator:in',
    organisationId: null,
    organisationName: null,
    allianceId: 'a-1',
    allianceName: 'Lokales Bündnis für Familie Wolfsburg',
    validFrom: '2020-01-01',
    validUntil: null,
    isCurrent: true,
    version: 1,
    createdAt: '2020-01-01T09:00:00.000Z',
    updatedAt: '2020-01-01T09:00:00.000Z',
    ...overrides,
  };
}

export function consent(overrides: Partial<ConsentDto> = {}): ConsentDto {
  return {
    id: 'c-1',
    personId: PERSON_ID,
    purpose: 'NEWSLETTER',
    purposeLabel: 'Newsletter',
    grantedOn: '2024-03-01',
    textVersion: 'Newsletter 2024-03',
    withdrawnOn: null,
    isActive: true,
    createdAt: '2024-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export function personDetail(overrides: Partial<PersonDetailDto> = {}): PersonDetailDto {
  return { ...personListItem(), functions: [personFunction()], consents: [consent()], ...overrides };
}
