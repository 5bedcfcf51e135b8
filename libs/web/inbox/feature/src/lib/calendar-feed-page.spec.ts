import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Clipboard } from '@angular/cdk/clipboard';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CalendarFeedDto } from '@bn/shared/contracts';
import { ConfirmService } from '@bn/web/ui';
import { CALENDAR_ROUTES } from './inbox.routes';

const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };
const clipboard = { copy: jest.fn().mockReturnValue(true) };

const MENTOR_FEED: CalendarFeedDto = { id: 'f1', kind: 'MENTOR', allianceId: null, allianceName: null, createdAt: '2026-10-01T08:00:00.000Z', lastUsedAt: '2026-11-20T06:00:00.000Z' };
const URL_1 = 'https://buendnisnetz.example/api/calendar/AAAA.ics';
const URL_2 = 'https://buendnisnetz.example/api/calendar/BBBB.ics';

describe('CalendarFeedPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'kalender', children: CALENDAR_ROUTES }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ConfirmService, useValue: confirmService },
        { provide: Clipboard, useValue: clipboard },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
  }

  const text = () => (harness.routeNativeElement as HTMLElement).textContent ?? '';

  beforeEach(() => jest.clearAllMocks());
  afterEach(() => http.verify());

  it('creates the mentor feed, shows the address once with a copy button and instructions', async () => {
    await open('/kalender');
    http.expectOne('/api/calendar/feeds').flush([]);
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain('Eigene Einsatztermine abonnieren');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Kalender-Link erstellen/ }))).click();
    const create = http.expectOne({ method: 'POST', url: '/api/calendar/feeds' });
    expect(create.request.body).toEqual({ kind: 'MENTOR' });
    create.flush({ ...MENTOR_FEED, lastUsedAt: null, url: URL_1 });
    await settle();

    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe(URL_1);
    expect(text()).toContain('sie wird nur einmal angezeigt');
    expect(text()).toContain('In Outlook abonnieren');
    expect(text()).toContain('In Google Kalender abonnieren');
    expect(text()).toContain('In Apple Kalender abonnieren');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Adresse kopieren/ }))).click();
    expect(clipboard.copy).toHaveBeenCalledWith(URL_1);
  });

  it('renews an existing feed only after confirmation (the old address stops working)', async () => {
    await open('/kalender');
    http.expectOne('/api/calendar/feeds').flush([MENTOR_FEED]);
    await settle();
    expect(text()).toContain('Abonnement eingerichtet am 01.10.2026');
    expect(text()).toContain('Zuletzt abgerufen am 20.11.2026');
    expect(await loader.getAllHarnesses(MatInputHarness)).toHaveLength(0);

    confirmService.confirm.mockResolvedValue(false);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kalender-Link erneuern/ }))).click();
    await settle();
    expect(confirmService.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'Kalender-Link erneuern?', message: expect.stringContaining('funktioniert danach nicht mehr') }));
    http.expectNone({ method: 'POST', url: '/api/calendar/feeds' });

    confirmService.confirm.mockResolvedValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kalender-Link erneuern/ }))).click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/calendar/feeds' }).flush({ ...MENTOR_FEED, url: URL_2 });
    await settle();
    expect(await (await loader.getHarness(MatInputHarness)).getValue()).toBe(URL_2);
  });

  it('creates an alliance feed for the alliance in the address', async () => {
    await open('/kalender/buendnis/a1');
    http.expectOne('/api/alliances/a1').flush({ id: 'a1', name: 'Bündnis für Familie Nörten-Hardenberg' });
    http.expectOne('/api/calendar/feeds').flush([MENTOR_FEED]);
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain('Bündnistermine abonnieren');
    expect(text()).toContain('Bündnis für Familie Nörten-Hardenberg');
    // the mentor feed is another feed: this one does not exist yet
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kalender-Link erstellen/ }))).click();
    const create = http.expectOne({ method: 'POST', url: '/api/calendar/feeds' });
    expect(create.request.body).toEqual({ kind: 'ALLIANCE', allianceId: 'a1' });
    create.flush({ code: 'CALENDAR_FEED_ALLIANCE_NOT_FOUND', message: 'Das Bündnis wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Das Bündnis wurde nicht gefunden.');
  });
});
