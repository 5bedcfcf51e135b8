import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { SIGNATURE_OCCASION_LABELS, SIGNATURE_OCCASIONS } from '@bn/shared/contracts';
import type { AllianceDeclarationDto, AllianceSignatureDto, SignatureOccasion } from '@bn/shared/contracts';
import { AllianceContactsApi, AllianceDeclarationsApi, PartnerOrganisationsApi } from '@bn/web/alliances/data-access';
import { RecordPicker } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom, map } from 'rxjs';
import { RefValue, pickedFromList, refId } from './form-helpers';
import { organisationOptions, personOptions } from './ref-options';

export interface SignatureDialogData {
  allianceId: string;
  declaration: AllianceDeclarationDto;
}

/** "Unterzeichnung hinzufügen": a partner organisation signs the declaration (at the founding or by joining later). */
@Component({
  selector: 'bn-signature-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
    MatFormField,
    MatLabel,
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
    <h2 mat-dialog-title>Unterzeichnung hinzufügen</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <p class="fixed-value"><span class="fixed-label">Erklärung:</span> {{ data.declaration.title }}</p>
        @if (data.declaration.eventId) {
          <p class="fixed-value">
            Unterzeichnungen zur Gründung werden der Veranstaltung „{{ data.declaration.eventTitle ?? 'Veranstaltung' }}“ zugeordnet, bei der die Erklärung beschlossen wurde.
          </p>
        }
        @if (messages().length) {
          <div class="form-alert" role="alert">
            @for (message of messages(); track message) {
              <p>{{ message }}</p>
            }
          </div>
        }
        <bn-record-picker
          [control]="form.controls.organisationId"
          label="Unterzeichnende Organisation"
          hint="Partner des Bündnisses suchen"
          [search]="searchPartners"
        />
        <bn-record-picker
          [control]="form.controls.signatoryId"
          label="Unterzeichnet von (optional)"
          hint="Person, die für die Organisation unterschrieben hat"
          [search]="searchPersons"
        />
        <div class="grid">
          <mat-form-field>
            <mat-label>Unterzeichnet am</mat-label>
            <input matInput [matDatepicker]="signedPicker" formControlName="signedOn" placeholder="TT.MM.JJJJ" />
            <mat-datepicker-toggle matIconSuffix [for]="signedPicker" aria-label="Kalender für „Unterzeichnet am“ öffnen" />
            <mat-datepicker #signedPicker />
            <mat-error>{{ form.controls.signedOn | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Anlass</mat-label>
            <mat-select formControlName="occasion">
              @for (occasion of occasions; track occasion) {
                <mat-option [value]="occasion">{{ occasionLabels[occasion] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.occasion | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="busy()">Unterzeichnung eintragen</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './tab-dialog.scss',
})
export class SignatureDialog {
  protected readonly data = inject<SignatureDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SignatureDialog, AllianceSignatureDto>>(MatDialogRef);
  private readonly api = inject(AllianceDeclarationsApi);
  private readonly organisations = inject(PartnerOrganisationsApi);
  private readonly contacts = inject(AllianceContactsApi);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly occasions = SIGNATURE_OCCASIONS;
  protected readonly occasionLabels = SIGNATURE_OCCASION_LABELS;
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);

  protected readonly form = this.fb.group({
    organisationId: this.fb.control<RefValue>(null, [Validators.required, pickedFromList]),
    signatoryId: this.fb.control<RefValue>(null, pickedFromList),
    signedOn: this.fb.control<Date | null>(null, Validators.required),
    occasion: this.fb.control<SignatureOccasion | null>(this.data.declaration.signatures.length ? 'SPAETERER_BEITRITT' : 'GRUENDUNG', Validators.required),
  });

  /** The current partners of the alliance (`allianceId` filter of the organisation list). */
  protected readonly searchPartners = (term: string) =>
    this.organisations.search({ q: term, allianceId: this.data.allianceId }).pipe(map((page) => organisationOptions(page.items)));
  protected readonly searchPersons = (term: string) =>
    this.contacts.searchPersons({ q: term }).pipe(map((page) => personOptions(page.items)));

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.messages.set([]);
    try {
      const signature = await firstValueFrom(
        this.api.sign(this.data.allianceId, this.data.declaration.id, {
          organisationId: refId(value.organisationId) ?? '',
          signatoryId: refId(value.signatoryId),
          signedOn: toIsoDate(value.signedOn) ?? '',
          occasion: value.occasion as SignatureOccasion,
          // Founding signatures are given at the event where the declaration was adopted (as in the seed's stories).
          eventId: value.occasion === 'GRUENDUNG' ? this.data.declaration.eventId : null,
        }),
      );
      this.ref.close(signature);
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
