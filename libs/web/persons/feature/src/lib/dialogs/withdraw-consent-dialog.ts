import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { ConsentDto } from '@bn/shared/contracts';
import { PersonsApi } from '@bn/web/persons/data-access';
import { FieldErrorPipe, fromIsoDate, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { formatIsoDate } from '../shared/person-format';
import { WriteDialogResult, dialogErrorMessage, today } from './dialog-support';

export interface WithdrawConsentDialogData {
  personId: string;
  consent: ConsentDto;
}

/** "Widerrufen": asks for confirmation and the date of the withdrawal (not before the grant, not in the future). */
@Component({
  selector: 'bn-withdraw-consent-dialog',
  imports: [
    ReactiveFormsModule, MatDialogModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Einwilligung widerrufen?</h2>
    <form [formGroup]="form" (ngSubmit)="withdraw()" novalidate>
      <mat-dialog-content>
        <p>
          Die Einwilligung „{{ data.consent.purposeLabel }}“ (Textversion {{ data.consent.textVersion }}, erteilt am
          {{ grantedOn }}) wird als widerrufen vermerkt. Der Widerruf kann nicht rückgängig gemacht werden; eine neue
          Einwilligung erfassen Sie gesondert.
        </p>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>Widerrufen am</mat-label>
          <input matInput formControlName="withdrawnOn" [matDatepicker]="withdrawnPicker" [min]="minDate" [max]="maxDate" required />
          <mat-hint>TT.MM.JJJJ</mat-hint>
          <mat-datepicker-toggle matSuffix [for]="withdrawnPicker" aria-label="Kalender für „Widerrufen am“ öffnen" />
          <mat-datepicker #withdrawnPicker />
          <mat-error>{{ form.controls.withdrawnOn | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close cdkFocusInitial>Abbrechen</button>
        <button mat-flat-button class="destructive" type="submit" [disabled]="isSaving()">Widerrufen</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field { display: block; width: 100%; }
    .form-error { color: var(--mat-sys-error); }
    .destructive { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class WithdrawConsentDialog {
  private readonly api = inject(PersonsApi);
  private readonly dialogRef = inject<MatDialogRef<WithdrawConsentDialog, WriteDialogResult>>(MatDialogRef);
  protected readonly data = inject<WithdrawConsentDialogData>(MAT_DIALOG_DATA);

  protected readonly grantedOn = formatIsoDate(this.data.consent.grantedOn);
  protected readonly minDate = fromIsoDate(this.data.consent.grantedOn);
  protected readonly maxDate = today();
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    withdrawnOn: this.fb.control<Date | null>(today(), Validators.required),
  });

  protected async withdraw(): Promise<void> {
    this.formError.set(null);
    const withdrawnOn = toIsoDate(this.form.getRawValue().withdrawnOn);
    if (this.form.invalid || !withdrawnOn) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    try {
      await firstValueFrom(this.api.withdrawConsent(this.data.personId, this.data.consent.id, { withdrawnOn }));
      this.dialogRef.close('saved');
    } catch (error) {
      const apiError = toApiError(error);
      this.formError.set(dialogErrorMessage(this.form, apiError));
    } finally {
      this.isSaving.set(false);
    }
  }
}
