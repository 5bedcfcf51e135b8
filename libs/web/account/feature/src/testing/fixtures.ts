import type { AuthUserDto, LoginResponseDto, SessionStateDto } from '@bn/shared/contracts';

/** Test data shaped like the API's answers. */
export const FB_USER: AuthUserDto = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'fachberatung@demo.buendnisnetz.example',
  displayName: 'Frieda Fachberatung',
  role: 'FACHBERATUNG',
  allianceIds: [],
  mentorProfileId: null,
  totpEnabled: true,
};

const IN_30_MINUTES = new Date(Date.now() + 30 * 60_000).toISOString();
const IN_10_HOURS = new Date(Date.now() + 10 * 3_600_000).toISOString();

export function loginResponse(overrides: Partial<LoginResponseDto> = {}): LoginResponseDto {
  return { user: FB_USER, secondFactorRequired: false, totpEnrolmentRequired: false, idleExpiresAt: IN_30_MINUTES, expiresAt: IN_10_HOURS, ...overrides };
}

export function sessionState(overrides: Partial<SessionStateDto> = {}): SessionStateDto {
  return { user: FB_USER, secondFactorPending: false, totpEnrolmentRequired: false, idleExpiresAt: IN_30_MINUTES, expiresAt: IN_10_HOURS, ...overrides };
}

/** An error body as the API's error filter writes it. */
export function apiError(code: string, message: string, fields?: Record<string, string>): { code: string; message: string; fields?: Record<string, string> } {
  return fields ? { code, message, fields } : { code, message };
}

/** Lets promise chains that follow a flushed response run, then waits for rendering. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}
