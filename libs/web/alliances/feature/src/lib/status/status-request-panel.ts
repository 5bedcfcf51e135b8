import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import type { AllianceDetailDto, StatusChangeRequestDto } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { STATUS_REQUEST_DECIDERS } from '../alliance-status';
import type { DecideRequestData } from './decide-request-dialog';
import type { StatusDialogResult } from './status-dialog';

/** An open status change request of the alliance: the Fachberatung decides it here, the coordinator sees it waiting. */
@Component({
  selector: 'bn-status-request-panel',
  imports: [DatePipe, MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = request();
    <section class="panel" aria-labelledby="open-request-title">
      <mat-icon aria-hidden="true">pending_actions</mat-icon>
      <div class="body">
        <h2 id="open-request-title">Offener Antrag auf Statusänderung</h2>
        <p>
          Von „{{ statusLabels[r.currentStatus] }}“ nach „{{ statusLabels[r.requestedStatus] }}“, beantragt
          @if (r.requestedByName) {
            von {{ r.requestedByName }}
          }
          am {{ r.createdAt | date: 'dd.MM.yyyy' }}.
        </p>
        <p class="reason"><span class="label">Begründung:</span> {{ r.reason }}</p>
        @if (canDecide()) {
          <div class="actions">
            <button mat-flat-button type="button" (click)="decide('ANGENOMMEN')">Antrag annehmen</button>
            <button mat-stroked-button type="button" (click)="decide('ABGELEHNT')">Antrag ablehnen</button>
          </div>
        } @else {
          <p>Der Antrag wartet auf die Entscheidung der Fachberatung.</p>
        }
      </div>
    </section>
  `,
  styles: `
    .panel { display: flex; gap: 12px; padding: 12px 16px; margin-bottom: 16px; border: 1px solid var(--mat-sys-outline); border-left: 4px solid var(--mat-sys-primary); border-radius: 8px; background: var(--mat-sys-surface-container-low); }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 4px; }
    p { margin: 4px 0; }
    .reason { white-space: pre-line; }
    .label { font-weight: 500; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
  `,
})
export class StatusRequestPanel {
  readonly alliance = input.required<AllianceDetailDto>();
  readonly request = input.required<StatusChangeRequestDto>();
  /** Emitted after a decision was saved (or a conflict asks for a reload). */
  readonly decided = output<StatusDialogResult>();

  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly canDecide = computed(() => this.session.hasRole(...STATUS_REQUEST_DECIDERS));

  /** The dialog (with date picker) is a chunk of its own, loaded when first opened. */
  protected async decide(decision: DecideRequestData['decision']): Promise<void> {
    const { DecideRequestDialog } = await import('./decide-request-dialog');
    const ref = this.dialog.open<InstanceType<typeof DecideRequestDialog>, DecideRequestData, StatusDialogResult>(DecideRequestDialog, {
      data: { request: this.request(), decision, allianceId: this.alliance().id },
      injector: this.injector,
      width: '560px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((result) => {
      if (result) this.decided.emit(result);
    });
  }
}
