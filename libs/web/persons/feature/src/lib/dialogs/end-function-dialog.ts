import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { PersonFunctionDto } from '@bn/shared/contracts';
import { PersonsApi } from '@bn/web/persons/data-access';
import { FieldErrorPipe, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { functionSummary } from '../shared/person-format';
import { WriteDialogResult, dialogErrorMessage, today } from './dialog-support';

export interface EndFunctionDialogData {
  personId: string;
  fn: PersonFunctionDto;
}

/** "Funktion beenden": functions are ended on a date, never deleted, so the history stays. */
@Component({
  selector: 'bn-end-function-dialog',
  imports: [
    ReactiveFormsModule, MatDialogModule, MatButton, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Funktion beenden?</h2>
    <form [formGroup]="form" (ngSubmit)="end()" novalidate>
      <mat-dialog-content>
        <p>„{{ summary }}“ endet am gewählten Tag. Die Funktion bleibt in der Historie der Person erhalten.</p>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <mat-form-field>
          <mat-label>Letzter Tag der Funktion</mat-label>
          <input matInput formControlName="validUntil" [matDatepicker]="untilPicker" [min]="minDate" required />
          <mat-hint>TT.MM.JJJJ</mat-hint>
          <mat-datepicker-toggle matSuffix [for]="untilPicker" aria-label="Kalender für „Letzter Tag der Funktion“ öffnen" />
          <mat-datepicker #untilPicker />
          <mat-error>{{ form.controls.validUntil | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close cdkFocusInitial>Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Funktion beenden</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `mat-form-field { display: block; width: 100%; } .form-error { color: var(--mat-sys-error); }`,
})
export class EndFunctionDialog {
  private readonly api = inject(PersonsApi);
  private readonly dialogRef = inject<MatDialogRef<EndFunctionDialog, WriteDialogResult>>(MatDialogRef);
  protected readonly data = inject<EndFunctionDialogData>(MAT_DIALOG_DATA);

  protected readonly summary = functionSummary(this.data.fn);
  protected readonly minDate = fromIsoDate(this.data.fn.validFrom);
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly form = this.fb.group({
    validUntil: this.fb.control<Date | null>(today(), Validators.required),
  });

  protected async end(): Promise<void> {
    this.formError.set(null);
    const validUntil = toIsoDate(this.form.getRawValue().validUntil);
    if (this.form.invalid || !validUntil) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    try {
      await firstValueFrom(this.api.endFunction(this.data.personId, this.data.fn.id, { validUntil, version: this.data.fn.version }));
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
