import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { DeploymentDetailDto } from '@bn/shared/contracts';
import { REPORT_STATUS_LABELS } from '@bn/shared/contracts';
import { REPORT_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';

/**
 * The report as far as the reader may see it: the latest revision with its review status (Fachberatung,
 * Leitung, the deployment's mentors) or, for coordinators, the summary of the released revision.
 * Writing, submitting and reviewing belong to the mentoring workflow.
 */
@Component({
  selector: 'bn-deployment-report-summary',
  imports: [DatePipe, StatusChip, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/facts.scss',
  template: `
    @let d = deployment();
    @if (d.report; as report) {
      <dl>
        <dt>Status</dt>
        <dd>
          <bn-status-chip [label]="report.reviewStatus | label: statusLabels" [tone]="statusTones[report.reviewStatus]" icon="description" />
          <span class="muted"> Fassung {{ report.revision }}</span>
        </dd>
        @if (report.submittedAt) {
          <dt>Eingereicht am</dt>
          <dd>{{ report.submittedAt | date: 'dd.MM.yyyy' }}</dd>
        }
        @if (report.reviewedAt) {
          <dt>Geprüft am</dt>
          <dd>{{ report.reviewedAt | date: 'dd.MM.yyyy' }}</dd>
        }
        @if (report.reviewComment) {
          <dt>Anmerkung der Prüfung</dt>
          <dd><p class="text">{{ report.reviewComment }}</p></dd>
        }
        <dt>Zusammenfassung</dt>
        <dd><p class="text">{{ report.summary }}</p></dd>
        @if (report.results) {
          <dt>Ergebnisse</dt>
          <dd><p class="text">{{ report.results }}</p></dd>
        }
        @if (report.nextSteps) {
          <dt>Nächste Schritte</dt>
          <dd><p class="text">{{ report.nextSteps }}</p></dd>
        }
        @if (report.recommendation) {
          <dt>Empfehlung</dt>
          <dd><p class="text">{{ report.recommendation }}</p></dd>
        }
        @if (d.earlierRevisions.length) {
          <dt>Frühere Fassungen</dt>
          <dd>
            <ul class="plain">
              @for (r of d.earlierRevisions; track r.id) {
                <li>Fassung {{ r.revision }}: {{ r.reviewStatus | label: statusLabels }}{{ r.reviewedAt ? ' am ' + (r.reviewedAt | date: 'dd.MM.yyyy') : '' }}</li>
              }
            </ul>
          </dd>
        }
      </dl>
    } @else if (d.releasedReport; as released) {
      <dl>
        <dt>Status</dt>
        <dd><bn-status-chip label="Freigegeben" tone="positive" icon="description" /></dd>
        @if (released.reviewedAt) {
          <dt>Freigegeben am</dt>
          <dd>{{ released.reviewedAt | date: 'dd.MM.yyyy' }}</dd>
        }
        <dt>Zusammenfassung</dt>
        <dd><p class="text">{{ released.summary }}</p></dd>
      </dl>
    } @else {
      <p class="muted">Noch kein Bericht{{ isCoordinatorView() ? ' freigegeben' : '' }}.</p>
    }
  `,
})
export class DeploymentReportSummary {
  readonly deployment = input.required<DeploymentDetailDto>();
  /** Coordinators read only released summaries; for them "no report" means "none released yet". */
  readonly isCoordinatorView = input(false);
  protected readonly statusLabels = REPORT_STATUS_LABELS;
  protected readonly statusTones = REPORT_STATUS_TONES;
}
