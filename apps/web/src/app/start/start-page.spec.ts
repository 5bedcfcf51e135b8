import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatIconHarness } from '@angular/material/icon/testing';
import { MatProgressSpinnerHarness } from '@angular/material/progress-spinner/testing';
import { StartPage } from './start-page';
import { READINESS_URL } from './system-health';

describe('StartPage', () => {
  let fixture: ComponentFixture<StartPage>;
  let loader: HarnessLoader;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [StartPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    httpTesting = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StartPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => httpTesting.verify());

  function statusText(): string {
    const region = (fixture.nativeElement as HTMLElement).querySelector(
      '[role="status"]',
    );
    return region?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async function statusIconName(): Promise<string | null> {
    const icon = await loader.getHarness(
      MatIconHarness.with({ ancestor: '[role="status"]' }),
    );
    return icon.getName();
  }

  async function requestStatus(): Promise<void> {
    const button = await loader.getHarness(
      MatButtonHarness.with({ text: /Systemstatus/ }),
    );
    await button.click();
  }

  it('links to the API documentation served by the same server', async () => {
    const docs = await loader.getHarness(
      MatButtonHarness.with({ text: /API-Dokumentation/ }),
    );

    const host = await docs.host();

    expect(await host.getAttribute('href')).toBe('/api/docs');
    expect(await docs.getAppearance()).toBe('outlined');
  });

  it('does not ask the server before the user requests the status', () => {
    httpTesting.expectNone(READINESS_URL);
    expect(statusText()).toContain('Noch nicht geprüft');
  });

  it('shows a loading state while the request is running', async () => {
    await requestStatus();

    expect(statusText()).toContain('Systemstatus wird abgefragt');
    expect(await loader.hasHarness(MatProgressSpinnerHarness)).toBe(true);

    httpTesting.expectOne(READINESS_URL).flush({ status: 'ok' });
  });

  it('shows "Betriebsbereit" with a check icon when the server is ready', async () => {
    await requestStatus();

    const request = httpTesting.expectOne(READINESS_URL);
    expect(request.request.method).toBe('GET');
    request.flush({ status: 'ok', info: { database: { status: 'up' } } });
    await fixture.whenStable();

    expect(statusText()).toContain('Betriebsbereit');
    expect(statusText()).toMatch(/Geprüft um \d{2}:\d{2}:\d{2} Uhr/);
    expect(await statusIconName()).toBe('check_circle');
    expect(await loader.hasHarness(MatProgressSpinnerHarness)).toBe(false);
  });

  it('shows "Gestört" with an error icon when the server reports not ready (503)', async () => {
    await requestStatus();

    httpTesting
      .expectOne(READINESS_URL)
      .flush(
        { status: 'error', error: { database: { status: 'down' } } },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await fixture.whenStable();

    expect(statusText()).toContain('Gestört');
    expect(statusText()).toContain('nicht betriebsbereit');
    expect(await statusIconName()).toBe('error');
  });

  it('shows "Gestört" when the body says error even with status 200', async () => {
    await requestStatus();

    httpTesting.expectOne(READINESS_URL).flush({ status: 'error' });
    await fixture.whenStable();

    expect(statusText()).toContain('Gestört');
    expect(await statusIconName()).toBe('error');
  });

  it('explains that the server cannot be reached on a network error', async () => {
    await requestStatus();

    httpTesting
      .expectOne(READINESS_URL)
      .error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();

    expect(statusText()).toContain('Der Server ist nicht erreichbar');
    expect(await statusIconName()).toBe('error');
  });

  it('checks again on a second request and replaces the old result', async () => {
    await requestStatus();
    httpTesting
      .expectOne(READINESS_URL)
      .flush(null, { status: 500, statusText: 'Internal Server Error' });
    await fixture.whenStable();
    expect(statusText()).toContain('HTTP 500');

    await requestStatus();
    httpTesting.expectOne(READINESS_URL).flush({ status: 'ok' });
    await fixture.whenStable();

    expect(statusText()).toContain('Betriebsbereit');
  });
});
