import { DecimalPipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { MentorFeedbackSummaryDto } from '@bn/shared/contracts';
import { DeploymentsApi } from '@bn/web/mentoring/data-access';
import { LOADING, LoadState, loadState } from '../shared/load-state';

/**
 * The signed-in mentor's own feedback, aggregated over the coordinations' answers. Figures appear only
 * from three answers on (domain-research §3.2), so no single answer can be traced back.
 */
@Component({
  selector: 'bn-mentor-feedback-summary-card',
  imports: [DecimalPipe, PercentPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="own-feedback-title">
      <h2 id="own-feedback-title">Meine Rückmeldungen</h2>
      @switch (state().kind) {
        @case ('loading') {
          <p class="muted">Rückmeldungen werden geladen …</p>
        }
        @case ('error') {
          <p role="alert">Die Rückmeldungen konnten nicht geladen werden.</p>
        }
      }
      @if (summary(); as s) {
        @if (s.isAvailable) {
          <p>Aus {{ s.answers | number }} Rückmeldungen der Bündniskoordinationen:</p>
          <ul class="plain">
            <li>Zufriedenheit im Mittel {{ s.satisfactionAverage | number: '1.1-1' }} von 5</li>
            <li>Nutzen im Mittel {{ s.usefulnessAverage | number: '1.1-1' }} von 5</li>
            @if (s.goalReached; as goal) {
              <li>Ziel erreicht: {{ goal.JA | number }} × ja, {{ goal.TEILWEISE | number }} × teilweise, {{ goal.NEIN | number }} × nein</li>
            }
            @if (s.wouldRecommendShare !== null) {
              <li>Würden weiterempfehlen: {{ s.wouldRecommendShare | percent: '1.0-0' }}</li>
            }
          </ul>
        } @else {
          <p class="muted">
            Noch weniger als {{ s.minimumAnswers }} Rückmeldungen – die Auswertung erscheint ab {{ s.minimumAnswers }} Antworten, damit
            einzelne Rückmeldungen nicht zuzuordnen sind.
          </p>
        }
      }
    </section>
  `,
  styles: `
    .card { padding: 16px; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; margin-bottom: 16px; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .plain { margin: 0; padding-left: 20px; }
    .muted { color: var(--mat-sys-on-surface-variant); margin: 0; }
  `,
})
export class MentorFeedbackSummaryCard {
  protected readonly state = toSignal<LoadState<MentorFeedbackSummaryDto>, LoadState<MentorFeedbackSummaryDto>>(
    loadState(inject(DeploymentsApi).myFeedbackSummary()),
    { initialValue: LOADING },
  );
  protected summary(): MentorFeedbackSummaryDto | null {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  }
}
