import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { HomePage } from './home-page';
import { workDates } from './work-queries';

function fakeSession(role: Role, allianceIds: string[] = []) {
  return {
    role: signal<Role | null>(role),
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Erika Beispiel', role, allianceIds, mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

function render(role: Role, allianceIds: string[] = []): { fixture: ComponentFixture<HomePage>; http: HttpTestingController } {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SessionStore, useValue: fakeSession(role, allianceIds) },
    ],
  });
  const fixture = TestBed.createComponent(HomePage);
  fixture.detectChanges();
  return { fixture, http: TestBed.inject(HttpTestingController) };
}

/** The card whose h2 has this text. */
function card(fixture: ComponentFixture<HomePage>, heading: string): HTMLElement {
  const root = fixture.nativeElement as HTMLElement;
  const h2 = Array.from(root.querySelectorAll('h2')).find((h) => h.textContent?.trim() === heading);
  if (!h2) throw new Error(`No card "${heading}"`);
  return h2.closest('section') as HTMLElement;
}

const request = (id: string, allianceName: string, status = 'EINGEGANGEN') => ({
  id,
  allianceName,
  status,
  occasion: 'GRUENDUNG',
  receivedOn: '2025-10-14',
  landName: 'Niedersachsen',
});

function expectList(http: HttpTestingController, url: string, params: Record<string, string>): TestRequest {
  const found = http.expectOne((r) => r.url === url && Object.entries(params).every(([k, v]) => r.params.get(k) === v));
  return found;
}

// This shared CI machine is slow; Material harness tests need more than the default five seconds.
jest.setTimeout(30_000);

describe('HomePage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the Fachberatung four cards with counts, the first items and links to the filtered lists', async () => {
    const { fixture, http } = render('FACHBERATUNG');
    expect(card(fixture, 'Neue Anfragen').querySelector('bn-loading')).not.toBeNull();
    const { yearAgo } = workDates();

    expectList(http, '/api/requests', { status: 'EINGEGANGEN', pageSize: '5' }).flush({
      items: [request('r1', 'Bündnis Göttingen'), request('r2', 'Bündnis Kassel')],
      total: 2,
      page: 1,
      pageSize: 5,
    });
    expectList(http, '/api/requests', { status: 'MENTOR_ANGEFRAGT' }).flush({
      items: [request('r3', 'Bündnis Merzig', 'MENTOR_ANGEFRAGT')],
      total: 1,
      page: 1,
      pageSize: 5,
    });
    expectList(http, '/api/deployments', { status: 'BERICHT_EINGEREICHT' }).flush({
      items: [{ id: 'd1', allianceName: 'Bündnis Rostock', deploymentType: 'GRUENDUNGSBEGLEITUNG', mentors: [{ mentorId: 'm1', isLead: true, name: 'Max Muster' }] }],
      total: 1,
      page: 1,
      pageSize: 5,
    });
    const alliances = Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, name: `Bündnis ${i}`, profileConfirmedOn: i === 0 ? null : '2023-05-02' }));
    expectList(http, '/api/alliances', { profileConfirmedBefore: yearAgo }).flush({ items: alliances, total: 17, page: 1, pageSize: 5 });
    await fixture.whenStable();

    const newRequests = card(fixture, 'Neue Anfragen');
    expect(newRequests.querySelector('.count')?.textContent).toContain('2 eingegangene Anfragen');
    expect(Array.from(newRequests.querySelectorAll('li a')).map((a) => a.getAttribute('href'))).toEqual(['/anfragen/r1', '/anfragen/r2']);
    expect(newRequests.querySelector('a.all')?.getAttribute('href')).toBe('/anfragen?status=EINGEGANGEN');

    expect(card(fixture, 'Angebote ohne Antwort').querySelector('.count')?.textContent).toContain('1 Anfrage wartet auf eine Mentor:in');
    const reports = card(fixture, 'Berichte zu prüfen');
    expect(reports.textContent).toContain('Bündnis Rostock');
    expect(reports.querySelector('a.all')?.getAttribute('href')).toBe('/einsaetze?status=BERICHT_EINGEREICHT');

    const profiles = card(fixture, 'Profile seit über einem Jahr unbestätigt');
    expect(profiles.querySelector('.count')?.textContent).toContain('17 Bündnisse');
    expect(profiles.querySelectorAll('li')).toHaveLength(5);
    expect(profiles.textContent).toContain('Profil nie bestätigt');
    expect(profiles.textContent).toContain('Profil zuletzt bestätigt am 02.05.2023');
    expect(profiles.querySelector('a.all')?.getAttribute('href')).toContain(`/buendnisse?profileConfirmedBefore=${yearAgo}`);
  });

  it('shows an empty card with its message and a failed card with the reason', async () => {
    const { fixture, http } = render('LEITUNG');
    expectList(http, '/api/requests', { status: 'EINGEGANGEN' }).flush({ items: [], total: 0, page: 1, pageSize: 5 });
    expectList(http, '/api/requests', { status: 'MENTOR_ANGEFRAGT' }).flush({ items: [], total: 0, page: 1, pageSize: 5 });
    expectList(http, '/api/deployments', { status: 'BERICHT_EINGEREICHT' }).flush({ items: [], total: 0, page: 1, pageSize: 5 });
    expectList(http, '/api/alliances', {}).flush({ code: 'INTERNAL', message: 'Der Server hat nicht geantwortet.' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();

    expect(card(fixture, 'Neue Anfragen').textContent).toContain('Keine neuen Anfragen.');
    expect(card(fixture, 'Neue Anfragen').querySelector('.count')?.textContent).toContain('0 eingegangene Anfragen');
    expect(card(fixture, 'Profile seit über einem Jahr unbestätigt').textContent).toContain('Der Server hat nicht geantwortet.');
  });

  it('shows a coordinator their own alliances with status, their open requests and coming events', async () => {
    const { fixture, http } = render('KOORDINATION', ['a1', 'a2']);
    expectList(http, '/api/alliances', { pageSize: '100' }).flush({
      items: [
        { id: 'a2', name: 'Bündnis Nörten-Hardenberg', status: 'IN_GRUENDUNG', profileConfirmedOn: null },
        { id: 'a1', name: 'Lokales Bündnis für Familie Wolfsburg', status: 'AKTIV', profileConfirmedOn: '2025-03-01' },
      ],
      total: 2,
      page: 1,
      pageSize: 100,
    });
    expectList(http, '/api/requests', { pageSize: '100' }).flush({
      items: [request('r1', 'Lokales Bündnis für Familie Wolfsburg', 'MATCHING'), request('r2', 'Bündnis Nörten-Hardenberg', 'ABGESCHLOSSEN')],
      total: 2,
      page: 1,
      pageSize: 100,
    });
    expectList(http, '/api/events', { dateFrom: workDates().today }).flush({ items: [], total: 0, page: 1, pageSize: 5 });
    await fixture.whenStable();

    const own = card(fixture, 'Ihre Bündnisse');
    expect(own.querySelector('.count')?.textContent).toContain('2 Bündnisse');
    const items = Array.from(own.querySelectorAll('li')).map((li) => li.textContent ?? '');
    expect(items[0]).toContain('Bündnis Nörten-Hardenberg');
    expect(items[0]).toContain('In Gründung');
    expect(items[1]).toContain('Aktiv');
    expect(own.querySelector('li a')?.getAttribute('href')).toBe('/buendnisse/a2');

    const open = card(fixture, 'Offene Anfragen');
    expect(open.querySelector('.count')?.textContent).toContain('1 offene Anfrage');
    expect(open.textContent).not.toContain('Nörten-Hardenberg');
    expect(card(fixture, 'Kommende Veranstaltungen').textContent).toContain('Keine kommenden Veranstaltungen.');
    expect((fixture.nativeElement as HTMLElement).textContent).not.toContain('Berichte zu prüfen');
  });

  it('shows a mentor only the offers that wait for their answer', async () => {
    const { fixture, http } = render('MENTOR');
    const offer = (id: string, response: string) => ({
      id,
      occasion: 'GRUENDUNG',
      landName: 'Saarland',
      receivedOn: '2025-10-14',
      offer: { id: `p-${id}`, response, responseReason: null, respondedAt: null, version: 1 },
    });
    expectList(http, '/api/requests', {}).flush({ items: [offer('r1', 'ANGEFRAGT'), offer('r2', 'ZUGESAGT')], total: 2, page: 1, pageSize: 100 });
    expectList(http, '/api/deployments', { hasReport: 'false', dateTo: workDates().today }).flush({ items: [], total: 0, page: 1, pageSize: 5 });
    await fixture.whenStable();

    expect(card(fixture, 'Offene Angebote').querySelector('.count')?.textContent).toContain('1 Angebot wartet auf Ihre Antwort');
    expect(card(fixture, 'Einsätze ohne Bericht').querySelector('a.all')?.getAttribute('href')).toContain('hasReport=false');
  });

  it('gives the Ministerium a note instead of a blank page and the Administration the way to the users', () => {
    const ministry = render('MINISTERIUM');
    expect((ministry.fixture.nativeElement as HTMLElement).querySelector('h2')?.textContent).toContain('Berichte und Auswertungen');
    const ministryPage = ministry.fixture.nativeElement as HTMLElement;
    expect(ministryPage.querySelector('a[href="/berichte"]')?.textContent).toContain('Freigegebene Berichte');
    expect(ministryPage.querySelector('a[href="/uebersicht"]')?.textContent).toContain('Übersicht mit Kennzahlen');
    expect(ministryPage.querySelector('a[href="/karte"]')).not.toBeNull();
    TestBed.resetTestingModule();
    const admin = render('ADMINISTRATION');
    const link = (admin.fixture.nativeElement as HTMLElement).querySelector('a[href="/verwaltung/benutzer"]');
    expect(link?.textContent).toContain('Benutzer:innen verwalten');
  });
});
