import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FieldErrorPipe } from '@bn/web/util';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';
import { RefOption, RefValue, isRefOption } from './form-helpers';

interface SuggestionView {
  isLoading: boolean;
  isFailed: boolean;
  options: RefOption[];
}

const LOADING: SuggestionView = { isLoading: true, isFailed: false, options: [] };

/** Typing waits this long before it searches. */
export const PICKER_DEBOUNCE_MS = 250;

/**
 * A form field that finds an entry on the server as the user types (organisation, person) and keeps the
 * chosen entry as `{ id, label }` in the given control. Typed text that was not chosen from the list is an
 * error (`notPicked`, see `pickedFromList`).
 */
@Component({
  selector: 'bn-ref-picker',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="picker-field">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="suggestions" autocomplete="off" (focus)="isActive.set(true)" />
      <mat-autocomplete #suggestions="matAutocomplete" [displayWith]="display">
        @if (view().isLoading) {
          <mat-option disabled>Suche läuft …</mat-option>
        } @else if (view().isFailed) {
          <mat-option disabled>Die Suche ist fehlgeschlagen. Bitte erneut versuchen.</mat-option>
        } @else {
          @for (option of view().options; track option.id) {
            <mat-option [value]="option">
              <span>{{ option.label }}</span>
              @if (option.detail) {
                <span class="detail"> · {{ option.detail }}</span>
              }
            </mat-option>
          } @empty {
            <mat-option disabled>Keine Treffer.</mat-option>
          }
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>
        @if (control().hasError('notPicked')) {
          Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.
        } @else {
          {{ control() | fieldError }}
        }
      </mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .picker-field { width: 100%; }
    .detail { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RefPicker {
  readonly control = input.required<FormControl<RefValue>>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** Finds entries for the typed text (an empty text lists the first entries). */
  readonly search = input.required<(term: string) => Observable<RefOption[]>>();

  protected readonly display = (value: RefValue): string => (isRefOption(value) ? value.label : (value ?? ''));

  /** Searching starts when the field is first focused (no request for a picker nobody uses). */
  protected readonly isActive = signal(false);
  private readonly source = computed(() => (this.isActive() ? { control: this.control(), search: this.search() } : null));

  protected readonly view = toSignal(
    toObservable(this.source).pipe(
      switchMap((source) => {
        if (!source) return of(LOADING);
        const { control, search } = source;
        return control.valueChanges.pipe(
          startWith(control.value),
          filter((value): value is string | null => !isRefOption(value)),
          map((value) => (value ?? '').trim()),
          debounceTime(PICKER_DEBOUNCE_MS),
          distinctUntilChanged(),
          switchMap((term) =>
            search(term).pipe(
              map((options): SuggestionView => ({ isLoading: false, isFailed: false, options })),
              catchError(() => of<SuggestionView>({ isLoading: false, isFailed: true, options: [] })),
              startWith(LOADING),
            ),
          ),
        );
      }),
    ),
    { initialValue: LOADING },
  );
}
