import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { OwnSessionDto } from '@bn/shared/contracts';
import { settle } from '../../testing/fixtures';
import { SessionsTable } from './sessions-table';
import { describeUserAgent } from './user-agent';

const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

const SESSIONS: OwnSessionDto[] = [
  { id: 's1', createdAt: '2026-11-21T07:30:00.000Z', lastSeenAt: '2026-11-21T08:40:00.000Z', ip: '192.0.2.10', userAgent: FIREFOX, current: true },
  { id: 's2', createdAt: '2026-11-20T16:05:00.000Z', lastSeenAt: '2026-11-21T08:10:00.000Z', ip: '198.51.100.7', userAgent: SAFARI, current: false },
];

describe('SessionsTable', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<SessionsTable>;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionsTable);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    http.expectOne('/api/account/sessions').flush(SESSIONS);
    await settle(fixture);
  });

  afterEach(() => http.verify());

  it('lists the sessions with IP, browser and a marker for this session', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const headers = await (await table.getHeaderRows())[0].getCellTextByIndex();
    expect(headers).toEqual(['Angemeldet am', 'Zuletzt aktiv', 'IP-Adresse', 'Browser', 'Aktion']);
    const cells = await table.getCellTextByColumnName();
    expect(cells['ip'].text).toEqual(['192.0.2.10', '198.51.100.7']);
    expect(cells['browser'].text).toEqual(['Firefox 128 unter Windows', 'Safari 17 unter iOS']);
    expect(cells['actions'].text[0]).toContain('Diese Sitzung');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Abmelden' }))).toHaveLength(1);
  });

  it('ends another session only after confirmation, then reloads the list', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Abmelden' }))).click();
    let dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Sitzung abmelden?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Abbrechen' }))).click();
    await settle(fixture);
    http.expectNone({ method: 'DELETE' });

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Abmelden' }))).click();
    dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Abmelden' }))).click();
    await settle(fixture);
    http.expectOne({ method: 'DELETE', url: '/api/account/sessions/s2' }).flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne('/api/account/sessions').flush([SESSIONS[0]]);
    await settle(fixture);

    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(1);
  });
});

describe('describeUserAgent', () => {
  it('names browser and system', () => {
    expect(describeUserAgent('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe(
      'Chrome 131 unter Linux',
    );
    expect(
      describeUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0'),
    ).toBe('Microsoft Edge 131 unter Windows');
    expect(describeUserAgent(null)).toBe('Unbekannter Browser');
  });
});
