import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';

/**
 * The first TOTP set-up page is for sessions that must enrol before they can do anything else;
 * signed-in users set up TOTP on their account page, everyone else signs in first.
 */
export const totpEnrolmentGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.ensureLoaded();
  if (session.phase() === 'totp-enrolment') return true;
  return router.createUrlTree([session.isSignedIn() ? '/konto' : '/anmelden']);
};
