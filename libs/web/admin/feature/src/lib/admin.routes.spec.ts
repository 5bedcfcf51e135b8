import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { settle, signedInAs } from '../testing/fixtures';
import { ADMIN_ROUTES } from './admin.routes';

@Component({ template: '<h1>Kein Zugriff</h1>' })
class ForbiddenStub {}

describe('ADMIN_ROUTES', () => {
  let http: HttpTestingController;

  async function navigateAs(role: Role, url: string): Promise<string> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'verwaltung', children: ADMIN_ROUTES },
          { path: 'kein-zugriff', component: ForbiddenStub },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(signedInAs(role));
    await loading;
    const harness = await RouterTestingHarness.create(url);
    await settle(harness.fixture);
    return TestBed.inject(Router).url;
  }

  // The pages' own requests are not the subject here.
  afterEach(() => http.match((request) => request.method === 'GET').filter((request) => !request.cancelled).forEach((request) => request.flush([])));

  it('opens the user list for the Leitung', async () => {
    expect(await navigateAs('LEITUNG', '/verwaltung')).toBe('/verwaltung/benutzer');
  });

  it('opens the taxonomies for the Fachberatung and keeps it out of the user list', async () => {
    expect(await navigateAs('FACHBERATUNG', '/verwaltung')).toBe('/verwaltung/taxonomien');
    await TestBed.inject(Router).navigateByUrl('/verwaltung/benutzer');
    expect(TestBed.inject(Router).url).toBe('/kein-zugriff');
    await TestBed.inject(Router).navigateByUrl('/verwaltung/einladen');
    expect(TestBed.inject(Router).url).toBe('/verwaltung/einladen');
  });
});
