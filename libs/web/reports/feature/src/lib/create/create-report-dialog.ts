import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import { MatInput } from '@angular/material/input';
import { REPORT_TYPE_LABELS } from '@bn/shared/contracts';
import type { ReportRunDto, ReportType } from '@bn/shared/contracts';
import { ReportsApi } from '@bn/web/reports/data-access';
import { FieldErrorPipe, applyServerErrors, toApiError, toIsoDate } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';

export const PERIOD_ORDER_MESSAGE = 'Das Ende des Zeitraums darf nicht vor dessen Beginn liegen.';

/** The end of the period must not lie before its start (the API's REPORT_PERIOD_INVALID, checked early). */
function periodEndAfterStart(control: AbstractControl): ValidationErrors | null {
  const start = control.parent?.get('periodFrom')?.value as Date | null | undefined;
  const end = control.value as Date | null;
  return start && end && end.getTime() < start.getTime() ? { periodOrder: true } : null;
}

/** The previous calendar year: the usual reporting period, with its last day as Stichtag. */
function lastYear(today: Date): { from: Date; to: Date } {
  const year = today.getFullYear() - 1;
  return { from: new Date(year, 0, 1), to: new Date(year, 11, 31) };
}

/** "Bericht erstellen": type, period, Stichtag and optionally some Länder; starts the run and closes with it. */
@Component({
  selector: 'bn-create-report-dialog',
  imports: [
    ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatButton, MatFormField, MatLabel, MatHint, MatError,
    MatSuffix, MatInput, MatSelect, MatOption, MatRadioGroup, MatRadioButton, MatDatepicker, MatDatepickerInput, MatDatepickerToggle,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './create-report-dialog.html',
  styleUrl: './create-report-dialog.scss',
})
export class CreateReportDialog {
  private readonly api = inject(ReportsApi);
  private readonly ref = inject<MatDialogRef<CreateReportDialog, ReportRunDto>>(MatDialogRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly typeLabels = REPORT_TYPE_LABELS;
  protected readonly types = Object.keys(REPORT_TYPE_LABELS) as ReportType[];
  protected readonly periodOrderMessage = PERIOD_ORDER_MESSAGE;
  protected readonly laender = toSignal(this.api.laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);

  private readonly period = lastYear(new Date());
  protected readonly form = this.fb.group({
    type: this.fb.control<ReportType | null>('BUENDNIS_MONITOR', Validators.required),
    periodFrom: this.fb.control<Date | null>(this.period.from, Validators.required),
    periodTo: this.fb.control<Date | null>(this.period.to, [Validators.required, periodEndAfterStart]),
    referenceDate: this.fb.control<Date | null>(this.period.to, Validators.required),
    laender: this.fb.control<string[]>([]),
  });

  constructor() {
    this.form.controls.periodFrom.valueChanges
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.form.controls.periodTo.updateValueAndValidity({ emitEvent: false }));
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.messages.set([]);
    try {
      const run = await firstValueFrom(
        this.api.create({
          type: value.type as ReportType,
          periodFrom: toIsoDate(value.periodFrom) ?? '',
          periodTo: toIsoDate(value.periodTo) ?? '',
          referenceDate: toIsoDate(value.referenceDate) ?? '',
          ...(value.laender.length ? { laender: [...value.laender].sort() } : {}),
        }),
      );
      this.ref.close(run);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.messages.set(Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    this.ref.close();
  }
}
