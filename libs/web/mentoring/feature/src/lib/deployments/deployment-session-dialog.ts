import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { CreateDeploymentSessionDto, DeploymentMode, DeploymentSessionDto } from '@bn/shared/contracts';
import { DEPLOYMENT_MODES, MODE_LABELS } from '@bn/shared/contracts';
import { DeploymentsApi } from '@bn/web/mentoring/data-access';
import { FieldErrorPipe, applyServerErrors, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

export interface SessionDialogData {
  deploymentId: string;
  /** The session to change; absent when one is added. */
  session?: DeploymentSessionDto;
}

/** How a writing dialog ended: saved, or refused because someone else saved first. */
export type SessionDialogResult = 'saved' | 'conflict';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Empty text → null; numbers as the API expects them. */
function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

function decimal(value: string | number | null): number {
  if (value === null || value === '') return 0;
  return typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
}

/** "Termin hinzufügen" / "Termin bearbeiten": date, time, form and place, duration, travel, participants, topic. */
@Component({
  selector: 'bn-deployment-session-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButton, MatFormFieldModule, MatInput, MatSelectModule, MatDatepicker, MatDatepickerInput, MatDatepickerToggle, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.session ? 'Termin bearbeiten' : 'Termin hinzufügen' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (formError(); as message) {
          <p class="form-error" role="alert">{{ message }}</p>
        }
        <div class="grid">
          <mat-form-field>
            <mat-label>Datum</mat-label>
            <input matInput formControlName="heldOn" [matDatepicker]="picker" required />
            <mat-hint>TT.MM.JJJJ</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="picker" />
            <mat-datepicker #picker />
            <mat-error>{{ form.controls.heldOn | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Form</mat-label>
            <mat-select formControlName="mode" required>
              @for (mode of modes; track mode) {
                <mat-option [value]="mode">{{ modeLabels[mode] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.mode | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Beginn</mat-label>
            <input matInput type="time" formControlName="startTime" />
            <mat-hint>HH:MM</mat-hint>
            <mat-error>{{ form.controls.startTime | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Ende</mat-label>
            <input matInput type="time" formControlName="endTime" />
            <mat-hint>HH:MM</mat-hint>
            <mat-error>{{ form.controls.endTime | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>Ort</mat-label>
            <input matInput formControlName="place" maxlength="200" />
            <mat-hint>Bei Online-Terminen optional, z. B. die Plattform</mat-hint>
            <mat-error>{{ form.controls.place | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>Themen</mat-label>
            <input matInput formControlName="topic" maxlength="300" />
            <mat-error>{{ form.controls.topic | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Stunden (Termin)</mat-label>
            <input matInput type="number" min="0" step="0.25" formControlName="hours" />
            <mat-error>{{ form.controls.hours | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Vor- und Nachbereitung (Std.)</mat-label>
            <input matInput type="number" min="0" step="0.25" formControlName="prepHours" />
            <mat-error>{{ form.controls.prepHours | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Fahrtstrecke (km)</mat-label>
            <input matInput type="number" min="0" step="0.1" formControlName="travelKm" />
            <mat-error>{{ form.controls.travelKm | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Fahrtzeit (Std.)</mat-label>
            <input matInput type="number" min="0" step="0.25" formControlName="travelHours" />
            <mat-error>{{ form.controls.travelHours | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Teilnehmende (Anzahl)</mat-label>
            <input matInput type="number" min="0" step="1" formControlName="participantsCount" />
            <mat-error>{{ form.controls.participantsCount | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="isSaving()">Speichern</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 0 16px; }
    .wide { grid-column: 1 / -1; }
    .form-error { color: var(--mat-sys-error); }
  `,
})
export class DeploymentSessionDialog {
  private readonly api = inject(DeploymentsApi);
  private readonly dialogRef = inject<MatDialogRef<DeploymentSessionDialog, SessionDialogResult>>(MatDialogRef);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  protected readonly modes = DEPLOYMENT_MODES;
  protected readonly modeLabels = MODE_LABELS;

  protected readonly form = inject(FormBuilder).group({
    heldOn: [null as Date | null, Validators.required],
    mode: [null as DeploymentMode | null, Validators.required],
    startTime: ['', Validators.pattern(TIME)],
    endTime: ['', Validators.pattern(TIME)],
    place: ['', Validators.maxLength(200)],
    topic: ['', Validators.maxLength(300)],
    hours: [0 as number | null, [Validators.min(0), Validators.max(999.99)]],
    prepHours: [0 as number | null, [Validators.min(0), Validators.max(999.99)]],
    travelKm: [0 as number | null, [Validators.min(0), Validators.max(999999.9)]],
    travelHours: [0 as number | null, [Validators.min(0), Validators.max(999.99)]],
    participantsCount: [null as number | null, [Validators.min(0), Validators.max(100000)]],
  });
  protected readonly isSaving = signal(false);
  protected readonly formError = signal<string | null>(null);

  constructor() {
    const s = this.data.session;
    if (s) {
      this.form.setValue({
        heldOn: fromIsoDate(s.heldOn),
        mode: s.mode,
        startTime: s.startTime ?? '',
        endTime: s.endTime ?? '',
        place: s.place ?? '',
        topic: s.topic ?? '',
        hours: s.hours,
        prepHours: s.prepHours,
        travelKm: s.travelKm,
        travelHours: s.travelHours,
        participantsCount: s.participantsCount,
      });
    }
  }

  private toInput(): CreateDeploymentSessionDto {
    const v = this.form.getRawValue();
    return {
      heldOn: toIsoDate(v.heldOn) ?? '',
      mode: v.mode as DeploymentMode,
      startTime: text(v.startTime ?? ''),
      endTime: text(v.endTime ?? ''),
      // The Gemeinde is kept as recorded (the dialog edits the place as text).
      gemeindeAgs: this.data.session?.gemeindeAgs ?? null,
      place: text(v.place ?? ''),
      topic: text(v.topic ?? ''),
      hours: decimal(v.hours),
      prepHours: decimal(v.prepHours),
      travelKm: decimal(v.travelKm),
      travelHours: decimal(v.travelHours),
      participantsCount: v.participantsCount === null || (v.participantsCount as unknown) === '' ? null : Number(v.participantsCount),
    };
  }

  protected async save(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { deploymentId, session } = this.data;
    const input = this.toInput();
    this.isSaving.set(true);
    try {
      await firstValueFrom(
        session
          ? this.api.updateSession(deploymentId, session.id, { ...input, version: session.version })
          : this.api.createSession(deploymentId, input),
      );
      this.dialogRef.close('saved');
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        this.dialogRef.close('conflict');
        return;
      }
      const unmatched = applyServerErrors(this.form, apiError);
      this.formError.set(Object.keys(apiError.fields).length ? unmatched.join(' ') || null : apiError.message);
    } finally {
      this.isSaving.set(false);
    }
  }
}
