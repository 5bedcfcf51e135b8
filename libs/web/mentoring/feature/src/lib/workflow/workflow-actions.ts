import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { ManualTransition, Role, WorkflowSubjectKind, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_LABELS, REQUEST_STATUS_LABELS } from '@bn/shared/contracts';
import { manualTransitions } from '@bn/web/mentoring/data-access';
import { ConfirmService } from '@bn/web/ui';
import { firstValueFrom } from 'rxjs';
import { TransitionDialog, TransitionDialogData, TransitionDialogResult } from './transition-dialog';

/**
 * The next steps of an Anfrage or an Einsatz (domain-research §2.5) for the given role: buttons, or a
 * "Status ändern" menu (board cards). Each step opens a dialog that asks for the reason (side exits)
 * or an optional note and sends the change; `transitioned` is emitted after a successful change,
 * `reloadRequested` when the record changed meanwhile (409) and the user wants the current state.
 * Steps that follow from another action (offer, acceptance, report) are not offered here.
 */
@Component({
  selector: 'bn-workflow-actions',
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (steps().length) {
      @if (layout() === 'menu') {
        <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="menuLabel()">
          <mat-icon aria-hidden="true">swap_horiz</mat-icon>Status ändern
        </button>
        <mat-menu #menu="matMenu">
          @for (step of steps(); track step.to) {
            <button mat-menu-item type="button" (click)="start(step)">{{ stepLabel(step) }}</button>
          }
        </mat-menu>
      } @else {
        <div class="steps" role="group" aria-label="Nächste Schritte">
          @for (step of steps(); track step.to) {
            <button mat-stroked-button type="button" (click)="start(step)">
              <mat-icon aria-hidden="true">{{ step.requiresReason ? 'block' : 'arrow_forward' }}</mat-icon>{{ stepLabel(step) }}
            </button>
          }
        </div>
      }
    } @else if (layout() === 'buttons' && showEmpty()) {
      <p class="muted">Für Sie ist hier gerade kein Statuswechsel möglich.</p>
    }
  `,
  styles: `.steps { display: flex; flex-wrap: wrap; gap: 8px; } .muted { color: var(--mat-sys-on-surface-variant); margin: 0; }`,
})
export class WorkflowActions {
  readonly subject = input.required<WorkflowSubjectKind>();
  readonly subjectId = input.required<string>();
  readonly version = input.required<number>();
  readonly status = input.required<string>();
  readonly role = input.required<Role | null>();
  /** Buttons (detail pages) or a single "Status ändern" menu (cards). */
  readonly layout = input<'buttons' | 'menu'>('buttons');
  /** Name of the record in the menu's accessible name, e.g. the alliance. */
  readonly recordLabel = input<string>('');
  readonly showEmpty = input(false);

  readonly transitioned = output<WorkflowTransitionResultDto>();
  readonly reloadRequested = output<void>();

  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly steps = computed(() => manualTransitions(this.subject(), this.status(), this.role()));
  protected readonly menuLabel = computed(() => (this.recordLabel() ? `Status ändern: ${this.recordLabel()}` : 'Status ändern'));

  protected stepLabel(step: ManualTransition<string>): string {
    return `Zu „${this.label(step.to)}“`;
  }

  protected async start(step: ManualTransition<string>): Promise<void> {
    const data: TransitionDialogData = {
      subject: this.subject(),
      subjectId: this.subjectId(),
      version: this.version(),
      fromLabel: this.label(this.status()),
      to: step.to,
      toLabel: this.label(step.to),
      requiresReason: step.requiresReason,
    };
    const ref = this.dialog.open<TransitionDialog, TransitionDialogData, TransitionDialogResult>(TransitionDialog, { data, width: '520px' });
    const outcome = await firstValueFrom(ref.afterClosed());
    if (!outcome) return;
    if (outcome.kind === 'done') {
      this.snackBar.open(`Status geändert: ${this.label(outcome.result.status)}.`);
      this.transitioned.emit(outcome.result);
    } else if (await this.confirm.confirmReloadAfterConflict()) {
      this.reloadRequested.emit();
    }
  }

  private label(status: string): string {
    const labels: Readonly<Record<string, string>> = this.subject() === 'REQUEST' ? REQUEST_STATUS_LABELS : DEPLOYMENT_STATUS_LABELS;
    return labels[status] ?? status;
  }
}
