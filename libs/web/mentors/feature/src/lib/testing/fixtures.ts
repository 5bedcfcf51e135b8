import { computed, signal } from '@angular/core';
import type { AuthUserDto, MentorDetailDto, MentorGalleryItemDto, MentorListItemDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

/** A SessionStore stand-in with a fixed user (only what the pages read). */
export function sessionWith(role: Role, mentorProfileId: string | null = null) {
  const user = signal<AuthUserDto>({
    id: 'u1', email: 'test@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId, totpEnabled: true,
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

export const LAENDER = [
  { code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 },
  { code: '06', abbreviation: 'HE', name: 'Hessen', latitude: 0, longitude: 0 },
];
export const FACHGEBIETE = [
  { code: 'FG01', name: 'Bündnisgründung', description: null, sortOrder: 1 },
  { code: 'FG04', name: 'Unternehmen gewinnen', description: null, sortOrder: 4 },
];

export function galleryItem(overrides: Partial<MentorGalleryItemDto> = {}): MentorGalleryItemDto {
  return {
    id: 'm1', title: null, firstName: 'Erika', lastName: 'Beispiel',
    specialties: [{ code: 'FG01', name: 'Bündnisgründung', level: 'EXPERTISE' }],
    homeLandCode: '03', regionLandCodes: ['03', '06'], modes: ['VOR_ORT', 'ONLINE'],
    galleryText: 'Begleitet Gründungen von der ersten Idee bis zur Unterzeichnung.',
    ...overrides,
  };
}

export function listItem(overrides: Partial<MentorListItemDto> = {}): MentorListItemDto {
  return {
    id: 'm2', personId: 'p2', firstName: 'Max', lastName: 'Mustermann', status: 'PAUSIERT', homeLandCode: '06',
    modes: ['TELEFONISCH'], specialties: [{ code: 'FG04', name: 'Unternehmen gewinnen', level: 'ERFAHREN' }],
    regionLandCodes: [], capacityPerQuarter: 3, isAbsent: true, version: 1, archivedAt: null,
    ...overrides,
  };
}

export function mentorDetail(overrides: Partial<MentorDetailDto> = {}): MentorDetailDto {
  return {
    id: 'm1', personId: 'p1', homeAllianceId: 'a1', homeOrganisationId: null, status: 'AKTIV', qualifiedSince: '2011-06-15',
    cohort: 'Start Juni 2011', homeGemeindeAgs: '03103000', radiusKm: 80, modes: ['VOR_ORT'], capacityPerQuarter: 4,
    galleryText: 'Begleitet Gründungen.', galleryPublished: true, agreementSignedOn: null, agreementVersion: null,
    version: 5, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z', archivedAt: null,
    person: { id: 'p1', title: null, firstName: 'Erika', lastName: 'Beispiel', email: 'erika@example.org', phone: null },
    homeAllianceName: 'Bündnis Wolfsburg', homeOrganisationName: null,
    homeGemeinde: { ags: '03103000', name: 'Wolfsburg', landCode: '03', latitude: 52.4, longitude: 10.8 },
    specialties: [{ code: 'FG01', name: 'Bündnisgründung', level: 'EXPERTISE' }],
    topics: [], regions: [{ landCode: '03', name: 'Niedersachsen' }], absences: [], conflicts: [],
    hasGalleryConsent: true, currentLoad: 1,
    ...overrides,
  };
}

export const page = <T>(items: T[], total = items.length) => ({ items, total, page: 1, pageSize: 25 });
