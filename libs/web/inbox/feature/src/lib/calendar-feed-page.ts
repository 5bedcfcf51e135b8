import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute } from '@angular/router';
import type { CalendarFeedDto, CreateCalendarFeedDto, CreatedCalendarFeedDto } from '@bn/shared/contracts';
import { CalendarFeedsApi } from '@bn/web/inbox/data-access';
import { Breadcrumb, ConfirmService, Loading, PageHeader } from '@bn/web/ui';
import { toApiError } from '@bn/web/util';
import { Observable, catchError, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';

type FeedState = { kind: 'loading' } | { kind: 'loaded'; feed: CalendarFeedDto | null } | { kind: 'error'; message: string };

/**
 * A calendar subscription (iCal): the mentor's own sessions (`/kalender`) or one alliance's events and
 * sessions (`/kalender/buendnis/:allianceId`). The secret address is shown once after creating or
 * renewing it; renewing stops the old address.
 */
@Component({
  selector: 'bn-calendar-feed-page',
  imports: [DatePipe, MatButton, MatIcon, MatFormField, MatLabel, MatHint, MatInput, PageHeader, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header [title]="title()" [subtitle]="subtitle()" [breadcrumbs]="breadcrumbs()" />
    <p>
      Mit einem Kalender-Abonnement erscheinen {{ allianceId() ? 'die Veranstaltungen und Einsatztermine dieses Bündnisses' : 'Ihre Einsatztermine' }}
      in Ihrem Kalenderprogramm und werden dort regelmäßig aktualisiert. Die Adresse ist geheim: Wer sie kennt, kann die Termine lesen.
    </p>
    @switch (state().kind) {
      @case ('loading') {
        <bn-loading label="Kalender-Abonnement wird geladen …" />
      }
      @case ('error') {
        <p class="error" role="alert">{{ errorMessage() }}</p>
      }
      @case ('loaded') {
        @if (existing(); as feed) {
          <p>
            Abonnement eingerichtet am {{ feed.createdAt | date: 'dd.MM.yyyy' }}.
            {{ feed.lastUsedAt ? 'Zuletzt abgerufen am ' + (feed.lastUsedAt | date: 'dd.MM.yyyy') + '.' : 'Noch nicht abgerufen.' }}
          </p>
          @if (!created()) {
            <p class="muted">Die Adresse wird aus Sicherheitsgründen nur beim Erstellen angezeigt. Wenn Sie sie nicht mehr haben, erneuern Sie sie.</p>
          }
          <button mat-stroked-button type="button" (click)="renew()" [disabled]="isBusy()">
            <mat-icon aria-hidden="true">autorenew</mat-icon>Kalender-Link erneuern
          </button>
        } @else {
          <button mat-flat-button type="button" (click)="create()" [disabled]="isBusy()">
            <mat-icon aria-hidden="true">event_available</mat-icon>Kalender-Link erstellen
          </button>
        }
      }
    }
    @if (actionError(); as message) {
      <p class="error" role="alert">{{ message }}</p>
    }
    @if (created(); as feed) {
      <section class="created" aria-labelledby="feed-url-title">
        <h2 id="feed-url-title">Ihre Kalender-Adresse</h2>
        <p role="status">Kopieren Sie die Adresse jetzt – sie wird nur einmal angezeigt.</p>
        <div class="url-row">
          <mat-form-field class="url">
            <mat-label>Adresse des Kalender-Abonnements</mat-label>
            <input matInput readonly [value]="feed.url" (focus)="select($event)" />
            <mat-hint>Endet auf .ics</mat-hint>
          </mat-form-field>
          <button mat-flat-button type="button" (click)="copy(feed.url)"><mat-icon aria-hidden="true">content_copy</mat-icon>Adresse kopieren</button>
        </div>
        <h3>So abonnieren Sie den Kalender</h3>
        <ul>
          <li><strong>In Outlook abonnieren:</strong> Kalender → „Kalender hinzufügen“ → „Aus dem Internet abonnieren“ → Adresse einfügen.</li>
          <li><strong>In Google Kalender abonnieren:</strong> „Weitere Kalender“ (+) → „Per URL“ → Adresse einfügen → „Kalender hinzufügen“.</li>
          <li><strong>In Apple Kalender abonnieren:</strong> Ablage → „Neues Kalenderabonnement …“ → Adresse einfügen → „Abonnieren“.</li>
        </ul>
        <p class="muted">Kalenderprogramme aktualisieren Abonnements in eigenen Abständen (oft alle paar Stunden).</p>
      </section>
    }
  `,
  styles: `
    :host { display: block; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .error { color: var(--mat-sys-error); }
    .created { margin-top: 24px; }
    .created h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .created h3 { font: var(--mat-sys-title-small); margin: 16px 0 4px; }
    .url-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-start; }
    .url { flex: 1 1 420px; }
  `,
})
export class CalendarFeedPage {
  private readonly api = inject(CalendarFeedsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly clipboard = inject(Clipboard);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly allianceId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('allianceId'))), { initialValue: null });
  protected readonly allianceName = toSignal(
    inject(ActivatedRoute).paramMap.pipe(
      map((p) => p.get('allianceId')),
      switchMap((id) => (id ? this.api.allianceName(id).pipe(catchError(() => of(null))) : of(null))),
    ),
    { initialValue: null },
  );
  protected readonly title = computed(() => (this.allianceId() ? 'Bündnistermine abonnieren' : 'Eigene Einsatztermine abonnieren'));
  protected readonly subtitle = computed(() => this.allianceName());
  protected readonly breadcrumbs = computed<Breadcrumb[]>(() => {
    const id = this.allianceId();
    return id
      ? [{ label: 'Bündnisse', link: '/buendnisse' }, { label: this.allianceName() ?? 'Bündnis', link: `/buendnisse/${id}` }, { label: 'Kalender abonnieren' }]
      : [{ label: 'Mein Konto', link: '/konto' }, { label: 'Kalender abonnieren' }];
  });

  protected readonly state = toSignal<FeedState, FeedState>(
    inject(ActivatedRoute).paramMap.pipe(switchMap((p) => this.load(p.get('allianceId')))),
    { initialValue: { kind: 'loading' } },
  );
  /** Set after create/renew: the current feed (overrides the loaded one) with its one-time URL. */
  protected readonly created = signal<CreatedCalendarFeedDto | null>(null);
  protected readonly existing = computed(() => {
    const state = this.state();
    return this.created() ?? (state.kind === 'loaded' ? state.feed : null);
  });
  protected readonly isBusy = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected errorMessage(): string {
    const state = this.state();
    return state.kind === 'error' ? state.message : '';
  }

  private load(allianceId: string | null): Observable<FeedState> {
    return this.api.list().pipe(
      map((feeds): FeedState => ({
        kind: 'loaded',
        feed: feeds.find((f) => (allianceId ? f.kind === 'ALLIANCE' && f.allianceId === allianceId : f.kind === 'MENTOR')) ?? null,
      })),
      catchError((error: unknown) => of<FeedState>({ kind: 'error', message: toApiError(error).message })),
      startWith<FeedState>({ kind: 'loading' }),
    );
  }

  protected async create(): Promise<void> {
    await this.send();
  }

  protected async renew(): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Kalender-Link erneuern?',
      message:
        'Sie erhalten eine neue Adresse. Die bisherige Adresse funktioniert danach nicht mehr; Kalender, die sie abonniert haben, erhalten keine Termine mehr, bis Sie dort die neue Adresse eintragen.',
      confirmLabel: 'Erneuern',
      isDestructive: true,
    });
    if (isConfirmed) await this.send();
  }

  private async send(): Promise<void> {
    const allianceId = this.allianceId();
    const dto: CreateCalendarFeedDto = allianceId ? { kind: 'ALLIANCE', allianceId } : { kind: 'MENTOR' };
    this.actionError.set(null);
    this.isBusy.set(true);
    try {
      this.created.set(await firstValueFrom(this.api.createOrRenew(dto)));
    } catch (error) {
      this.actionError.set(toApiError(error).message);
    } finally {
      this.isBusy.set(false);
    }
  }

  protected copy(url: string): void {
    const isCopied = this.clipboard.copy(url);
    this.snackBar.open(isCopied ? 'Adresse kopiert.' : 'Kopieren nicht möglich – bitte markieren und selbst kopieren.');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
