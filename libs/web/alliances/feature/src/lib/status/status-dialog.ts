import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, FormControl, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import type { AllianceStatus } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS, ALLIANCE_TRANSITIONS } from '@bn/shared/contracts';
import { AlliancesApi } from '@bn/web/alliances/data-access';
import { ConfirmService } from '@bn/web/ui';
import { ApiError, FieldErrorPipe, applyServerErrors, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { MergeTargetField, MergeTargetValue, allianceSelected, isAllianceOption } from './merge-target-field';

/** What the dialog needs of the alliance. */
export interface StatusDialogAlliance {
  id: string;
  name: string;
  status: AllianceStatus;
  version: number;
}

export interface StatusDialogData {
  alliance: StatusDialogAlliance;
  /** `transition`: Fachberatung/Leitung change the status; `request`: a coordinator asks for it. */
  mode: 'transition' | 'request';
}

/** Closed with a result after a save (or after a conflict the user wants to reload); undefined when cancelled. */
export interface StatusDialogResult {
  message: string | null;
}

export const SENSITIVE_DATA_HINT = 'Bitte keine sensiblen personenbezogenen Daten eintragen.';

/** Required text that is more than blanks (the API refuses whitespace-only reasons). */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** "Status ändern" (with reason, date and, for a merger, the receiving alliance) or "Statusänderung beantragen". */
@Component({
  selector: 'bn-alliance-status-dialog',
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
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    FieldErrorPipe,
    MergeTargetField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-dialog.html',
  styles: `
    .full { width: 100%; }
    .current { margin-top: 0; }
    .alert { color: var(--mat-sys-error); }
  `,
})
export class AllianceStatusDialog {
  protected readonly data = inject<StatusDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<AllianceStatusDialog, StatusDialogResult>>(MatDialogRef);
  private readonly api = inject(AlliancesApi);
  private readonly confirm = inject(ConfirmService);

  protected readonly isRequest = this.data.mode === 'request';
  protected readonly title = this.isRequest ? 'Statusänderung beantragen' : 'Status ändern';
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly targets = ALLIANCE_TRANSITIONS[this.data.alliance.status];
  protected readonly today = new Date();
  protected readonly hint = SENSITIVE_DATA_HINT;
  protected readonly isSaving = signal(false);
  protected readonly alerts = signal<string[]>([]);

  /** Target status, date (transition only), reason, receiving alliance (merger only). */
  protected readonly form = inject(FormBuilder).nonNullable.group({
    toStatus: ['' as AllianceStatus | '', Validators.required],
    changedOn: new FormControl<Date | null>(null),
    reason: ['', [notBlank, Validators.maxLength(2000)]],
    mergedInto: new FormControl<MergeTargetValue>(null),
  });
  private readonly toStatus = toSignal(this.form.controls.toStatus.valueChanges, { initialValue: this.form.controls.toStatus.value });
  protected readonly isMerger = computed(() => !this.isRequest && this.toStatus() === 'FUSIONIERT');

  constructor() {
    this.form.controls.toStatus.valueChanges.subscribe((status) => {
      const merged = this.form.controls.mergedInto;
      merged.setValidators(status === 'FUSIONIERT' && !this.isRequest ? [allianceSelected] : []);
      merged.updateValueAndValidity();
    });
  }

  protected async save(): Promise<void> {
    this.alerts.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.isSaving.set(true);
    try {
      const message = this.isRequest ? await this.sendRequest() : await this.changeStatus();
      this.ref.close({ message });
    } catch (error) {
      await this.showError(toApiError(error));
    } finally {
      this.isSaving.set(false);
    }
  }

  private async changeStatus(): Promise<string> {
    const { alliance } = this.data;
    const value = this.form.getRawValue();
    const merged: MergeTargetValue = value.mergedInto;
    const result = await firstValueFrom(
      this.api.changeStatus(alliance.id, {
        toStatus: value.toStatus as AllianceStatus,
        reason: value.reason.trim(),
        changedOn: toIsoDate(value.changedOn),
        mergedIntoId: value.toStatus === 'FUSIONIERT' && isAllianceOption(merged) ? merged.id : null,
        version: alliance.version,
      }),
    );
    const label = ALLIANCE_STATUS_LABELS[result.alliance.status];
    return [`Der Status wurde in „${label}“ geändert.`, ...result.warnings].join(' ');
  }

  private async sendRequest(): Promise<string> {
    const value = this.form.getRawValue();
    await firstValueFrom(
      this.api.requestStatusChange(this.data.alliance.id, { requestedStatus: value.toStatus as AllianceStatus, reason: value.reason.trim() }),
    );
    return 'Ihr Antrag wurde an die Fachberatung gesendet. Sie entscheidet darüber.';
  }

  private async showError(error: ApiError): Promise<void> {
    if (isConflict(error)) {
      // Someone changed the alliance meanwhile: offer to reload it (the page reloads when a result comes back).
      const wantsReload = await this.confirm.confirmReloadAfterConflict();
      this.ref.close(wantsReload ? { message: null } : undefined);
      return;
    }
    // The request endpoint names the wanted status `requestedStatus`; the form calls it `toStatus`.
    const fields = { ...error.fields };
    if (fields['requestedStatus']) fields['toStatus'] = fields['requestedStatus'];
    if (fields['mergedIntoId']) fields['mergedInto'] = fields['mergedIntoId'];
    delete fields['requestedStatus'];
    delete fields['mergedIntoId'];
    const unmatched = applyServerErrors(this.form, { ...error, fields });
    this.alerts.set(Object.keys(fields).length === 0 ? [error.message] : unmatched);
  }
}
