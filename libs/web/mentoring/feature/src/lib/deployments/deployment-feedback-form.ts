import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { GoalReached } from '@bn/shared/contracts';
import { GOAL_REACHED_LABELS, GOAL_REACHED_VALUES } from '@bn/shared/contracts';
import { DeploymentsApi } from '@bn/web/mentoring/data-access';
import { FieldErrorPipe, applyServerErrors, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

/** The five steps of a rating, each with its words (screen readers and sighted users read the same). */
export const SATISFACTION_SCALE = [
  { value: 1, label: '1 – sehr unzufrieden' },
  { value: 2, label: '2 – eher unzufrieden' },
  { value: 3, label: '3 – teils, teils' },
  { value: 4, label: '4 – eher zufrieden' },
  { value: 5, label: '5 – sehr zufrieden' },
] as const;

export const USEFULNESS_SCALE = [
  { value: 1, label: '1 – nicht hilfreich' },
  { value: 2, label: '2 – wenig hilfreich' },
  { value: 3, label: '3 – teils, teils' },
  { value: 4, label: '4 – hilfreich' },
  { value: 5, label: '5 – sehr hilfreich' },
] as const;

/**
 * The coordination's Rückmeldung after the last session (domain-research §2.2 Rückmeldung):
 * satisfaction and usefulness 1–5, goal reached, free text, optionally anonymous to the mentor.
 */
@Component({
  selector: 'bn-deployment-feedback-form',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormFieldModule, MatInput, MatRadioGroup, MatRadioButton, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate aria-labelledby="feedback-form-title">
      <h3 id="feedback-form-title">Ihre Rückmeldung zum Einsatz</h3>
      @if (error(); as message) {
        <p class="form-error" role="alert">{{ message }}</p>
      }
      <fieldset>
        <legend id="feedback-satisfaction">Wie zufrieden sind Sie mit dem Einsatz? (Pflicht)</legend>
        <mat-radio-group formControlName="satisfaction" aria-labelledby="feedback-satisfaction" class="scale">
          @for (step of satisfactionScale; track step.value) {
            <mat-radio-button [value]="step.value">{{ step.label }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (form.controls.satisfaction.touched && form.controls.satisfaction.invalid) {
          <p class="field-error">{{ form.controls.satisfaction | fieldError }}</p>
        }
      </fieldset>
      <fieldset>
        <legend id="feedback-usefulness">Wie hilfreich war der Einsatz für Ihr Bündnis? (Pflicht)</legend>
        <mat-radio-group formControlName="usefulness" aria-labelledby="feedback-usefulness" class="scale">
          @for (step of usefulnessScale; track step.value) {
            <mat-radio-button [value]="step.value">{{ step.label }}</mat-radio-button>
          }
        </mat-radio-group>
        @if (form.controls.usefulness.touched && form.controls.usefulness.invalid) {
          <p class="field-error">{{ form.controls.usefulness | fieldError }}</p>
        }
      </fieldset>
      <fieldset>
        <legend id="feedback-goal">Wurde das Ziel des Einsatzes erreicht?</legend>
        <mat-radio-group formControlName="goalReached" aria-labelledby="feedback-goal" class="scale">
          @for (value of goalValues; track value) {
            <mat-radio-button [value]="value">{{ goalLabels[value] }}</mat-radio-button>
          }
        </mat-radio-group>
      </fieldset>
      <mat-form-field class="full">
        <mat-label>Anmerkungen</mat-label>
        <textarea matInput formControlName="comment" rows="4" maxlength="4000"></textarea>
        <mat-hint>Bitte keine sensiblen persönlichen Daten.</mat-hint>
        <mat-error>{{ form.controls.comment | fieldError }}</mat-error>
      </mat-form-field>
      <mat-checkbox formControlName="anonymousToMentor">anonym gegenüber der Mentor:in</mat-checkbox>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="isSaving()">Rückmeldung senden</button>
      </div>
    </form>
  `,
  styles: `
    fieldset { border: 0; padding: 0; margin: 0 0 16px; }
    legend { font: var(--mat-sys-body-large); margin-bottom: 4px; }
    .scale { display: flex; flex-wrap: wrap; gap: 4px 16px; }
    .full { width: 100%; }
    .actions { margin-top: 16px; }
    .form-error, .field-error { color: var(--mat-sys-error); }
    .field-error { font: var(--mat-sys-body-small); margin: 4px 0 0; }
  `,
})
export class DeploymentFeedbackForm {
  private readonly api = inject(DeploymentsApi);
  private readonly snackBar = inject(MatSnackBar);

  readonly deploymentId = input.required<string>();
  readonly saved = output<void>();

  protected readonly satisfactionScale = SATISFACTION_SCALE;
  protected readonly usefulnessScale = USEFULNESS_SCALE;
  protected readonly goalValues = GOAL_REACHED_VALUES;
  protected readonly goalLabels = GOAL_REACHED_LABELS;
  protected readonly form = inject(FormBuilder).group({
    satisfaction: [null as number | null, Validators.required],
    usefulness: [null as number | null, Validators.required],
    goalReached: [null as GoalReached | null],
    comment: ['', Validators.maxLength(4000)],
    anonymousToMentor: [false],
  });
  protected readonly isSaving = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async save(): Promise<void> {
    this.error.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.isSaving.set(true);
    try {
      await firstValueFrom(
        this.api.createFeedback(this.deploymentId(), {
          source: 'KOORDINATION',
          satisfaction: v.satisfaction as number,
          usefulness: v.usefulness as number,
          goalReached: v.goalReached,
          comment: v.comment?.trim() ? v.comment.trim() : null,
          anonymousToMentor: v.anonymousToMentor ?? false,
          receivedOn: toIsoDate(new Date()) ?? '',
        }),
      );
      this.snackBar.open('Vielen Dank für Ihre Rückmeldung.');
      this.saved.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.error.set(Object.keys(apiError.fields).length ? unmatched.join(' ') || null : apiError.message);
    } finally {
      this.isSaving.set(false);
    }
  }
}
