import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { StatusChangeRequestDto, StatusRequestOutcome } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS } from '@bn/shared/contracts';
import { AlliancesApi } from '@bn/web/alliances/data-access';
import { ConfirmService } from '@bn/web/ui';
import { ApiError, FieldErrorPipe, applyServerErrors, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { MergeTargetField, MergeTargetValue, allianceSelected, isAllianceOption } from './merge-target-field';
import { SENSITIVE_DATA_HINT, StatusDialogResult, notBlank } from './status-dialog';

export interface DecideRequestData {
  request: StatusChangeRequestDto;
  decision: StatusRequestOutcome;
  allianceId: string;
}

/** The Fachberatung accepts a coordinator's status request (performing the change) or refuses it with a note. */
@Component({
  selector: 'bn-decide-request-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    FieldErrorPipe,
    MergeTargetField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ isAccept ? 'Antrag annehmen' : 'Antrag ablehnen' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p>
          Gewünschter Status: <strong>{{ statusLabels[data.request.requestedStatus] }}</strong> (derzeit
          {{ statusLabels[data.request.currentStatus] }}).
          @if (isAccept) {
            Mit der Annahme wird der Status sofort geändert.
          }
        </p>
        @if (alerts().length) {
          <div class="alert" role="alert">
            @for (message of alerts(); track $index) {
              <p>{{ message }}</p>
            }
          </div>
        }
        @if (isAccept) {
          <mat-form-field class="full">
            <mat-label>Datum der Änderung</mat-label>
            <input matInput formControlName="changedOn" [matDatepicker]="picker" [max]="today" placeholder="TT.MM.JJJJ" />
            <mat-datepicker-toggle matSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-hint>TT.MM.JJJJ; leer lassen für heute</mat-hint>
            <mat-error>{{ form.controls.changedOn | fieldError }}</mat-error>
          </mat-form-field>
          @if (isMerger) {
            <bn-merge-target-field [control]="form.controls.mergedInto" [excludeId]="data.allianceId" />
          }
        }
        <mat-form-field class="full">
          <mat-label>{{ isAccept ? 'Anmerkung (optional)' : 'Begründung der Ablehnung' }}</mat-label>
          <textarea matInput formControlName="note" rows="4" [required]="!isAccept"></textarea>
          <mat-hint>{{ hint }}</mat-hint>
          <mat-error>{{ form.controls.note | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">{{ isAccept ? 'Annehmen' : 'Ablehnen' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full { width: 100%; }
    .alert { color: var(--mat-sys-error); }
  `,
})
export class DecideRequestDialog {
  protected readonly data = inject<DecideRequestData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DecideRequestDialog, StatusDialogResult>>(MatDialogRef);
  private readonly api = inject(AlliancesApi);
  private readonly confirm = inject(ConfirmService);

  protected readonly isAccept = this.data.decision === 'ANGENOMMEN';
  protected readonly isMerger = this.data.request.requestedStatus === 'FUSIONIERT';
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly today = new Date();
  protected readonly hint = SENSITIVE_DATA_HINT;
  protected readonly isSaving = signal(false);
  protected readonly alerts = signal<string[]>([]);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    changedOn: new FormControl<Date | null>(null),
    mergedInto: new FormControl<MergeTargetValue>(null, this.isAccept && this.isMerger ? [allianceSelected] : []),
    note: ['', this.isAccept ? [Validators.maxLength(2000)] : [notBlank, Validators.maxLength(2000)]],
  });

  protected async save(): Promise<void> {
    this.alerts.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    const value = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.api.decideStatusRequest(this.data.request.id, {
          decision: this.data.decision,
          note: value.note.trim() || null,
          changedOn: this.isAccept ? toIsoDate(value.changedOn) : null,
          mergedIntoId: this.isAccept && this.isMerger && isAllianceOption(value.mergedInto) ? value.mergedInto.id : null,
          version: this.data.request.version,
        }),
      );
      this.ref.close({
        message: this.isAccept ? 'Der Antrag wurde angenommen und der Status geändert.' : 'Der Antrag wurde abgelehnt.',
      });
    } catch (error) {
      await this.showError(toApiError(error));
    } finally {
      this.isSaving.set(false);
    }
  }

  private async showError(error: ApiError): Promise<void> {
    if (isConflict(error)) {
      const wantsReload = await this.confirm.confirmReloadAfterConflict();
      this.ref.close(wantsReload ? { message: null } : undefined);
      return;
    }
    const fields = { ...error.fields };
    if (fields['mergedIntoId']) fields['mergedInto'] = fields['mergedIntoId'];
    delete fields['mergedIntoId'];
    const unmatched = applyServerErrors(this.form, { ...error, fields });
    this.alerts.set(Object.keys(fields).length === 0 ? [error.message] : unmatched);
  }
}
