import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PersonsApi } from '@bn/web/persons/data-access';
import { FieldErrorPipe, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { WriteDialogResult, dialogErrorMessage, today } from './dialog-support';

export interface PrivacyNoticeDialogData {
  personId: string;
  personName: string;
  version: number;
  /** An earlier date to correct, if any. */
  sentOn: string | null;
}

/** "Art.-14-Information vermerkt": the date the person was informed that their contact data is stored here. */
@Component({
  selector: 'bn-privacy-notice-dialog',
  imports: [
    ReactiveFormsModule, MatDialogModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Art.-14-Information vermerken</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>
          Vermerken Sie, an welchem Tag {{ data.personName }} nach Art. 14 DSGVO darüber informiert wurde, dass ihre bzw.
          seine dienstlichen Kontaktdaten in Bündnisnetz gespeichert sind (spätestens einen Monat nach der Erfassung).
        </p>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>Informiert am</mat-label>
          <input matInput formControlName="sentOn" [matDatepicker]="sentPicker" [max]="maxDate" required />
          <mat-hint>TT.MM.JJJJ, nicht in der Zukunft</mat-hint>
          <mat-datepicker-toggle matSuffix [for]="sentPicker" aria-label="Kalender für „Informiert am“ öffnen" />
          <mat-datepicker #sentPicker />
          <mat-error>{{ form.controls.sentOn | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Vermerken</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `mat-form-field { display: block; width: 100%; } .form-error { color: var(--mat-sys-error); }`,
})
export class PrivacyNoticeDialog {
  private readonly api = inject(PersonsApi);
  private readonly dialogRef = inject<MatDialogRef<PrivacyNoticeDialog, WriteDialogResult>>(MatDialogRef);
  protected readonly data = inject<PrivacyNoticeDialogData>(MAT_DIALOG_DATA);

  protected readonly maxDate = today();
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    sentOn: this.fb.control<Date | null>(fromIsoDate(this.data.sentOn) ?? today(), Validators.required),
  });

  protected async save(): Promise<void> {
    this.formError.set(null);
    const sentOn = toIsoDate(this.form.getRawValue().sentOn);
    if (this.form.invalid || !sentOn) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    try {
      await firstValueFrom(this.api.recordPrivacyNotice(this.data.personId, { sentOn, version: this.data.version }));
      this.dialogRef.close('saved');
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        this.dialogRef.close('conflict');
        return;
      }
      this.formError.set(dialogErrorMessage(this.form, apiError));
    } finally {
      this.isSaving.set(false);
    }
  }
}
