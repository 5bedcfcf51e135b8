import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, signal } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Route, provideRouter } from '@angular/router';
import type { AllianceDetailDto, AllianceListItemDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { provideGermanDates } from '@bn/web/util';

/** A SessionStore stand-in: only the role matters to the pages. */
export function fakeSession(role: Role): Partial<SessionStore> {
  const current = signal<Role | null>(role);
  return {
    role: current,
    hasRole: (...roles: Role[]) => roles.includes(role),
  } as Partial<SessionStore>;
}

/** Providers of a component test: mocked HTTP, router, no animations, German dates, a session with the role. */
export function testProviders(role: Role, routes: Route[] = []): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    provideRouter(routes),
    provideGermanDates(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    { provide: SessionStore, useValue: fakeSession(role) },
  ];
}

export const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function listItem(overrides: Partial<AllianceListItemDto> = {}): AllianceListItemDto {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    code: 'LBF-NI-0001',
    name: 'Lokales Bündnis für Familie Wolfsburg',
    shortName: null,
    status: 'AKTIV',
    territorialLevel: 'KREISFREIE_STADT',
    landCode: '03',
    landAbbreviation: 'NI',
    landName: 'Niedersachsen',
    kreisAgs: '03103',
    kreisName: 'Wolfsburg',
    gemeindeAgs: '03103000',
    gemeindeName: 'Wolfsburg, Stadt',
    districtPart: null,
    foundingYear: 2004,
    published: true,
    profileConfirmedOn: null,
    mainHandlungsfeld: null,
    version: 1,
    updatedAt: '2026-01-01T10:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<AllianceDetailDto> = {}): AllianceDetailDto {
  return {
    id: '22222222-2222-4222-8222-222222222222',
    code: 'LBF-NI-0002',
    name: 'Bündnis für Familie Nörten-Hardenberg',
    shortName: 'BfF Nörten',
    status: 'AKTIV',
    territorialLevel: 'GEMEINDE',
    landCode: '03',
    kreisAgs: '03155',
    gemeindeAgs: '03155011',
    districtPart: null,
    coveredAgs: [],
    populationReach: 8000,
    orgForm: 'LOSES_NETZWERK',
    foundingYear: 2019,
    foundingDate: '2019-05-14',
    firstContactOn: null,
    joinedInitiativeOn: null,
    dormantSince: null,
    endedOn: null,
    mergedIntoId: null,
    coordinationHostId: null,
    paidCoordinationHours: null,
    website: 'https://noerten.example',
    publicEmail: null,
    publicPhone: null,
    published: false,
    publishedOn: null,
    profileConfirmedOn: '2025-03-01',
    internalNotes: null,
    version: 4,
    createdAt: '2019-05-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    archivedAt: null,
    landAbbreviation: 'NI',
    landName: 'Niedersachsen',
    kreisName: 'Landkreis Northeim',
    gemeindeName: 'Nörten-Hardenberg',
    coveredGemeinden: [],
    handlungsfelder: [
      { id: 'hf-1', code: 'HF01', name: 'Kinderbetreuung', isMain: true },
      { id: 'hf-2', code: 'HF02', name: 'Vereinbarkeit', isMain: false },
    ],
    zielgruppen: [{ code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende' }],
    bodies: [{ id: 'b-1', bodyType: 'LENKUNGSGRUPPE', name: 'Lenkungsgruppe', description: null }],
    coordinationHost: null,
    mergedInto: null,
    partners: [],
    contacts: [],
    counts: { activities: 0, projects: 0, events: 0, deployments: 0, declarations: 0 },
    statusHistory: [],
    ...overrides,
  };
}
