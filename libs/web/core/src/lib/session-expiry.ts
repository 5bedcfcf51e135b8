import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { MatSnackBar, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';

/** How long before the idle timeout the user is warned. */
export const EXPIRY_WARNING_MS = 2 * 60_000;

/**
 * Watches the session's idle deadline: two minutes before it, a notice offers "Verlängern"; at the
 * deadline the user is sent to the sign-in page (the server has ended the session by then).
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiryWatcher {
  private readonly session = inject(SessionStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly now = signal(Date.now());
  private warning: MatSnackBarRef<TextOnlySnackBar> | null = null;

  /** Milliseconds left until the idle timeout (null when signed out). */
  readonly remainingMs = computed(() => {
    const deadline = this.session.idleExpiresAt();
    return this.session.isSignedIn() && deadline !== null ? Math.max(0, deadline - this.now()) : null;
  });

  start(): void {
    const timer = setInterval(() => this.tick(), 10_000);
    this.destroyRef.onDestroy(() => clearInterval(timer));
  }

  private tick(): void {
    this.now.set(Date.now());
    const remaining = this.remainingMs();
    if (remaining === null) return;
    if (remaining === 0) {
      this.warning?.dismiss();
      this.session.markSignedOut();
      void this.router.navigate(['/anmelden'], { queryParams: { returnUrl: this.router.url, grund: 'abgelaufen' } });
    } else if (remaining <= EXPIRY_WARNING_MS && !this.warning) {
      this.warning = this.snackBar.open(
        'Ihre Sitzung endet in etwa zwei Minuten wegen Inaktivität.',
        'Sitzung verlängern',
        { politeness: 'assertive' },
      );
      this.warning.onAction().subscribe(() => void this.session.extend());
      this.warning.afterDismissed().subscribe(() => (this.warning = null));
    }
  }
}
