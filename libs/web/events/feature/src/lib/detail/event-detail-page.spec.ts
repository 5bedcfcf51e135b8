import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { EventDetailPage } from './event-detail-page';
import { eventDetail, sessionWith } from '../testing/fixtures';

describe('EventDetailPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(role: Role, allianceIds: string[] = []) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'veranstaltungen/:id', component: EventDetailPage },
          { path: 'veranstaltungen', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith(role, allianceIds),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/veranstaltungen/e1', EventDetailPage);
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const loader = () => TestbedHarnessEnvironment.loader(harness.fixture);
  const text = () => harness.routeNativeElement?.textContent ?? '';

  afterEach(() => http.verify());

  it('shows the fields, participants, speakers and the Nachlese; coordinators of the alliance may edit', async () => {
    await open('KOORDINATION', ['a1']);
    http.expectOne('/api/events/e1').flush(
      eventDetail({
        followUpReport: 'Rund 80 Gäste, drei neue Partner.',
        speakers: [{ id: 's1', eventId: 'e1', personId: 'x2', personName: 'Paula Probe', organisationId: null, organisationName: null, topic: 'Vereinbarkeit', version: 1, createdAt: '' }],
      }),
    );
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Fachtag Familie');
    expect(text()).toContain('14.11.2025');
    expect(text()).toContain('Rathaus, Wolfsburg');
    expect(text()).toContain('Paula Probe');
    expect(text()).toContain('Thema: Vereinbarkeit');
    expect(text()).toContain('Rund 80 Gäste, drei neue Partner.');
    expect(await loader().getAllHarnesses(MatSelectHarness.with({ ancestor: 'table' }))).toHaveLength(2);
    expect(await loader().getHarness(MatButtonHarness.with({ text: /Bearbeiten/ }))).toBeTruthy();
  });

  it('is read-only for a coordinator of another alliance', async () => {
    await open('KOORDINATION', ['a9']);
    http.expectOne('/api/events/e1').flush(eventDetail());
    await settle();
    expect(await loader().getAllHarnesses(MatButtonHarness.with({ text: /Bearbeiten|Archivieren/ }))).toHaveLength(0);
    expect(await loader().getAllHarnesses(MatSelectHarness)).toHaveLength(0);
  });

  it('writes the Nachlese in place as a full update with the version read', async () => {
    await open('FACHBERATUNG');
    http.expectOne('/api/events/e1').flush(eventDetail());
    await settle();
    await (await loader().getHarness(MatButtonHarness.with({ text: /Nachlese schreiben/ }))).click();
    const textarea = harness.routeNativeElement?.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = 'Gut besucht.';
    textarea.dispatchEvent(new Event('input'));
    await (await loader().getHarness(MatButtonHarness.with({ text: 'Nachlese speichern' }))).click();
    await settle();
    const put = http.expectOne({ method: 'PUT', url: '/api/events/e1' });
    expect(put.request.body).toMatchObject({ title: 'Fachtag Familie', followUpReport: 'Gut besucht.', version: 3, allianceId: 'a1' });
    put.flush({});
    await settle();
    http.expectOne('/api/events/e1').flush(eventDetail({ followUpReport: 'Gut besucht.', version: 4 }));
    await settle();
    expect(text()).toContain('Gut besucht.');
  });

  it('archives after confirmation', async () => {
    await open('FACHBERATUNG');
    http.expectOne('/api/events/e1').flush(eventDetail());
    await settle();
    await (await loader().getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Veranstaltung archivieren');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    await settle();
    const archive = http.expectOne({ method: 'POST', url: '/api/events/e1/archive' });
    expect(archive.request.body).toEqual({ version: 3 });
    archive.flush(null);
    await settle();
    expect(TestBed.inject(Router).url).toBe('/veranstaltungen');
  });

  it('explains a 404 instead of showing a blank page', async () => {
    await open('MENTOR');
    http.expectOne('/api/events/e1').flush({ code: 'EVENT_NOT_FOUND', message: 'Nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Veranstaltung nicht gefunden');
    expect(harness.routeNativeElement?.querySelector('a[href="/veranstaltungen"]')).not.toBeNull();
  });
});
