import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { WorkflowSubjectKind, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { WorkflowApi } from '@bn/web/mentoring/data-access';
import { ApiError, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

export interface TransitionDialogData {
  subject: WorkflowSubjectKind;
  subjectId: string;
  version: number;
  fromLabel: string;
  to: string;
  toLabel: string;
  requiresReason: boolean;
}

/** How the dialog ended: done, cancelled, or a version conflict the caller resolves (reload). */
export type TransitionDialogResult = { kind: 'done'; result: WorkflowTransitionResultDto } | { kind: 'conflict' } | undefined;

/**
 * Confirms one status change and asks for the reason (side exits, required) or an optional note.
 * The change is sent from here so that a refusal (409 with the server's German explanation) stays
 * visible next to the note; a version conflict closes the dialog and the caller offers a reload.
 */
@Component({
  selector: 'bn-transition-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButton, MatFormField, MatLabel, MatInput, MatError, MatHint],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Status ändern zu „{{ data.toLabel }}“</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>Aktueller Status: „{{ data.fromLabel }}“. Neuer Status: „{{ data.toLabel }}“.</p>
        <mat-form-field class="full">
          <mat-label>{{ data.requiresReason ? 'Begründung' : 'Notiz (optional)' }}</mat-label>
          <textarea matInput [formControl]="note" rows="4" maxlength="2000" [required]="data.requiresReason"></textarea>
          @if (data.requiresReason) {
            <mat-hint>Die Begründung wird im Verlauf gespeichert.</mat-hint>
          }
          @if (note.hasError('required')) {
            <mat-error>Bitte geben Sie eine Begründung an.</mat-error>
          }
        </mat-form-field>
        @if (error(); as error) {
          <p class="error" role="alert">{{ error.message }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Status ändern</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `.full { width: 100%; } .error { color: var(--mat-sys-error); margin: 0; }`,
})
export class TransitionDialog {
  protected readonly data = inject<TransitionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TransitionDialog, TransitionDialogResult>>(MatDialogRef);
  private readonly api = inject(WorkflowApi);

  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: this.data.requiresReason ? [Validators.required, Validators.pattern(/\S/), Validators.maxLength(2000)] : [Validators.maxLength(2000)],
  });
  protected readonly form = new FormGroup({ note: this.note });
  protected readonly isSaving = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async submit(): Promise<void> {
    if (this.note.invalid) {
      if (this.note.hasError('pattern')) this.note.setErrors({ required: true });
      this.note.markAsTouched();
      return;
    }
    this.isSaving.set(true);
    this.error.set(null);
    const note = this.note.value.trim();
    try {
      const result = await firstValueFrom(
        this.api.transition(this.data.subject, this.data.subjectId, { to: this.data.to, version: this.data.version, note: note || null }),
      );
      this.ref.close({ kind: 'done', result });
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        this.ref.close({ kind: 'conflict' });
        return;
      }
      this.error.set(apiError);
      this.isSaving.set(false);
    }
  }
}
