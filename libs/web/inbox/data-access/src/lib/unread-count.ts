import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import type { UnreadCountDto } from '@bn/shared/contracts';
import { Subject, catchError, exhaustMap, filter, interval, merge, of, startWith, throttleTime } from 'rxjs';

/** How often the toolbar asks for new notifications. */
export const UNREAD_POLL_MS = 60_000;

/**
 * The unread count of the toolbar badge: asked on start, every 60 s, after each navigation and when a
 * page says the inbox changed. Tiny on purpose (the shell imports it; no feature code).
 */
@Injectable({ providedIn: 'root' })
export class UnreadCount {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly refresh$ = new Subject<void>();
  private readonly count = signal(0);

  /** Unread notifications of the signed-in user (0 until known). */
  readonly unread = this.count.asReadonly();

  /** Starts polling until `destroyRef` (the shell) is destroyed. */
  watch(destroyRef: DestroyRef): void {
    const navigations = this.router.events.pipe(filter((event) => event instanceof NavigationEnd));
    const polls = merge(navigations, interval(UNREAD_POLL_MS)).pipe(
      startWith(null),
      // The first navigation usually ends right after the shell starts: one request is enough.
      throttleTime(1000, undefined, { leading: true, trailing: false }),
    );
    merge(polls, this.refresh$)
      .pipe(
        exhaustMap(() => this.http.get<UnreadCountDto>('/api/inbox/unread-count').pipe(catchError(() => of(null)))),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((answer) => {
        if (answer) this.count.set(answer.unread);
      });
  }

  /** Ask again now (after marking entries read). */
  refresh(): void {
    this.refresh$.next();
  }

  /** Set the count from an answer the page already has. */
  set(unread: number): void {
    this.count.set(Math.max(0, unread));
  }
}
