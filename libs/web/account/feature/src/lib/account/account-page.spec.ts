import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AccountPage } from './account-page';

function fakeSession(role: Role) {
  const user = { id: 'u1', email: 'x@example.org', displayName: 'Kim Beispiel', role, allianceIds: [], mentorProfileId: null, totpEnabled: true };
  return { role: signal<Role | null>(role), user: signal(user), hasRole: (...roles: Role[]) => roles.includes(role) };
}

describe('AccountPage: calendar subscription', () => {
  async function render(role: Role): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
      ],
    });
    const fixture = TestBed.createComponent(AccountPage);
    await fixture.whenStable();
    // the sessions table loads its own data; not the subject here
    for (const request of TestBed.inject(HttpTestingController).match(() => true)) request.flush([]);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('links mentors to the subscription of their own sessions', async () => {
    const element = await render('MENTOR');
    const link = Array.from(element.querySelectorAll('a')).find((a) => a.textContent?.includes('Kalender abonnieren'));
    expect(link?.getAttribute('href')).toBe('/kalender');
    expect(element.querySelector('#calendar-heading')?.textContent).toBe('Kalender');
  });

  it('shows other roles no calendar section (they subscribe per alliance)', async () => {
    const element = await render('KOORDINATION');
    expect(element.querySelector('#calendar-heading')).toBeNull();
  });
});
