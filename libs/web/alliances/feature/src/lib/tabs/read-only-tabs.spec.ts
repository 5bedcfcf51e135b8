// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatTableHarness } from '@angular/material/table/testing';
import type { DeploymentListItemDto, EventListItemDto } from '@bn/shared/contracts';
import { AllianceDeploymentsTab } from './deployments-tab';
import { AllianceEventsTab } from './events-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, pageOf, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

const EVENT = {
  id: 'e1',
  eventType: 'FAMILIENFEST',
  organiser: 'BUENDNIS',
  allianceId: ALLIANCE_ID,
  allianceName: 'Wolfsburg',
  title: 'Familienfest im Allerpark',
  startsOn: '2025-06-14',
  startTime: '14:00',
  endTime: '18:00',
  format: 'PRAESENZ',
  venue: 'Allerpark',
  gemeindeAgs: null,
  gemeindeName: null,
  participantsCount: 1200,
  isPublic: true,
  participantEntryCount: 0,
  speakerCount: 0,
  version: 1,
  archivedAt: null,
} as EventListItemDto;

const DEPLOYMENT = {
  id: 'x1',
  allianceId: ALLIANCE_ID,
  deploymentType: 'MODERATION',
  mode: 'VOR_ORT',
  status: 'BERICHT_EINGEREICHT',
  mentors: [
    { mentorId: 'm1', isLead: true, name: 'Hans Berater' },
    { mentorId: 'm2', isLead: false, name: 'Ute Zweite' },
  ],
  sessionCount: 2,
  totalHours: 5.5,
  firstSessionOn: '2025-02-01',
  lastSessionOn: '2025-03-01',
} as unknown as DeploymentListItemDto;

async function render<T>(component: Type<T>, role: 'KOORDINATION' | 'MENTOR' | 'LEITUNG') {
  TestBed.configureTestingModule({ providers: tabTestProviders(role) });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  fixture.componentRef.setInput('alliance', TEST_ALLIANCE);
  await settle(fixture);
  return { http, fixture, loader: TestbedHarnessEnvironment.loader(fixture) };
}

describe('AllianceEventsTab', () => {
  it('lists the alliance events newest first, linking to the event and to "Veranstaltung anlegen"', async () => {
    const { http, fixture, loader } = await render(AllianceEventsTab, 'KOORDINATION');
    const request = http.expectOne((req) => req.url === '/api/events');
    expect(request.request.params.get('allianceId')).toBe(ALLIANCE_ID);
    expect(request.request.params.get('sort')).toBe('startsOn');
    expect(request.request.params.get('direction')).toBe('desc');
    request.flush(pageOf([EVENT]));
    await settle(fixture);
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['startsOn'].text).toEqual(['14.06.2025 14:00–18:00 Uhr']);
    expect(cells['eventType'].text).toEqual(['Familienfest']);
    expect(cells['participants'].text).toEqual(['1.200']);
    const hrefs = Array.from(fixture.nativeElement.querySelectorAll('a') as NodeListOf<HTMLAnchorElement>).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`/veranstaltungen/neu?allianceId=${ALLIANCE_ID}`, '/veranstaltungen/e1']);
    http.verify();
  });

  it('offers no "Veranstaltung anlegen" to mentors', async () => {
    const { http, fixture } = await render(AllianceEventsTab, 'MENTOR');
    http.expectOne((req) => req.url === '/api/events').flush(pageOf([]));
    await settle(fixture);
    expect(fixture.nativeElement.textContent).toContain('keine Veranstaltungen');
    expect(fixture.nativeElement.querySelector('a')).toBeNull();
    http.verify();
  });
});

describe('AllianceDeploymentsTab', () => {
  it('lists deployments with status as text, mentors and session dates, linking to the deployment', async () => {
    const { http, fixture, loader } = await render(AllianceDeploymentsTab, 'LEITUNG');
    const request = http.expectOne((req) => req.url === '/api/deployments');
    expect(request.request.params.get('allianceId')).toBe(ALLIANCE_ID);
    expect(request.request.params.get('sort')).toBe('createdAt');
    request.flush(pageOf([DEPLOYMENT]));
    await settle(fixture);
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['deploymentType'].text).toEqual(['Moderation']);
    expect(cells['status'].text[0]).toContain('Bericht eingereicht');
    expect(cells['mentors'].text[0]).toContain('Hans Berater (federführend)');
    expect(cells['firstSessionOn'].text[0].replace(/\s+/g, ' ')).toBe('01.02.2025 – 01.03.2025');
    expect(cells['sessions'].text).toEqual(['2 / 5,5']);
    expect(fixture.nativeElement.querySelector('td a').getAttribute('href')).toBe('/einsaetze/x1');
    http.verify();
  });

  it('offers a retry when loading fails', async () => {
    const { http, fixture } = await render(AllianceDeploymentsTab, 'KOORDINATION');
    http
      .expectOne((req) => req.url === '/api/deployments')
      .flush({ code: 'INTERNAL', message: 'Der Server hat einen Fehler gemeldet.' }, { status: 500, statusText: 'Error' });
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain('Der Server hat einen Fehler gemeldet.');
    (fixture.nativeElement.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await settle(fixture);
    http.expectOne((req) => req.url === '/api/deployments').flush(pageOf([DEPLOYMENT]));
    await settle(fixture);
    expect(fixture.nativeElement.querySelector('[role="alert"]')).toBeNull();
    http.verify();
  });
});
