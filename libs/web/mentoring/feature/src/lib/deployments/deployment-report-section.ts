import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { DeploymentDetailDto, DeploymentReportDto, ReportDecision, SaveDeploymentReportDto } from '@bn/shared/contracts';
import { REPORT_STATUS_LABELS } from '@bn/shared/contracts';
import { DeploymentsApi } from '@bn/web/mentoring/data-access';
import { ConfirmService } from '@bn/web/ui';
import { ApiError, FieldErrorPipe, LabelPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { DeploymentReportSummary } from './deployment-report-summary';

function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/**
 * The Einsatzbericht on the deployment page: the mentors (and the Fachberatung) write the draft and
 * submit it ("Einreichen"); the Fachberatung returns a submitted report with a comment or approves it.
 * Every earlier revision stays readable (domain-research §2.2 Bericht; submitted texts never change).
 */
@Component({
  selector: 'bn-deployment-report-section',
  imports: [ReactiveFormsModule, DatePipe, MatButton, MatExpansionModule, MatFormFieldModule, MatInput, FieldErrorPipe, LabelPipe, DeploymentReportSummary],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = deployment();
    @if (error(); as message) {
      <p class="form-error" role="alert">{{ message }}</p>
    }
    @if (isEditing()) {
      @if (d.report; as report) {
        <p>
          Status: {{ report.reviewStatus | label: statusLabels }}, Fassung {{ report.revision }}
          @if (report.reviewStatus === 'ZURUECKGEGEBEN') {
            – bitte überarbeiten und erneut einreichen.
          }
        </p>
        @if (report.reviewComment) {
          <div class="comment">
            <h3>Anmerkung der Fachberatung</h3>
            <p class="text">{{ report.reviewComment }}</p>
          </div>
        }
      } @else {
        <p class="muted">Noch kein Bericht. Der Bericht lässt sich speichern und später einreichen.</p>
      }
      <form [formGroup]="form" (ngSubmit)="saveDraft()" novalidate aria-label="Einsatzbericht">
        <mat-form-field class="full">
          <mat-label>Zusammenfassung</mat-label>
          <textarea matInput formControlName="summary" rows="4" required maxlength="10000"></textarea>
          <mat-error>{{ form.controls.summary | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Ergebnisse</mat-label>
          <textarea matInput formControlName="results" rows="3" maxlength="10000"></textarea>
          <mat-error>{{ form.controls.results | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Vereinbarte nächste Schritte</mat-label>
          <textarea matInput formControlName="nextSteps" rows="3" maxlength="10000"></textarea>
          <mat-error>{{ form.controls.nextSteps | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="full">
          <mat-label>Empfehlung</mat-label>
          <textarea matInput formControlName="recommendation" rows="3" maxlength="10000"></textarea>
          <mat-error>{{ form.controls.recommendation | fieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-stroked-button type="submit" [disabled]="isBusy()">Entwurf speichern</button>
          <button mat-flat-button type="button" (click)="submit()" [disabled]="isBusy()">Einreichen</button>
        </div>
      </form>
    } @else {
      <bn-deployment-report-summary [deployment]="d" [isCoordinatorView]="isCoordinatorView()" />
    }

    @if (isReviewable()) {
      <div class="review">
        <h3>Prüfung</h3>
        <mat-form-field class="full">
          <mat-label>Kommentar zur Rückgabe</mat-label>
          <textarea matInput [formControl]="reviewComment" rows="3" maxlength="5000"></textarea>
          <mat-hint>Pflicht beim Zurückgeben; erscheint bei der Mentor:in.</mat-hint>
          <mat-error>{{ reviewComment | fieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="review('ZURUECKGEGEBEN')" [disabled]="isBusy()">Zurückgeben</button>
          <button mat-flat-button type="button" (click)="review('FREIGEGEBEN')" [disabled]="isBusy()">Freigeben</button>
        </div>
      </div>
    }

    @if (d.earlierRevisions.length || (isEditing() && d.report && d.report.revision > 1)) {
      @if (revisions(); as all) {
        <h3>Frühere Fassungen</h3>
        <mat-accordion>
          @for (r of earlier(all); track r.id) {
            <mat-expansion-panel>
              <mat-expansion-panel-header>
                <mat-panel-title>Fassung {{ r.revision }}</mat-panel-title>
                <mat-panel-description>
                  {{ r.reviewStatus | label: statusLabels }}{{ r.reviewedAt ? ' am ' + (r.reviewedAt | date: 'dd.MM.yyyy') : '' }}
                </mat-panel-description>
              </mat-expansion-panel-header>
              <dl>
                @if (r.reviewComment) {
                  <dt>Anmerkung der Prüfung</dt>
                  <dd class="text">{{ r.reviewComment }}</dd>
                }
                <dt>Zusammenfassung</dt>
                <dd class="text">{{ r.summary }}</dd>
                <dt>Ergebnisse</dt>
                <dd class="text">{{ r.results ?? '–' }}</dd>
                <dt>Vereinbarte nächste Schritte</dt>
                <dd class="text">{{ r.nextSteps ?? '–' }}</dd>
                <dt>Empfehlung</dt>
                <dd class="text">{{ r.recommendation ?? '–' }}</dd>
              </dl>
            </mat-expansion-panel>
          }
        </mat-accordion>
      } @else {
        <button mat-button type="button" (click)="loadRevisions()" [disabled]="isBusy()">Frühere Fassungen anzeigen</button>
      }
    }
  `,
  styles: `
    .full { width: 100%; }
    .actions { display: flex; gap: 8px; flex-wrap: wrap; margin-bottom: 16px; }
    .comment { border-inline-start: 4px solid var(--mat-sys-tertiary); padding-inline-start: 12px; margin-bottom: 16px; }
    .comment h3, .review h3 { font: var(--mat-sys-title-small); margin: 0 0 4px; }
    .review { margin-top: 16px; }
    .text { white-space: pre-line; }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .form-error { color: var(--mat-sys-error); }
    dt { font-weight: 500; }
    dd { margin: 0 0 8px; }
  `,
})
export class DeploymentReportSection {
  private readonly api = inject(DeploymentsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly fb = inject(FormBuilder).nonNullable;

  readonly deployment = input.required<DeploymentDetailDto>();
  /** Mentors of the deployment and the Fachberatung write the report. */
  readonly canWrite = input(false);
  /** The Fachberatung reviews it. */
  readonly canReview = input(false);
  readonly isCoordinatorView = input(false);
  /** Something was saved (or the record changed meanwhile): the page reloads the deployment. */
  readonly changed = output<void>();

  protected readonly statusLabels = REPORT_STATUS_LABELS;
  protected readonly form = this.fb.group({
    summary: ['', [Validators.required, Validators.maxLength(10000)]],
    results: ['', Validators.maxLength(10000)],
    nextSteps: ['', Validators.maxLength(10000)],
    recommendation: ['', Validators.maxLength(10000)],
  });
  protected readonly reviewComment = this.fb.control('', Validators.maxLength(5000));
  protected readonly isBusy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly revisions = signal<DeploymentReportDto[] | null>(null);

  /** No report yet, a draft, or a returned report: the writers see the form. */
  protected readonly isEditing = computed(() => {
    const status = this.deployment().report?.reviewStatus ?? null;
    return this.canWrite() && (status === null || status === 'ENTWURF' || status === 'ZURUECKGEGEBEN');
  });
  protected readonly isReviewable = computed(() => this.canReview() && this.deployment().report?.reviewStatus === 'EINGEREICHT');

  constructor() {
    // A (re)loaded deployment brings the latest revision into the form.
    effect(() => {
      const report = this.deployment().report;
      untracked(() => {
        this.form.reset({
          summary: report?.summary ?? '',
          results: report?.results ?? '',
          nextSteps: report?.nextSteps ?? '',
          recommendation: report?.recommendation ?? '',
        });
        this.reviewComment.reset('');
        this.revisions.set(null);
        this.error.set(null);
      });
    });
  }

  /** All revisions but the latest (that one is shown above). */
  protected earlier(all: DeploymentReportDto[]): DeploymentReportDto[] {
    const latest = this.deployment().report?.id;
    return all.filter((r) => r.id !== latest);
  }

  protected async loadRevisions(): Promise<void> {
    await this.run(async () => this.revisions.set(await firstValueFrom(this.api.reportRevisions(this.deployment().id))));
  }

  protected async saveDraft(): Promise<void> {
    if (!this.isFormValid()) return;
    await this.run(async () => {
      await firstValueFrom(this.api.saveReport(this.deployment().id, this.formInput()));
      this.snackBar.open('Entwurf gespeichert.');
      this.changed.emit();
    });
  }

  protected async submit(): Promise<void> {
    if (!this.isFormValid()) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Bericht einreichen?',
      message: 'Der Bericht geht zur Prüfung an die Fachberatung. Bis zur Prüfung können Sie ihn nicht mehr ändern.',
      confirmLabel: 'Einreichen',
    });
    if (!isConfirmed) return;
    await this.run(async () => {
      const id = this.deployment().id;
      const report = this.deployment().report;
      // Unsaved changes (or no report yet) are saved first; an unchanged returned report is resubmitted as it is.
      const saved = !report || this.form.dirty ? await firstValueFrom(this.api.saveReport(id, this.formInput())) : report;
      await firstValueFrom(this.api.submitReport(id, saved.version));
      this.snackBar.open('Bericht eingereicht.');
      this.changed.emit();
    });
  }

  protected async review(decision: ReportDecision): Promise<void> {
    const report = this.deployment().report;
    if (!report) return;
    const comment = text(this.reviewComment.value);
    if (decision === 'ZURUECKGEGEBEN' && !comment) {
      this.reviewComment.setErrors({ server: 'Zum Zurückgeben ist ein Kommentar erforderlich.' });
      this.reviewComment.markAsTouched();
      return;
    }
    if (decision === 'FREIGEGEBEN') {
      const isConfirmed = await this.confirm.confirm({
        title: 'Bericht freigeben?',
        message: 'Die Zusammenfassung wird für die Bündniskoordination sichtbar; der Bericht kann danach nicht mehr geändert werden.',
        confirmLabel: 'Freigeben',
      });
      if (!isConfirmed) return;
    }
    await this.run(async () => {
      await firstValueFrom(this.api.reviewReport(this.deployment().id, { decision, comment, version: report.version }));
      this.snackBar.open(decision === 'FREIGEGEBEN' ? 'Bericht freigegeben.' : 'Bericht zurückgegeben.');
      this.changed.emit();
    });
  }

  private isFormValid(): boolean {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return false;
    }
    return true;
  }

  private formInput(): SaveDeploymentReportDto {
    const v = this.form.getRawValue();
    const report = this.deployment().report;
    return {
      summary: v.summary.trim(),
      results: text(v.results),
      nextSteps: text(v.nextSteps),
      recommendation: text(v.recommendation),
      ...(report ? { version: report.version } : {}),
    };
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.error.set(null);
    this.isBusy.set(true);
    try {
      await action();
    } catch (error) {
      await this.handle(toApiError(error));
    } finally {
      this.isBusy.set(false);
    }
  }

  private async handle(apiError: ApiError): Promise<void> {
    if (isConflict(apiError)) {
      if (await this.confirm.confirmReloadAfterConflict()) this.changed.emit();
      return;
    }
    // The review's comment is a control of its own; the other fields belong to the report form.
    const { comment, ...reportFields } = apiError.fields;
    if (comment) {
      this.reviewComment.setErrors({ server: comment });
      this.reviewComment.markAsTouched();
    }
    const unmatched = applyServerErrors(this.form, { ...apiError, fields: reportFields });
    this.error.set(Object.keys(apiError.fields).length ? unmatched.join(' ') || null : apiError.message);
  }
}
