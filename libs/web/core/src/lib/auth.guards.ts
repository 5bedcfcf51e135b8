import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';

/** Signed-in users only; others go to the sign-in page and come back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (session.isSignedIn()) return true;
  if (session.phase() === 'totp-enrolment') return router.createUrlTree(['/anmelden/zwei-faktor-einrichten']);
  return router.createUrlTree(['/anmelden'], { queryParams: { returnUrl: state.url } });
};

/** The signed-out pages (sign-in, invitation, reset) redirect signed-in users to the start page. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router); // inject() only before the first await (injection context)
  await session.ensureLoaded();
  return session.isSignedIn() ? router.createUrlTree(['/']) : true;
};

/** An area for some roles only: others see the "Kein Zugriff" page instead of a blank screen. */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router); // inject() only before the first await (injection context)
    await session.ensureLoaded();
    return session.hasRole(...roles) ? true : router.createUrlTree(['/kein-zugriff']);
  };
}
