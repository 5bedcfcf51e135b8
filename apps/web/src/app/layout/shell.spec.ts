// The contracts' DTO classes carry class-validator decorators; Jest evaluates them (the bundle drops them).
import 'reflect-metadata';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatNavListHarness } from '@angular/material/list/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { Router, provideRouter } from '@angular/router';
import type { Role, SearchResponseDto, SessionStateDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { Shell } from './shell';

@Component({ template: '<h1>Seite</h1>' })
class PageStub {}

function sessionOf(role: Role): SessionStateDto {
  return {
    user: {
      id: '90000000-0000-4000-8000-000000000009',
      email: `${role.toLowerCase()}@demo.buendnisnetz.example`,
      displayName: 'Kim Beispiel',
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

const SEARCH_RESPONSE: SearchResponseDto = {
  query: 'wolf',
  groups: [
    {
      type: 'alliance',
      label: 'Bündnisse',
      total: 2,
      items: [
        { id: 'a1', type: 'alliance', title: 'Lokales Bündnis für Familie Wolfsburg', subtitle: 'Aktiv · Wolfsburg, NI', score: 3.9 },
        { id: 'a2', type: 'alliance', title: 'Bündnis für Familie Wolfhagen', subtitle: null, score: 3.1 },
      ],
    },
    { type: 'organisation', label: 'Organisationen', total: 0, items: [] },
    {
      type: 'person',
      label: 'Personen',
      total: 1,
      items: [{ id: 'p1', type: 'person', title: 'Wolfgang Beispiel', subtitle: 'Stadt Wolfsburg', score: 2.5 }],
    },
  ],
};

const NAVIGATION: Record<Role, string[]> = {
  FACHBERATUNG: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen', 'Einladen', 'Taxonomien'],
  LEITUNG: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen', 'Benutzer:innen', 'Taxonomien'],
  KOORDINATION: ['Start', 'Übersicht', 'Karte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen'],
  MENTOR: ['Start', 'Übersicht', 'Karte', 'Bündnisse', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen'],
  MINISTERIUM: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Benachrichtigungen'],
  ADMINISTRATION: ['Start', 'Benachrichtigungen', 'Benutzer:innen', 'Taxonomien'],
};

// Harness tests take seconds each on a shared 2-core machine.
jest.setTimeout(30_000);

describe('Shell', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Shell>;
  let loader: HarnessLoader;

  async function render(role: Role, unread = 0): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: PageStub },
          { path: 'anmelden', component: PageStub },
          { path: 'konto', component: PageStub },
          { path: 'buendnisse/:id', component: PageStub },
          { path: 'personen/:id', component: PageStub },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(sessionOf(role));
    await loading;
    fixture = TestBed.createComponent(Shell);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    flushUnreadCounts(unread);
    await fixture.whenStable();
  }

  /** The inbox badge asks on start and after each navigation. */
  function flushUnreadCounts(unread = 0): void {
    for (const request of http.match('/api/inbox/unread-count')) request.flush({ unread });
  }

  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  }

  afterEach(() => {
    flushUnreadCounts();
    http.verify();
  });

  it.each(Object.entries(NAVIGATION) as [Role, string[]][])('shows %s the areas the role may use', async (role, expected) => {
    await render(role);
    const nav = await loader.getHarness(MatNavListHarness);
    const items = await nav.getItems();
    expect(await Promise.all(items.map((item) => item.getTitle()))).toEqual(expected);
    expect(fixture.nativeElement.querySelector('nav[aria-label="Hauptnavigation"]')).not.toBeNull();
  });

  it('links each navigation item to its area', async () => {
    await render('ADMINISTRATION');
    const items = await (await loader.getHarness(MatNavListHarness)).getItems();
    expect(await Promise.all(items.map((item) => item.getHref()))).toEqual(['/', '/benachrichtigungen', '/verwaltung/benutzer', '/verwaltung/taxonomien']);
  });

  it('has an account menu with name, role, "Mein Konto" and "Abmelden"', async () => {
    await render('KOORDINATION');
    const menu = await loader.getHarness(MatMenuHarness.with({ triggerText: /account_circle/ }));
    await menu.open();
    const items = await menu.getItems();
    // The text includes the icon's ligature name (e.g. "person"), which screen readers do not read (aria-hidden).
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual([expect.stringMatching(/Mein Konto$/), expect.stringMatching(/Abmelden$/)]);
    expect(document.querySelector('.account-summary')?.textContent).toContain('Kim Beispiel');
    expect(document.querySelector('.account-summary')?.textContent).toContain('Bündniskoordination');

    await items[1].click();
    http.expectOne({ method: 'POST', url: '/api/auth/logout' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/anmelden');
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
  });

  it('shows the unread notifications in the toolbar, as text for screen readers too', async () => {
    await render('MENTOR', 3);
    const link = fixture.nativeElement.querySelector('a.inbox-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/benachrichtigungen');
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 3 ungelesen');
    expect(link.querySelector('.inbox-badge')?.textContent?.trim()).toBe('3');
  });

  it('shows no badge without unread notifications', async () => {
    await render('MINISTERIUM', 0);
    const link = fixture.nativeElement.querySelector('a.inbox-link') as HTMLAnchorElement;
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, keine ungelesenen');
    expect(link.querySelector('.inbox-badge')).toBeNull();
  });

  it('starts with a skip link that moves the focus to the main content', async () => {
    await render('FACHBERATUNG');
    const element: HTMLElement = fixture.nativeElement;
    const skipLink = element.querySelector<HTMLAnchorElement>('a.skip-link');
    expect(element.querySelector('a, button, input')).toBe(skipLink);
    expect(skipLink?.textContent).toBe('Zum Inhalt springen');
    expect(skipLink?.getAttribute('href')).toBe('#inhalt');

    skipLink?.click();
    expect(document.activeElement).toBe(element.querySelector('main#inhalt'));
  });

  it('shows search results grouped by type and opens the chosen one', async () => {
    await render('FACHBERATUNG');
    const search = await loader.getHarness(MatAutocompleteHarness.with({ selector: '#global-search' }));
    await search.enterText('wolf');
    await settle(250);
    const request = http.expectOne((r) => r.url === '/api/search');
    expect(request.request.params.get('q')).toBe('wolf');
    request.flush(SEARCH_RESPONSE);
    await settle();

    const groups = await search.getOptionGroups();
    expect(await Promise.all(groups.map((group) => group.getLabelText()))).toEqual(['Bündnisse (2)', 'Personen (1)']);
    const options = await search.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual([
      'Lokales Bündnis für Familie Wolfsburg · Aktiv · Wolfsburg, NI',
      'Bündnis für Familie Wolfhagen',
      'Wolfgang Beispiel · Stadt Wolfsburg',
    ]);

    await search.selectOption({ text: /Wolfgang Beispiel/ });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/personen/p1');
    expect(await search.getValue()).toBe('');
  });

  it('says when the search finds nothing', async () => {
    await render('KOORDINATION');
    const search = await loader.getHarness(MatAutocompleteHarness.with({ selector: '#global-search' }));
    await search.enterText('xyz');
    await settle(250);
    http.expectOne((r) => r.url === '/api/search').flush({ query: 'xyz', groups: [{ type: 'alliance', label: 'Bündnisse', total: 0, items: [] }] });
    await settle();

    const options = await search.getOptions();
    expect(await Promise.all(options.map((option) => option.getText()))).toEqual(['Keine Treffer für „xyz“.']);
  });
});
