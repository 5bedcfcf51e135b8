// Test support for the alliance tabs (imported by specs only).
import { provideHttpClient } from '@angular/common/http';
// German number and date formats, as the app registers them (the global build also runs under Jest).
import '@angular/common/locales/global/de';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, LOCALE_ID, Provider, computed, signal } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { AllianceDetailDto, Page, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { provideGermanDates } from '@bn/web/util';

export const ALLIANCE_ID = '0b5c3a4e-1d2f-4a6b-8c9d-0e1f2a3b4c5d';

export const TEST_ALLIANCE: AllianceDetailDto = {
  id: ALLIANCE_ID,
  code: 'LBF-NI-0001',
  name: 'Lokales Bündnis für Familie Wolfsburg',
  shortName: null,
  status: 'AKTIV',
  territorialLevel: 'STADT',
  landCode: '03',
  kreisAgs: '03103',
  gemeindeAgs: '03103000',
  districtPart: null,
  coveredAgs: [],
  populationReach: null,
  orgForm: null,
  foundingYear: 2005,
  foundingDate: null,
  firstContactOn: null,
  joinedInitiativeOn: null,
  dormantSince: null,
  endedOn: null,
  mergedIntoId: null,
  coordinationHostId: null,
  paidCoordinationHours: null,
  website: null,
  publicEmail: null,
  publicPhone: null,
  published: true,
  publishedOn: null,
  profileConfirmedOn: null,
  version: 3,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  archivedAt: null,
  landAbbreviation: 'NI',
  landName: 'Niedersachsen',
  kreisName: 'Wolfsburg',
  gemeindeName: 'Wolfsburg, Stadt',
  coveredGemeinden: [],
  handlungsfelder: [],
  zielgruppen: [],
  bodies: [],
  coordinationHost: null,
  mergedInto: null,
  partners: [],
  contacts: [],
  counts: { activities: 0, projects: 0, events: 0, deployments: 0, declarations: 0 },
  statusHistory: [],
};

/** A session store double that answers with the given role. */
export function fakeSession(role: Role) {
  const current = signal<Role>(role);
  return {
    role: computed(() => current()),
    isSignedIn: computed(() => true),
    hasRole: (...roles: Role[]) => roles.includes(current()),
  };
}

/** HTTP testing, router, German locale and dates, no animations and a signed-in user of the given role. */
export function tabTestProviders(role: Role): (Provider | EnvironmentProviders)[] {
  return [
    { provide: LOCALE_ID, useValue: 'de-DE' },
    provideHttpClient(),
    provideHttpClientTesting(),
    provideRouter([]),
    provideGermanDates(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    { provide: SessionStore, useValue: fakeSession(role) },
  ];
}

export function pageOf<T>(items: T[], total = items.length, page = 1, pageSize = 10): Page<T> {
  return { items, total, page, pageSize };
}

/** Lets pending promise continuations run, then change detection settle. */
export async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

/** Lets debounced searches fire (real timers). */
export function pause(ms = 320): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
