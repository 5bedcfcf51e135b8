import type { InvitationResponseDto, Page, Role, SessionStateDto, UserDetailDto, UserDto } from '@bn/shared/contracts';

export function user(overrides: Partial<UserDto> = {}): UserDto {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    email: 'anna.beispiel@example.org',
    displayName: 'Anna Beispiel',
    role: 'MENTOR',
    allianceIds: [],
    mentorProfileId: '20000000-0000-4000-8000-000000000001',
    totpEnabled: false,
    invitationPending: false,
    disabledAt: null,
    lastLoginAt: '2026-11-02T09:15:00.000Z',
    version: 3,
    createdAt: '2026-01-15T08:00:00.000Z',
    updatedAt: '2026-11-02T09:15:00.000Z',
    ...overrides,
  };
}

export function userDetail(overrides: Partial<UserDetailDto> = {}): UserDetailDto {
  return { ...user(), alliances: [], mentorProfileName: 'Anna Beispiel', activeSessionCount: 1, ...overrides };
}

export function page<T>(items: T[], total = items.length, pageNumber = 1, pageSize = 25): Page<T> {
  return { items, total, page: pageNumber, pageSize };
}

export function invitation(detail: UserDetailDto): InvitationResponseDto {
  return { user: detail, invitation: { link: '/einladung/tok_abc-123', expiresAt: '2026-11-28T10:00:00.000Z' } };
}

/** GET /api/auth/me of a signed-in user with this role. */
export function signedInAs(role: Role): SessionStateDto {
  return {
    user: {
      id: '90000000-0000-4000-8000-000000000009',
      email: `${role.toLowerCase()}@demo.buendnisnetz.example`,
      displayName: 'Lea Leitung',
      role,
      allianceIds: [],
      mentorProfileId: null,
      totpEnabled: true,
    },
    secondFactorPending: false,
    totpEnrolmentRequired: false,
    idleExpiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    expiresAt: new Date(Date.now() + 10 * 3_600_000).toISOString(),
  };
}

export function apiError(code: string, message: string, fields?: Record<string, string>): { code: string; message: string; fields?: Record<string, string> } {
  return fields ? { code, message, fields } : { code, message };
}

/** Lets promise chains that follow a flushed response run (and debounces of `ms`), then waits for rendering. */
export async function settle(fixture: { whenStable(): Promise<unknown> }, ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await fixture.whenStable();
}
