import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { ReferenceApi } from '@bn/web/alliances/data-access';
import { catchError, debounceTime, filter, map, of, switchMap } from 'rxjs';
import { AllianceFieldErrorPipe } from './alliance-field-error.pipe';
import { GemeindeOption } from './alliance-form-model';
import { RECORD_PICKER_MIN_CHARS as PICKER_MIN_CHARS } from '@bn/web/ui';

/**
 * "Weitere abgedeckte Gemeinden" of a multi-municipality alliance: a list with remove buttons and a search
 * field that adds the chosen Gemeinde (a plain list keeps the form's chunk free of the chips module).
 */
@Component({
  selector: 'bn-covered-gemeinden-field',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatIconButton,
    MatIcon,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatOption,
    AllianceFieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="group" aria-labelledby="covered-gemeinden-label">
      <p id="covered-gemeinden-label" class="label">Weitere abgedeckte Gemeinden</p>
      @if (control().value.length) {
        <ul>
          @for (gemeinde of control().value; track gemeinde.ags) {
            <li>
              <span>{{ gemeinde.label }}</span>
              <button mat-icon-button type="button" (click)="remove(gemeinde)" [attr.aria-label]="gemeinde.label + ' entfernen'">
                <mat-icon aria-hidden="true">close</mat-icon>
              </button>
            </li>
          }
        </ul>
      } @else {
        <p class="none">Keine weiteren Gemeinden.</p>
      }
      <mat-form-field class="full">
        <mat-label>Gemeinde hinzufügen</mat-label>
        <input matInput [formControl]="query" [matAutocomplete]="auto" [errorStateMatcher]="errorState" autocomplete="off" />
        <mat-autocomplete #auto="matAutocomplete" (optionSelected)="add($event)">
          @for (option of options(); track option.ags) {
            <mat-option [value]="option">{{ option.label }}</mat-option>
          }
        </mat-autocomplete>
        <mat-hint>Nur für Bündnisse mehrerer Gemeinden: Namen eingeben und aus der Liste wählen.</mat-hint>
        <mat-error>{{ control() | allianceFieldError }}</mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `
    :host { display: block; }
    .full { width: 100%; }
    .label { font: var(--mat-sys-title-small); margin: 8px 0 4px; }
    ul { list-style: none; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; }
    li { display: inline-flex; align-items: center; border: 1px solid var(--mat-sys-outline); border-radius: 20px; padding-left: 12px; }
    .none { margin: 0 0 8px; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class CoveredGemeindenField implements OnInit {
  readonly control = input.required<FormControl<GemeindeOption[]>>();

  private readonly reference = inject(ReferenceApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly query = new FormControl<string | GemeindeOption>('', { nonNullable: true });
  protected readonly options = signal<GemeindeOption[]>([]);
  /** The search field shows the errors of the list (e.g. a server message about an unknown AGS). */
  protected readonly errorState: ErrorStateMatcher = { isErrorState: () => this.control().invalid && this.control().touched };

  ngOnInit(): void {
    // Errors, touched state and values set by the page (server errors, reload) must show in this OnPush view.
    this.control()
      .events.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.changeDetector.markForCheck());
    this.query.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        debounceTime(250),
        map((q) => q.trim()),
        switchMap((q) =>
          q.length < PICKER_MIN_CHARS
            ? of([])
            : this.reference.searchGemeinden(q).pipe(
                map((list) => list.map((g) => ({ ags: g.ags, label: g.label }))),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => this.options.set(options));
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as GemeindeOption;
    const current = this.control().value;
    if (!current.some((g) => g.ags === option.ags)) this.update([...current, option]);
    this.query.setValue('');
    this.options.set([]);
  }

  protected remove(gemeinde: GemeindeOption): void {
    this.update(this.control().value.filter((g) => g.ags !== gemeinde.ags));
  }

  private update(value: GemeindeOption[]): void {
    const control = this.control();
    control.setValue(value);
    control.markAsDirty();
    control.markAsTouched();
  }
}
