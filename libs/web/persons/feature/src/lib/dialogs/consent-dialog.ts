import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { CONSENT_PURPOSE_LABELS, type ConsentPurpose } from '@bn/shared/contracts';
import { PersonsApi } from '@bn/web/persons/data-access';
import { FieldErrorPipe, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { WriteDialogResult, dialogErrorMessage, today } from './dialog-support';

export interface ConsentDialogData {
  personId: string;
  personName: string;
}

/** "Einwilligung erfassen": purpose, date and the version of the consent text the person agreed to. */
@Component({
  selector: 'bn-consent-dialog',
  imports: [
    ReactiveFormsModule, MatDialogModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatSelect,
    MatOption, MatDatepicker, MatDatepickerInput, MatDatepickerToggle, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Einwilligung erfassen</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>Einwilligung von {{ data.personName }}. Erfassen Sie nur Einwilligungen, die schriftlich oder elektronisch vorliegen.</p>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>Zweck</mat-label>
          <mat-select formControlName="purpose" required>
            @for (purpose of purposes; track purpose.value) {
              <mat-option [value]="purpose.value">{{ purpose.label }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ form.controls.purpose | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Erteilt am</mat-label>
          <input matInput formControlName="grantedOn" [matDatepicker]="grantedPicker" [max]="maxDate" required />
          <mat-hint>TT.MM.JJJJ, nicht in der Zukunft</mat-hint>
          <mat-datepicker-toggle matSuffix [for]="grantedPicker" aria-label="Kalender für „Erteilt am“ öffnen" />
          <mat-datepicker #grantedPicker />
          <mat-error>{{ form.controls.grantedOn | fieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>Version des Einwilligungstextes</mat-label>
          <input matInput formControlName="textVersion" maxlength="40" required />
          <mat-hint>z. B. „Newsletter 2024-03“</mat-hint>
          <mat-error>{{ form.controls.textVersion | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Einwilligung speichern</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `mat-form-field { display: block; width: 100%; } .form-error { color: var(--mat-sys-error); }`,
})
export class ConsentDialog {
  private readonly api = inject(PersonsApi);
  private readonly dialogRef = inject<MatDialogRef<ConsentDialog, WriteDialogResult>>(MatDialogRef);
  protected readonly data = inject<ConsentDialogData>(MAT_DIALOG_DATA);

  protected readonly purposes = Object.entries(CONSENT_PURPOSE_LABELS).map(([value, label]) => ({ value, label }));
  protected readonly maxDate = today();
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    purpose: this.fb.control<ConsentPurpose | ''>('', Validators.required),
    grantedOn: this.fb.control<Date | null>(today(), Validators.required),
    textVersion: ['', [Validators.required, Validators.pattern(/\S/), Validators.maxLength(40)]],
  });

  protected async save(): Promise<void> {
    this.formError.set(null);
    const { purpose, grantedOn, textVersion } = this.form.getRawValue();
    const grantedOnIso = toIsoDate(grantedOn);
    if (this.form.invalid || !purpose || !grantedOnIso) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    try {
      await firstValueFrom(this.api.grantConsent(this.data.personId, { purpose, grantedOn: grantedOnIso, textVersion: textVersion.trim() }));
      this.dialogRef.close('saved');
    } catch (error) {
      const apiError = toApiError(error);
      this.formError.set(dialogErrorMessage(this.form, apiError));
    } finally {
      this.isSaving.set(false);
    }
  }
}
