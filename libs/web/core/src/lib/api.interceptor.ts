import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';
import { catchError, tap, throwError } from 'rxjs';

/**
 * Every API call: a successful answer keeps the local session timer in step with the server's idle
 * timeout; a 401 (session expired or revoked) sends the user to the sign-in page with the way back.
 * Other errors reach the caller, which shows them where they belong (field, dialog, page).
 */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const isAuthCall = request.url.startsWith('/api/auth/');
  return next(request).pipe(
    tap(() => {
      if (!isAuthCall) session.noteActivity();
    }),
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !isAuthCall) {
        session.markSignedOut();
        const returnUrl = router.url.startsWith('/anmelden') ? undefined : router.url;
        void router.navigate(['/anmelden'], { queryParams: { returnUrl, grund: 'abgelaufen' } });
      }
      return throwError(() => error);
    }),
  );
};
