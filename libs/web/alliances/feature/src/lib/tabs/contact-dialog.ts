import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { PERSON_FUNCTION_LABELS } from '@bn/shared/contracts';
import type { PersonFunctionDto, PersonFunctionType } from '@bn/shared/contracts';
import { AllianceContactsApi } from '@bn/web/alliances/data-access';
import { RecordPicker } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom, map } from 'rxjs';
import { RefValue, pickedFromList, refId, setFieldMessage } from './form-helpers';
import { personOptions } from './ref-options';

export interface ContactDialogData {
  allianceId: string;
}

/** Functions a person holds in an alliance (the others belong to staff, mentors and organisations). */
export const ALLIANCE_FUNCTION_TYPES: readonly PersonFunctionType[] = ['KOORDINATION', 'SPRECHER', 'ANSPRECHPERSON', 'MITARBEIT'];

/**
 * "Kontakt hinzufügen": gives a person of the register a function in the alliance
 * (`POST /api/persons/:id/functions`); closes with the new function.
 */
@Component({
  selector: 'bn-contact-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
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
    RecordPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Kontakt hinzufügen</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (messages().length) {
          <div class="form-alert" role="alert">
            @for (message of messages(); track message) {
              <p>{{ message }}</p>
            }
          </div>
        }
        <bn-record-picker
          [control]="form.controls.personId"
          label="Person suchen"
          hint="Personen aus dem Personenverzeichnis; neue Personen legen Sie unter „Personen“ an."
          [search]="searchPersons"
        />
        <div class="grid">
          <mat-form-field class="wide">
            <mat-label>Funktion im Bündnis</mat-label>
            <mat-select formControlName="functionType">
              @for (type of functionTypes; track type) {
                <mat-option [value]="type">{{ functionLabels[type] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.functionType | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Seit</mat-label>
            <input matInput [matDatepicker]="fromPicker" formControlName="validFrom" placeholder="TT.MM.JJJJ" />
            <mat-datepicker-toggle matIconSuffix [for]="fromPicker" aria-label="Kalender für „Seit“ öffnen" />
            <mat-datepicker #fromPicker />
            <mat-error>{{ form.controls.validFrom | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Bis</mat-label>
            <input matInput [matDatepicker]="untilPicker" formControlName="validUntil" placeholder="TT.MM.JJJJ" />
            <mat-datepicker-toggle matIconSuffix [for]="untilPicker" aria-label="Kalender für „Bis“ öffnen" />
            <mat-datepicker #untilPicker />
            <mat-hint>Leer lassen, wenn kein Ende feststeht.</mat-hint>
            <mat-error>{{ form.controls.validUntil | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="busy()">Kontakt hinzufügen</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './tab-dialog.scss',
})
export class ContactDialog {
  private readonly data = inject<ContactDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ContactDialog, PersonFunctionDto>>(MatDialogRef);
  private readonly api = inject(AllianceContactsApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly functionTypes = ALLIANCE_FUNCTION_TYPES;
  protected readonly functionLabels = PERSON_FUNCTION_LABELS;
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);

  protected readonly form = this.fb.group({
    personId: this.fb.control<RefValue>(null, [Validators.required, pickedFromList]),
    functionType: this.fb.control<PersonFunctionType | null>(null, Validators.required),
    validFrom: this.fb.control<Date | null>(new Date()),
    validUntil: this.fb.control<Date | null>(null),
  });

  protected readonly searchPersons = (term: string) => this.api.searchPersons({ q: term }).pipe(map((page) => personOptions(page.items)));

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const validFrom = toIsoDate(value.validFrom);
    const validUntil = toIsoDate(value.validUntil);
    if (validFrom && validUntil && validUntil < validFrom) {
      setFieldMessage(this.form.controls.validUntil, 'Das Ende darf nicht vor dem Beginn liegen.');
      return;
    }
    this.busy.set(true);
    this.messages.set([]);
    try {
      const created = await firstValueFrom(
        this.api.addFunction(refId(value.personId) ?? '', {
          functionType: value.functionType as PersonFunctionType,
          allianceId: this.data.allianceId,
          validFrom,
          validUntil,
        }),
      );
      this.ref.close(created);
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
