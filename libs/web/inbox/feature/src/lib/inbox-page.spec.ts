import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { NotificationDto } from '@bn/shared/contracts';
import { UnreadCount } from '@bn/web/inbox/data-access';
import { InboxPage } from './inbox-page';

@Component({ template: '<h1>Einsatz</h1>' })
class RecordStub {}

const UNREAD: NotificationDto = {
  id: 'n1',
  kind: 'REPORT_SUBMITTED',
  title: 'Bericht zur Prüfung: Bündnis für Familie Nörten-Hardenberg',
  body: 'Max Muster hat den Bericht eingereicht.',
  link: '/einsaetze/d1',
  createdAt: '2026-11-20T09:30:00.000Z',
  readAt: null,
};
const READ: NotificationDto = {
  id: 'n2',
  kind: 'OFFER_ACCEPTED',
  title: 'Zusage von Max Muster',
  body: 'Das Angebot wurde angenommen.',
  link: null,
  createdAt: '2026-11-18T09:30:00.000Z',
  readAt: '2026-11-18T10:00:00.000Z',
};

describe('InboxPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'benachrichtigungen', component: InboxPage },
          { path: 'einsaetze/:id', component: RecordStub },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(UnreadCount).set(1);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/benachrichtigungen');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
  }

  function expectList(unread: boolean, items: NotificationDto[], page = 1) {
    const request = http.expectOne((r) => r.url === '/api/inbox');
    expect(request.request.params.get('unread')).toBe(unread ? 'true' : null);
    expect(request.request.params.get('page')).toBe(String(page));
    request.flush({ items, total: items.length, page, pageSize: 25 });
  }

  afterEach(() => http.verify());

  it('lists the notifications newest first, marks unread ones in words, and filters to unread', async () => {
    await open();
    expectList(false, [UNREAD, READ]);
    await settle();
    const entries = (harness.routeNativeElement as HTMLElement).querySelectorAll('li.entry');
    expect(entries).toHaveLength(2);
    expect(entries[0].textContent).toContain('Neu');
    expect(entries[0].textContent).toContain('Bericht zur Prüfung');
    expect(entries[0].textContent).toContain('20.11.2026');
    expect(entries[1].textContent).not.toContain('Neu');
    expect(entries[1].querySelector('a')).toBeNull();

    await (await loader.getHarness(MatSlideToggleHarness)).toggle();
    expectList(true, []);
    await settle();
    expect(harness.routeNativeElement?.textContent).toContain('Keine ungelesenen Benachrichtigungen.');
  });

  it('marks one entry read and refreshes the badge', async () => {
    await open();
    expectList(false, [UNREAD, READ]);
    await settle();
    const refresh = jest.spyOn(TestBed.inject(UnreadCount), 'refresh');
    await (await loader.getHarness(MatButtonHarness.with({ text: /^Als gelesen markieren/ }))).click();
    http.expectOne({ method: 'POST', url: '/api/inbox/n1/read' }).flush({ ...UNREAD, readAt: '2026-11-21T08:00:00.000Z' });
    await settle();
    expect(refresh).toHaveBeenCalled();
    // the list reloads
    expectList(false, [{ ...UNREAD, readAt: '2026-11-21T08:00:00.000Z' }, READ]);
    await settle();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Als gelesen markieren/ }))).toHaveLength(0);
  });

  it('marks all read', async () => {
    await open();
    expectList(false, [UNREAD]);
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Alle als gelesen markieren/ }))).click();
    http.expectOne({ method: 'POST', url: '/api/inbox/read-all' }).flush({ marked: 1 });
    await settle();
    expect(TestBed.inject(UnreadCount).unread()).toBe(0);
    expectList(false, [{ ...UNREAD, readAt: '2026-11-21T08:00:00.000Z' }]);
    await settle();
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: /Alle als gelesen markieren/ }))).isDisabled()).toBe(true);
  });

  it('opens the record of an unread entry and marks it read on the way', async () => {
    await open();
    expectList(false, [UNREAD]);
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Zum Datensatz/ }))).click();
    http.expectOne({ method: 'POST', url: '/api/inbox/n1/read' }).flush({ ...UNREAD, readAt: '2026-11-21T08:00:00.000Z' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/einsaetze/d1');
  });

  it('shows an error with a retry', async () => {
    await open();
    http.expectOne((r) => r.url === '/api/inbox').flush({ code: 'X', message: 'Der Server ist nicht erreichbar.' }, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Der Server ist nicht erreichbar.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Erneut versuchen' }))).click();
    expectList(false, []);
    await settle();
    expect(harness.routeNativeElement?.textContent).toContain('Keine Benachrichtigungen.');
  });
});
