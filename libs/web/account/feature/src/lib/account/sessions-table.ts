import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatCell, MatCellDef, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, MatTable } from '@angular/material/table';
import type { OwnSessionDto } from '@bn/shared/contracts';
import { AccountApi } from '@bn/web/account/data-access';
import { ConfirmService, EmptyState, Loading, StatusChip } from '@bn/web/ui';
import { toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { describeUserAgent } from './user-agent';

interface SessionRow extends OwnSessionDto {
  browser: string;
}

/** The own live sessions; every other one can be ended ("Abmelden") after a confirmation. */
@Component({
  selector: 'bn-sessions-table',
  imports: [
    DatePipe, MatButton, MatTable, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatCell, MatCellDef,
    MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, StatusChip, Loading, EmptyState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <p class="message" role="alert">{{ text }}</p>
    }
    @if (rows(); as sessions) {
      @if (sessions.length) {
        <div class="table-scroll">
          <table mat-table [dataSource]="sessions" aria-label="Aktive Sitzungen">
            <ng-container matColumnDef="createdAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Angemeldet am</th>
              <td mat-cell *matCellDef="let s">{{ s.createdAt | date: 'dd.MM.yyyy, HH:mm' }} Uhr</td>
            </ng-container>
            <ng-container matColumnDef="lastSeenAt">
              <th mat-header-cell *matHeaderCellDef scope="col">Zuletzt aktiv</th>
              <td mat-cell *matCellDef="let s">{{ s.lastSeenAt | date: 'dd.MM.yyyy, HH:mm' }} Uhr</td>
            </ng-container>
            <ng-container matColumnDef="ip">
              <th mat-header-cell *matHeaderCellDef scope="col">IP-Adresse</th>
              <td mat-cell *matCellDef="let s">{{ s.ip ?? 'unbekannt' }}</td>
            </ng-container>
            <ng-container matColumnDef="browser">
              <th mat-header-cell *matHeaderCellDef scope="col">Browser</th>
              <td mat-cell *matCellDef="let s">{{ s.browser }}</td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef scope="col"><span class="visually-hidden">Aktion</span></th>
              <td mat-cell *matCellDef="let s">
                @if (s.current) {
                  <bn-status-chip label="Diese Sitzung" tone="info" icon="devices" />
                } @else {
                  <button mat-stroked-button type="button" (click)="endSession(s)" [attr.aria-label]="'Sitzung von ' + s.browser + ' abmelden'">
                    Abmelden
                  </button>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
      } @else {
        <bn-empty-state message="Keine aktiven Sitzungen gefunden." icon="devices" />
      }
    } @else if (!message()) {
      <bn-loading label="Sitzungen werden geladen …" />
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class SessionsTable {
  private readonly api = inject(AccountApi);
  private readonly confirmService = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly columns = ['createdAt', 'lastSeenAt', 'ip', 'browser', 'actions'];
  protected readonly rows = signal<SessionRow[] | null>(null);
  protected readonly message = signal<string | null>(null);

  constructor() {
    void this.reload();
  }

  async reload(): Promise<void> {
    this.message.set(null);
    try {
      const sessions = await firstValueFrom(this.api.sessions());
      this.rows.set(sessions.map((s) => ({ ...s, browser: describeUserAgent(s.userAgent) })));
    } catch (error) {
      this.message.set(toApiError(error).message);
    }
  }

  protected async endSession(session: SessionRow): Promise<void> {
    const isConfirmed = await this.confirmService.confirm({
      title: 'Sitzung abmelden?',
      message: `Die Sitzung (${session.browser}, IP-Adresse ${session.ip ?? 'unbekannt'}) wird beendet. Wer sie nutzt, muss sich neu anmelden.`,
      confirmLabel: 'Abmelden',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    let failure: string | null = null;
    try {
      await firstValueFrom(this.api.revokeSession(session.id));
      this.snackBar.open('Die Sitzung wurde abgemeldet.', 'OK');
    } catch (error) {
      failure = toApiError(error).message;
    }
    await this.reload();
    if (failure) this.message.set(failure);
  }
}
