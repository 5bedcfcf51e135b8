import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DeploymentFeedbackDto } from '@bn/shared/contracts';
import { FEEDBACK_SOURCE_LABELS, GOAL_REACHED_LABELS } from '@bn/shared/contracts';
import { LabelPipe } from '@bn/web/util';

/** "Zufriedenheit 4 von 5, Nutzen 5 von 5, Ziel erreicht: Ja, würde weiterempfehlen" */
export function feedbackRatings(f: DeploymentFeedbackDto): string {
  const parts = [`Zufriedenheit ${f.satisfaction} von 5`, `Nutzen ${f.usefulness} von 5`];
  if (f.goalReached) parts.push(`Ziel erreicht: ${GOAL_REACHED_LABELS[f.goalReached]}`);
  if (f.wouldRecommend !== null) parts.push(f.wouldRecommend ? 'würde weiterempfehlen' : 'würde nicht weiterempfehlen');
  return parts.join(', ');
}

function average(values: number[]): number | null {
  return values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
}

/** The feedback the reader may see (the API filters per role): averages and each entry. */
@Component({
  selector: 'bn-deployment-feedback-summary',
  imports: [DatePipe, DecimalPipe, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/facts.scss',
  template: `
    @if (feedback().length) {
      <p>
        {{ feedback().length | number }} {{ feedback().length === 1 ? 'Rückmeldung' : 'Rückmeldungen' }} ·
        Zufriedenheit im Mittel {{ averages().satisfaction | number: '1.1-1' }} von 5 ·
        Nutzen im Mittel {{ averages().usefulness | number: '1.1-1' }} von 5
      </p>
      <ul class="plain">
        @for (f of feedback(); track f.id) {
          <li class="entry">
            <strong>{{ f.source | label: sourceLabels }}</strong>, {{ f.receivedOn | date: 'dd.MM.yyyy' }}: {{ ratings(f) }}
            @if (f.comment) {
              <p class="text">{{ f.comment }}</p>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="muted">Keine Rückmeldungen, die Sie sehen können.</p>
    }
  `,
  styles: `.entry { margin-bottom: 8px; }`,
})
export class DeploymentFeedbackSummary {
  readonly feedback = input.required<DeploymentFeedbackDto[]>();
  protected readonly averages = computed(() => ({
    satisfaction: average(this.feedback().map((f) => f.satisfaction)),
    usefulness: average(this.feedback().map((f) => f.usefulness)),
  }));
  protected readonly sourceLabels = FEEDBACK_SOURCE_LABELS;
  protected readonly ratings = feedbackRatings;
}
