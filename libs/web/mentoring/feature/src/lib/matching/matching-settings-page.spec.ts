import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import type { MatchCriterion, MatchingSettingsDto, Role } from '@bn/shared/contracts';
import { MATCH_CRITERIA, MATCH_CRITERION_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { MatchingSettingsPage } from './matching-settings-page';

const SETTINGS: MatchingSettingsDto = {
  weights: { specialty: 40, topic: 20, distance: 15, load: 10, continuity: 10, feedback: 5 },
  version: 1,
  isDefault: true,
  updatedAt: null,
};

describe('MatchingSettingsPage', () => {
  let fixture: ComponentFixture<MatchingSettingsPage>;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

  async function open(role: Role) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: { role: signal(role), hasRole: (...roles: Role[]) => roles.includes(role) } },
        { provide: ConfirmService, useValue: confirmService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MatchingSettingsPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    http.expectOne('/api/settings/matching').flush(SETTINGS);
    await settle();
  }
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  /** The weight field of a criterion, found by its visible label. */
  const input = async (key: MatchCriterion) => {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: MATCH_CRITERION_LABELS[key] }));
    const control = await field.getControl(MatInputHarness);
    if (!control) throw new Error(`Kein Feld für ${key}`);
    return control;
  };

  afterEach(() => {
    http.verify();
    jest.clearAllMocks();
  });

  it('lets the Leitung change the weights with the version', async () => {
    await open('LEITUNG');
    expect(fixture.nativeElement.textContent).toContain('Höchstpunktzahl derzeit: 100');
    await (await input('distance')).setValue('30');
    await settle();
    expect(fixture.nativeElement.textContent).toContain('Höchstpunktzahl derzeit: 115');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    const put = http.expectOne({ method: 'PUT', url: '/api/settings/matching' });
    expect(put.request.body).toEqual({ specialty: 40, topic: 20, distance: 30, load: 10, continuity: 10, feedback: 5, version: 1 });
    put.flush({ ...SETTINGS, weights: { ...SETTINGS.weights, distance: 30 }, version: 2, isDefault: false });
    await settle();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('refuses all-zero weights without a call and offers a reload after a conflict', async () => {
    confirmService.confirmReloadAfterConflict.mockResolvedValue(true);
    await open('ADMINISTRATION');
    for (const key of MATCH_CRITERIA) await (await input(key)).setValue('0');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    http.expectNone({ method: 'PUT', url: '/api/settings/matching' });
    expect(fixture.nativeElement.querySelector('[role="alert"]')?.textContent).toContain('Mindestens ein Gewicht muss größer als 0 sein.');

    await (await input('topic')).setValue('20');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    http.expectOne({ method: 'PUT', url: '/api/settings/matching' }).flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(confirmService.confirmReloadAfterConflict).toHaveBeenCalled();
    http.expectOne('/api/settings/matching').flush({ ...SETTINGS, version: 3 });
    await settle();
  });

  it('shows the Fachberatung the weights read-only', async () => {
    await open('FACHBERATUNG');
    expect(await (await input('specialty')).getValue()).toBe('40');
    expect(await (await input('specialty')).isReadonly()).toBe(true);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Speichern' }))).toHaveLength(0);
    expect(fixture.nativeElement.textContent).toContain('Die Gewichtung ändern die Servicebüro-Leitung und die Administration.');
  });
});
