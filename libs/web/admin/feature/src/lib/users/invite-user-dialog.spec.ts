import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { ROLES } from '@bn/shared/contracts';
import type { Role, UserDetailDto } from '@bn/shared/contracts';
import { apiError, invitation, settle, userDetail } from '../../testing/fixtures';
import { InviteUserDialog, InviteUserDialogData } from './invite-user-dialog';

@Component({ template: '' })
class Host {}

describe('InviteUserDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let ref: MatDialogRef<InviteUserDialog, UserDetailDto>;
  let closedWith: UserDetailDto | undefined | null;

  async function openDialog(roles: readonly Role[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    ref = TestBed.inject(MatDialog).open<InviteUserDialog, InviteUserDialogData, UserDetailDto>(InviteUserDialog, { data: { roles } });
    closedWith = null;
    ref.afterClosed().subscribe((result) => (closedWith = result));
    await settle(fixture);
  }

  afterEach(() => http.verify());

  async function field(label: string): Promise<MatFormFieldHarness> {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function type(label: string, value: string): Promise<void> {
    await ((await (await field(label)).getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  }

  async function chooseRole(label: string): Promise<void> {
    const select = (await (await field('Rolle')).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: label });
  }

  async function click(text: string): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  }

  it('has a title and validates e-mail, name, role and the alliances of a coordinator before sending', async () => {
    await openDialog(ROLES);
    expect(await (await loader.getHarness(MatDialogHarness)).getTitleText()).toBe('Benutzer:in einladen');

    await type('E-Mail-Adresse', 'keine-adresse');
    await click('Einladen');
    expect(await (await field('E-Mail-Adresse')).getTextErrors()).toEqual(['Bitte geben Sie eine gültige E-Mail-Adresse an.']);
    expect(await (await field('Name')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field('Rolle')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);

    await type('E-Mail-Adresse', 'koordination.neu@example.org');
    await type('Name', 'Karla Koordination');
    await chooseRole('Bündniskoordination');
    await click('Einladen');
    expect(await (await field('Bündnisse')).getTextErrors()).toEqual(['Eine Bündniskoordination braucht mindestens ein Bündnis.']);
    http.expectNone('/api/users/invitations');
  });

  it('invites a mentor with the chosen Mentorprofil and shows the invitation link to pass on', async () => {
    await openDialog(ROLES);
    await type('E-Mail-Adresse', ' anna.beispiel@example.org ');
    await type('Name', 'Anna Beispiel');
    await chooseRole('Mentor:in');

    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('Beisp');
    await settle(fixture, 300);
    // The user administration's own look-up (id and name only), which the Administration may read too.
    const lookup = http.expectOne((request) => request.url === '/api/users/link-options/mentor-profiles');
    expect(lookup.request.params.get('q')).toBe('Beisp');
    lookup.flush([{ id: '20000000-0000-4000-8000-000000000001', code: null, name: 'Anna Beispiel' }]);
    await settle(fixture);
    await picker.selectOption({ text: 'Anna Beispiel' });

    await click('Einladen');
    const request = http.expectOne({ method: 'POST', url: '/api/users/invitations' });
    expect(request.request.body).toEqual({
      email: 'anna.beispiel@example.org',
      displayName: 'Anna Beispiel',
      role: 'MENTOR',
      allianceIds: [],
      mentorProfileId: '20000000-0000-4000-8000-000000000001',
    });
    const created = userDetail({ invitationPending: true });
    request.flush(invitation(created));
    await settle(fixture);

    const link = document.querySelector('[data-testid="one-time-link"]');
    expect(link?.textContent).toBe('http://localhost/anmelden/einladung?token=tok_abc-123');
    expect(document.body.textContent).toContain('Gültig bis 28.11.2026');
    await click('Fertig');
    await settle(fixture);
    expect(closedWith).toEqual(created);
  });

  it('shows server field errors at the field (e-mail already taken)', async () => {
    await openDialog(ROLES);
    await type('E-Mail-Adresse', 'leitung@demo.buendnisnetz.example');
    await type('Name', 'Lea Leitung');
    await chooseRole('Servicebüro-Leitung');
    await click('Einladen');
    const taken = 'Für diese E-Mail-Adresse gibt es bereits ein Benutzerkonto.';
    http.expectOne('/api/users/invitations').flush(apiError('EMAIL_TAKEN', taken, { email: taken }), { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    expect(await (await field('E-Mail-Adresse')).getTextErrors()).toEqual([taken]);
    expect(closedWith).toBeNull();
  });

  it('offers the Fachberatung only the roles it may invite', async () => {
    await openDialog(['KOORDINATION', 'MENTOR']);
    const select = (await (await field('Rolle')).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Bündniskoordination', 'Mentor:in']);
  });

  it('finds alliances through the user administration\'s look-up and adds the chosen one as a chip', async () => {
    await openDialog(ROLES);
    await type('E-Mail-Adresse', 'karla@example.org');
    await type('Name', 'Karla Koordination');
    await chooseRole('Bündniskoordination');
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('Wolfs');
    await settle(fixture, 300);
    const lookup = http.expectOne((request) => request.url === '/api/users/link-options/alliances');
    expect(lookup.request.params.get('q')).toBe('Wolfs');
    lookup.flush([{ id: '10000000-0000-4000-8000-000000000001', code: 'NI-0042', name: 'Lokales Bündnis für Familie Wolfsburg' }]);
    await settle(fixture);
    await picker.selectOption({ text: 'Lokales Bündnis für Familie Wolfsburg (NI-0042)' });
    await settle(fixture);
    expect(document.body.textContent).toContain('Lokales Bündnis für Familie Wolfsburg (NI-0042)');

    await click('Einladen');
    const request = http.expectOne({ method: 'POST', url: '/api/users/invitations' });
    expect(request.request.body.allianceIds).toEqual(['10000000-0000-4000-8000-000000000001']);
    request.flush(invitation(userDetail({ invitationPending: true })));
    await settle(fixture);
  });

  it('explains when the role may not search alliances (403)', async () => {
    await openDialog(ROLES);
    await chooseRole('Bündniskoordination');
    const picker = await loader.getHarness(MatAutocompleteHarness);
    await picker.enterText('Wolfsburg');
    await settle(fixture, 300);
    http.expectOne((request) => request.url === '/api/users/link-options/alliances').flush(apiError('FORBIDDEN', 'Kein Zugriff.'), { status: 403, statusText: 'Forbidden' });
    await settle(fixture);

    const options = await picker.getOptions();
    expect(await options[0].getText()).toBe('Ihre Rolle darf Bündnisse nicht durchsuchen.');
    expect(await (await field('Bündnisse')).getTextHints()).toEqual(['Bündnisse zuordnen kann die Servicebüro-Leitung oder die Fachberatung.']);
  });
});
