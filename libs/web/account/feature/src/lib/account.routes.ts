import { Route } from '@angular/router';
import { signedOutGuard } from '@bn/web/core';
import { totpEnrolmentGuard } from './sign-in/totp-enrolment.guard';

/**
 * Pages outside the signed-in area (mounted at `/anmelden`): sign-in, the first TOTP set-up of roles
 * that require it, forgotten password, and the one-time links of password resets and invitations
 * (`?token=…`, or the token as last path segment as the API writes it).
 */
export const ACCOUNT_PUBLIC_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Anmeldung – Bündnisnetz',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
  {
    path: 'zwei-faktor-einrichten',
    title: 'Zwei-Faktor-Anmeldung einrichten – Bündnisnetz',
    canActivate: [totpEnrolmentGuard],
    loadComponent: () => import('./sign-in/totp-enrolment-page').then((m) => m.TotpEnrolmentPage),
  },
  {
    path: 'passwort-vergessen',
    title: 'Passwort vergessen – Bündnisnetz',
    loadComponent: () => import('./sign-in/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  ...['', '/:token'].flatMap((suffix): Route[] => [
    {
      path: 'passwort-zuruecksetzen' + suffix,
      title: 'Neues Passwort festlegen – Bündnisnetz',
      data: { purpose: 'reset' },
      loadComponent: () => import('./sign-in/set-password-page').then((m) => m.SetPasswordPage),
    },
    {
      path: 'einladung' + suffix,
      title: 'Einladung annehmen – Bündnisnetz',
      data: { purpose: 'invitation' },
      loadComponent: () => import('./sign-in/set-password-page').then((m) => m.SetPasswordPage),
    },
  ]),
];

/** The own account page (mounted at `/konto`): profile, password, two-factor authentication, sessions. */
export const ACCOUNT_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Mein Konto – Bündnisnetz',
    loadComponent: () => import('./account/account-page').then((m) => m.AccountPage),
  },
];

/** The accessibility statement (mounted at `/barrierefreiheit`, public). */
export const ACCESSIBILITY_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Erklärung zur Barrierefreiheit – Bündnisnetz',
    loadComponent: () => import('./accessibility/accessibility-statement-page').then((m) => m.AccessibilityStatementPage),
  },
];
