import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import type { PersonFunctionDto } from '@bn/shared/contracts';
import { PersonsApi } from '@bn/web/persons/data-access';
import { isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { FunctionFields } from '../shared/function-fields';
import { createFunctionGroup, fromFunction, toFunctionInput } from '../shared/function-form';
import { WriteDialogResult, dialogErrorMessage } from './dialog-support';

export interface FunctionDialogData {
  personId: string;
  personName: string;
  /** The function to change; absent when one is added. */
  fn?: PersonFunctionDto;
}

/** "Funktion hinzufügen" / "Funktion bearbeiten": type, organisation and/or alliance, validity. */
@Component({
  selector: 'bn-function-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButton, FunctionFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.fn ? 'Funktion bearbeiten' : 'Funktion hinzufügen' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>Funktion von {{ data.personName }} in einer Organisation und/oder einem Bündnis.</p>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <bn-function-fields [group]="form" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Speichern</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.form-error { color: var(--mat-sys-error); }`,
})
export class FunctionDialog {
  private readonly api = inject(PersonsApi);
  private readonly dialogRef = inject<MatDialogRef<FunctionDialog, WriteDialogResult>>(MatDialogRef);
  protected readonly data = inject<FunctionDialogData>(MAT_DIALOG_DATA);

  protected readonly form = createFunctionGroup(inject(FormBuilder).nonNullable);
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);

  constructor() {
    if (this.data.fn) this.form.reset(fromFunction(this.data.fn));
  }

  protected async save(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const input = toFunctionInput(this.form.getRawValue());
    const { personId, fn } = this.data;
    this.isSaving.set(true);
    try {
      await firstValueFrom(
        fn ? this.api.updateFunction(personId, fn.id, { ...input, version: fn.version }) : this.api.addFunction(personId, input),
      );
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
