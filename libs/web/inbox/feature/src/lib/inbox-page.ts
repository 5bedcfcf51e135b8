import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSlideToggle } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { NotificationDto, Page } from '@bn/shared/contracts';
import { NOTIFICATION_KIND_LABELS } from '@bn/shared/contracts';
import { InboxApi, UnreadCount } from '@bn/web/inbox/data-access';
import { EmptyState, Loading, PageHeader } from '@bn/web/ui';
import { ApiError, LabelPipe, toApiError } from '@bn/web/util';
import { Observable, catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';

type ListState = { kind: 'loading' } | { kind: 'loaded'; page: Page<NotificationDto> } | { kind: 'error'; error: ApiError };

interface ListQuery {
  page: number;
  pageSize: number;
  unread: boolean;
  /** Bumped to reload with the same filters. */
  tick: number;
}

/** The signed-in user's notifications: newest first, unread filter, mark read, open the record. */
@Component({
  selector: 'bn-inbox-page',
  imports: [DatePipe, RouterLink, MatButton, MatAnchor, MatIcon, MatPaginator, MatSlideToggle, PageHeader, Loading, EmptyState, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header title="Benachrichtigungen">
      <button mat-stroked-button type="button" (click)="markAllRead()" [disabled]="isBusy() || unread.unread() === 0">
        <mat-icon aria-hidden="true">done_all</mat-icon>Alle als gelesen markieren
      </button>
    </bn-page-header>
    <div class="filters">
      <mat-slide-toggle [checked]="query().unread" (change)="setUnreadOnly($event.checked)">Nur ungelesene anzeigen</mat-slide-toggle>
    </div>
    @switch (state().kind) {
      @case ('loading') {
        <bn-loading label="Benachrichtigungen werden geladen …" />
      }
      @case ('error') {
        <div class="error" role="alert">
          <p>{{ errorMessage() }}</p>
          <button mat-stroked-button type="button" (click)="reload()">Erneut versuchen</button>
        </div>
      }
    }
    @if (page(); as p) {
      @if (p.items.length) {
        <ul class="entries" aria-label="Benachrichtigungen">
          @for (n of p.items; track n.id) {
            <li class="entry" [class.unread]="!n.readAt">
              <div class="head">
                @if (!n.readAt) {
                  <span class="new">Neu</span>
                }
                <span class="kind">{{ n.kind | label: kindLabels }}</span>
                <span class="when">{{ n.createdAt | date: 'dd.MM.yyyy, HH:mm' }}</span>
              </div>
              <h2 class="title">{{ n.title }}</h2>
              <p class="body">{{ n.body }}</p>
              <div class="actions">
                @if (n.link) {
                  <a mat-stroked-button [routerLink]="n.link" (click)="open($event, n)">Zum Datensatz<span class="cdk-visually-hidden">: {{ n.title }}</span></a>
                }
                @if (!n.readAt) {
                  <button mat-button type="button" (click)="markRead(n)" [disabled]="isBusy()">
                    Als gelesen markieren<span class="cdk-visually-hidden">: {{ n.title }}</span>
                  </button>
                }
              </div>
            </li>
          }
        </ul>
        <mat-paginator
          [length]="p.total"
          [pageIndex]="p.page - 1"
          [pageSize]="p.pageSize"
          [pageSizeOptions]="[10, 25, 50]"
          (page)="onPage($event)"
          aria-label="Seiten der Benachrichtigungen"
        />
      } @else {
        <bn-empty-state icon="notifications_none" [message]="query().unread ? 'Keine ungelesenen Benachrichtigungen.' : 'Keine Benachrichtigungen.'" />
      }
    }
  `,
  styles: `
    :host { display: block; }
    .filters { margin: 8px 0 16px; }
    .entries { list-style: none; margin: 0; padding: 0; }
    .entry { padding: 12px 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; margin-bottom: 8px; }
    .entry.unread { border-inline-start: 6px solid var(--mat-sys-primary); background: var(--mat-sys-surface-container-low); }
    .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: baseline; font: var(--mat-sys-label-medium); color: var(--mat-sys-on-surface-variant); }
    .new { font-weight: 700; color: var(--mat-sys-primary); }
    .title { font: var(--mat-sys-title-medium); margin: 4px 0; }
    .unread .title { font-weight: 700; }
    .body { margin: 0 0 8px; white-space: pre-line; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .error { padding: 12px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class InboxPage {
  private readonly api = inject(InboxApi);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly unread = inject(UnreadCount);
  protected readonly kindLabels = NOTIFICATION_KIND_LABELS;

  protected readonly query = signal<ListQuery>({ page: 1, pageSize: 25, unread: false, tick: 0 });
  protected readonly isBusy = signal(false);
  protected readonly state = toSignal<ListState, ListState>(
    toObservable(this.query).pipe(switchMap((q) => this.load(q))),
    { initialValue: { kind: 'loading' } },
  );

  protected page(): Page<NotificationDto> | null {
    const state = this.state();
    return state.kind === 'loaded' ? state.page : null;
  }

  protected errorMessage(): string {
    const state = this.state();
    return state.kind === 'error' ? state.error.message : '';
  }

  private load(q: ListQuery): Observable<ListState> {
    return this.api.list(q).pipe(
      map((page): ListState => ({ kind: 'loaded', page })),
      catchError((error: unknown) => of<ListState>({ kind: 'error', error: toApiError(error) })),
      startWith<ListState>({ kind: 'loading' }),
    );
  }

  protected reload(): void {
    this.query.update((q) => ({ ...q, tick: q.tick + 1 }));
  }

  protected setUnreadOnly(unread: boolean): void {
    this.query.update((q) => ({ ...q, unread, page: 1 }));
  }

  protected onPage(event: PageEvent): void {
    this.query.update((q) => ({ ...q, page: event.pageIndex + 1, pageSize: event.pageSize }));
  }

  protected async markRead(n: NotificationDto): Promise<void> {
    await this.act(async () => {
      await firstValueFrom(this.api.markRead(n.id));
      this.unread.refresh();
      this.reload();
    });
  }

  protected async markAllRead(): Promise<void> {
    await this.act(async () => {
      const { marked } = await firstValueFrom(this.api.markAllRead());
      this.unread.set(0);
      this.snackBar.open(marked === 1 ? '1 Benachrichtigung als gelesen markiert.' : `${marked} Benachrichtigungen als gelesen markiert.`);
      this.reload();
    });
  }

  /** Opening an unread entry marks it read on the way (the navigation itself is the link's). */
  protected open(event: Event, n: NotificationDto): void {
    if (n.readAt) return;
    event.preventDefault();
    void this.act(async () => {
      await firstValueFrom(this.api.markRead(n.id));
      this.unread.refresh();
      await this.router.navigateByUrl(n.link ?? '/');
    });
  }

  private async act(action: () => Promise<void>): Promise<void> {
    this.isBusy.set(true);
    try {
      await action();
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Schließen', { politeness: 'assertive' });
    } finally {
      this.isBusy.set(false);
    }
  }
}
