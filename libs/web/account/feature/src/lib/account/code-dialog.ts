import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe, toApiError } from '@bn/web/util';
import { Observable, firstValueFrom } from 'rxjs';

export interface CodeDialogData<T> {
  title: string;
  message: string;
  confirmLabel: string;
  isDestructive?: boolean;
  /** The request the code authorises; its answer closes the dialog. */
  action: (code: string) => Observable<T>;
}

/** What the dialog closes with after the action succeeded (undefined when cancelled). */
export interface CodeDialogResult<T> {
  value: T;
}

/** Asks for a current code from the authenticator app and runs the action with it; errors stay in the dialog. */
@Component({
  selector: 'bn-code-dialog',
  imports: [ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatFormField, MatLabel, MatInput, MatHint, MatError, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ data.message }}</p>
        @if (message(); as text) {
          <p class="message" role="alert">{{ text }}</p>
        }
        <mat-form-field appearance="outline">
          <mat-label>Sicherheitscode</mat-label>
          <input matInput formControlName="code" inputmode="numeric" autocomplete="one-time-code" required />
          <mat-hint>Sechs Ziffern aus Ihrer Authenticator-App</mat-hint>
          <mat-error>
            @if (code.hasError('pattern')) {
              Bitte geben Sie die sechs Ziffern aus Ihrer Authenticator-App ein.
            } @else {
              {{ code | fieldError }}
            }
          </mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit" [class.destructive]="data.isDestructive" [disabled]="busy()">{{ data.confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message { color: var(--mat-sys-error); font-weight: 500; }
    .destructive { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class CodeDialog<T> {
  protected readonly data = inject<CodeDialogData<T>>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<CodeDialog<T>, CodeDialogResult<T>>>(MatDialogRef);
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)] }),
  });
  protected readonly code = this.form.controls.code;
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  protected async confirm(): Promise<void> {
    if (this.code.invalid) return this.code.markAsTouched();
    this.busy.set(true);
    this.message.set(null);
    try {
      this.ref.close({ value: await firstValueFrom(this.data.action(this.code.value.trim())) });
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.fields['code']) {
        this.code.setErrors({ server: apiError.fields['code'] });
        this.code.markAsTouched();
      } else {
        this.message.set(apiError.message);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
