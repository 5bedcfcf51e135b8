import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { MatchCriterion, MatchWeights, MatchingSettingsDto } from '@bn/shared/contracts';
import { DEFAULT_MATCH_WEIGHTS, MATCH_CRITERIA, MATCH_CRITERION_LABELS, MATCH_WEIGHT_MAX, MATCH_WEIGHT_MIN } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MatchingApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, HasUnsavedChanges, Loading, PageHeader } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

/** What each weight means, for the field hints. */
const CRITERION_HINTS: Readonly<Record<MatchCriterion, string>> = {
  specialty: 'Passen die Fachgebiete der Mentor:in (mit Kenntnisstufe) zur Anfrage?',
  topic: 'Passen die Handlungsfelder?',
  distance: 'Wie nah ist die Mentor:in dem Bündnis (bei Einsätzen vor Ort)?',
  load: 'Wie viele Einsätze hat die Mentor:in im Quartal schon?',
  continuity: 'Hat die Mentor:in schon mit diesem Bündnis gearbeitet?',
  feedback: 'Wie waren die bisherigen Rückmeldungen?',
};

type WeightsForm = FormGroup<Record<MatchCriterion, FormControl<number>>>;

/**
 * The matcher's weights (issue 5 "Matching": weights are settings with sensible defaults): the
 * Leitung and the Administration change them, the Fachberatung reads them. The maximum score of a
 * suggestion is the sum of the weights.
 */
@Component({
  selector: 'bn-matching-settings-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatButton, PageHeader, Loading, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header title="Gewichtung des Matchings" [breadcrumbs]="breadcrumbs" />
    @if (settings(); as s) {
      <p>
        Jede Mentor:in, die alle Bedingungen erfüllt, erhält je Kriterium bis zu so viele Punkte, wie das Gewicht angibt. Höchstpunktzahl derzeit:
        <strong>{{ total() }}</strong>.
        @if (s.isDefault) {
          Es gelten die Voreinstellungen.
        }
      </p>
      @if (!canEdit()) {
        <p class="note">Die Gewichtung ändern die Servicebüro-Leitung und die Administration.</p>
      }
      <form [formGroup]="form" (ngSubmit)="save()" aria-label="Gewichtung">
        @for (key of criteria; track key) {
          <mat-form-field>
            <mat-label>{{ labels[key] }}</mat-label>
            <input matInput type="number" [formControlName]="key" [min]="min" [max]="max" step="1" [readonly]="!canEdit()" />
            <span matTextSuffix>Punkte</span>
            <mat-hint>{{ hints[key] }}</mat-hint>
            <mat-error>{{ form.controls[key] | fieldError }}</mat-error>
          </mat-form-field>
        }
        @if (formErrors().length) {
          <div class="error" role="alert">
            @for (message of formErrors(); track $index) {
              <p>{{ message }}</p>
            }
          </div>
        }
        @if (canEdit()) {
          <div class="actions">
            <button mat-stroked-button type="button" (click)="resetToDefaults()">Voreinstellungen eintragen</button>
            <button mat-flat-button type="submit" [disabled]="isBusy()">Speichern</button>
          </div>
        }
      </form>
    } @else if (loadError(); as message) {
      <div class="error" role="alert">
        <p>{{ message }}</p>
        <button mat-stroked-button type="button" (click)="load()">Erneut versuchen</button>
      </div>
    } @else {
      <bn-loading label="Gewichtung wird geladen …" />
    }
  `,
  styles: `
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 8px 16px; max-width: 960px; }
    .actions, .error { grid-column: 1 / -1; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; }
    .note { padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container); }
    .error { padding: 12px 16px; border-radius: 8px; background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .error p { margin: 0 0 8px; }
  `,
})
export class MatchingSettingsPage implements HasUnsavedChanges {
  private readonly api = inject(MatchingApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly breadcrumbs: Breadcrumb[] = [{ label: 'Anfragen', link: '/anfragen' }, { label: 'Gewichtung' }];
  protected readonly criteria = MATCH_CRITERIA;
  protected readonly labels = MATCH_CRITERION_LABELS;
  protected readonly hints = CRITERION_HINTS;
  protected readonly min = MATCH_WEIGHT_MIN;
  protected readonly max = MATCH_WEIGHT_MAX;
  protected readonly canEdit = computed(() => this.session.hasRole('LEITUNG', 'ADMINISTRATION'));

  protected readonly form: WeightsForm = new FormGroup(
    Object.fromEntries(
      MATCH_CRITERIA.map((key) => [
        key,
        new FormControl(DEFAULT_MATCH_WEIGHTS[key], { nonNullable: true, validators: [Validators.required, Validators.min(MATCH_WEIGHT_MIN), Validators.max(MATCH_WEIGHT_MAX), Validators.pattern(/^\d+$/)] }),
      ]),
    ) as Record<MatchCriterion, FormControl<number>>,
  );
  protected readonly settings = signal<MatchingSettingsDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly isBusy = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  private readonly values = signal<MatchWeights>({ ...DEFAULT_MATCH_WEIGHTS });
  protected readonly total = computed(() => MATCH_CRITERIA.reduce((sum, key) => sum + (Number(this.values()[key]) || 0), 0));

  constructor() {
    this.form.valueChanges.subscribe(() => this.values.set(this.form.getRawValue()));
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.canEdit() && this.form.dirty;
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const settings = await firstValueFrom(this.api.settings());
      this.form.reset(settings.weights);
      this.values.set({ ...settings.weights });
      this.settings.set(settings);
    } catch (error) {
      this.loadError.set(toApiError(error).message);
    }
  }

  protected resetToDefaults(): void {
    this.form.setValue({ ...DEFAULT_MATCH_WEIGHTS });
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    const settings = this.settings();
    this.formErrors.set([]);
    if (!settings || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const weights = this.form.getRawValue();
    if (MATCH_CRITERIA.every((key) => Number(weights[key]) === 0)) {
      this.formErrors.set(['Mindestens ein Gewicht muss größer als 0 sein.']);
      return;
    }
    this.isBusy.set(true);
    try {
      const numeric = Object.fromEntries(MATCH_CRITERIA.map((key) => [key, Number(weights[key])])) as MatchWeights;
      const saved = await firstValueFrom(this.api.updateSettings(numeric, settings.version));
      this.form.reset(saved.weights);
      this.settings.set(saved);
      this.snackBar.open('Gewichtung gespeichert.');
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.load();
      } else {
        const unmatched = applyServerErrors(this.form, apiError);
        this.formErrors.set(unmatched.length || Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
      }
    } finally {
      this.isBusy.set(false);
    }
  }
}
