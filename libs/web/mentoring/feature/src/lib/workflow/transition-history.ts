import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { WorkflowSubjectKind, WorkflowTransitionDto } from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_LABELS, REQUEST_STATUS_LABELS } from '@bn/shared/contracts';

/** The transition log of an Anfrage or Einsatz, oldest first: when, from → to, who, note. */
@Component({
  selector: 'bn-transition-history',
  imports: [DatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length) {
      <ol class="history">
        @for (entry of entries(); track entry.id) {
          <li>
            <span class="when">{{ entry.occurredAt | date: 'dd.MM.yyyy, HH:mm' }}</span>
            <span class="what">
              @if (entry.fromStatus) {
                {{ label(entry.fromStatus) }} → {{ label(entry.toStatus) }}
              } @else {
                Angelegt als „{{ label(entry.toStatus) }}“
              }
            </span>
            <span class="who">({{ entry.actor }})</span>
            @if (entry.note) {
              <div class="note">{{ entry.note }}</div>
            }
          </li>
        }
      </ol>
    } @else {
      <p class="muted">Noch keine Statuswechsel.</p>
    }
  `,
  styles: `
    .history { margin: 0; padding-left: 20px; }
    .history li { margin-bottom: 6px; }
    .when { font-variant-numeric: tabular-nums; margin-right: 8px; }
    .who, .muted { color: var(--mat-sys-on-surface-variant); }
    .note { font: var(--mat-sys-body-small); white-space: pre-line; }
  `,
})
export class TransitionHistory {
  readonly subject = input.required<WorkflowSubjectKind>();
  readonly entries = input.required<WorkflowTransitionDto[]>();
  private readonly labels = computed<Readonly<Record<string, string>>>(() => (this.subject() === 'REQUEST' ? REQUEST_STATUS_LABELS : DEPLOYMENT_STATUS_LABELS));

  protected label(status: string): string {
    return this.labels()[status] ?? status;
  }
}
