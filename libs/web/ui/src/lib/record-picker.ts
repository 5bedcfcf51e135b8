import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { controlErrorMessage, toApiError } from '@bn/web/util';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, map, of, startWith, switchMap } from 'rxjs';

/** An entry a record picker offers: an alliance, organisation, person, Gemeinde … */
export interface RecordOption {
  id: string;
  label: string;
  /** Shown after the label in the list (e.g. the city), not in the field. */
  hint?: string | null;
}

/** What a picker's control holds: the chosen entry, the text typed so far (not chosen), or nothing. */
export type RecordPick = RecordOption | string | null;

/** Search terms shorter than this are not sent (the API's look-ups want at least two characters). */
export const RECORD_PICKER_MIN_CHARS = 2;
/** Typing waits this long before it searches. */
export const RECORD_PICKER_DEBOUNCE_MS = 250;

export const NOT_PICKED_MESSAGE = 'Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.';

export function isRecordOption(value: unknown): value is RecordOption {
  return typeof value === 'object' && value !== null && typeof (value as RecordOption).id === 'string';
}

/** The chosen entry's id, or null (nothing or only typed text). */
export function pickedRecordId(value: RecordPick): string | null {
  return isRecordOption(value) ? value.id : null;
}

/** The picker value for a stored reference (id and its name), or null. */
export function toRecordPick(id: string | null | undefined, label: string | null | undefined, hint: string | null = null): RecordPick {
  return id ? { id, label: label ?? id, hint } : null;
}

/** Validator: typed text that was not turned into an entry of the list is an error (`notPicked`). */
export function pickedFromList(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { notPicked: true } : null;
}

interface SearchView {
  status: 'idle' | 'tooShort' | 'loading' | 'done' | 'failed' | 'forbidden';
  options: RecordOption[];
}

const IDLE: SearchView = { status: 'idle', options: [] };

/**
 * A labelled search field with suggestions (Material autocomplete) that keeps the chosen entry in
 * `control` as `{ id, label, hint }`. Typing searches on the server (debounced, from two characters);
 * loading, no hits, a failed or a forbidden search show as disabled options, so screen readers announce
 * them in the list. Typed text that was not chosen stays a string, which `pickedFromList` refuses.
 */
@Component({
  selector: 'bn-record-picker',
  imports: [
    ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatHint, MatError, MatSuffix, MatIconButton, MatIcon,
    MatAutocomplete, MatAutocompleteTrigger, MatOption,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="auto" [required]="required()" autocomplete="off" />
      @if (hasValue()) {
        <button mat-icon-button matSuffix type="button" [attr.aria-label]="label() + ': Auswahl entfernen'" (click)="clear()">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display" (optionSelected)="choose($event)">
        @switch (view().status) {
          @case ('tooShort') {
            <mat-option disabled>Bitte mindestens {{ minChars }} Zeichen eingeben.</mat-option>
          }
          @case ('loading') {
            <mat-option disabled>Suche läuft …</mat-option>
          }
          @case ('failed') {
            <mat-option disabled>Die Suche ist fehlgeschlagen. Bitte erneut versuchen.</mat-option>
          }
          @case ('forbidden') {
            <mat-option disabled>Ihre Rolle darf diese Einträge nicht durchsuchen.</mat-option>
          }
          @case ('done') {
            @for (option of view().options; track option.id) {
              <mat-option [value]="option">
                {{ option.label }}
                @if (option.hint) {
                  <span class="option-hint">· {{ option.hint }}</span>
                }
              </mat-option>
            } @empty {
              <mat-option disabled>Keine Treffer.</mat-option>
            }
          }
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ errorText() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: block; }
    .picker { width: 100%; }
    .option-hint { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RecordPicker implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly label = input.required<string>();
  /** Holds the chosen entry (or the typed text until one is chosen). */
  readonly control = input.required<FormControl<RecordPick>>();
  /** Finds entries for the typed text (at least two characters, trimmed). */
  readonly search = input.required<(term: string) => Observable<RecordOption[]>>();
  readonly hint = input<string | null>(null);
  readonly required = input(false);
  /** A message for an error of the control that the shared messages do not know (shown instead of them). */
  readonly errorMessage = input<string | null>(null);
  /** Emits the entry the user chose. */
  readonly picked = output<RecordOption>();

  protected readonly minChars = RECORD_PICKER_MIN_CHARS;
  protected readonly view = signal<SearchView>(IDLE);
  protected readonly hasValue = signal(false);

  protected readonly display = (value: RecordPick): string => (isRecordOption(value) ? value.label : (value ?? ''));

  ngOnInit(): void {
    const control = this.control();
    this.hasValue.set(this.isFilled(control.value));
    // Errors, touched state and values set by the form (submit, server errors, reset) must reach this OnPush view.
    control.events.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      this.hasValue.set(this.isFilled(control.value));
      this.changeDetector.markForCheck();
    });
    control.valueChanges
      .pipe(
        filter((value): value is string | null => !isRecordOption(value)),
        map((value) => (value ?? '').trim()),
        debounceTime(RECORD_PICKER_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((term) => {
          if (term === '') return of(IDLE);
          if (term.length < RECORD_PICKER_MIN_CHARS) return of<SearchView>({ status: 'tooShort', options: [] });
          return this.search()(term).pipe(
            map((options): SearchView => ({ status: 'done', options })),
            startWith<SearchView>({ status: 'loading', options: [] }),
            catchError((error: unknown) => of<SearchView>({ status: toApiError(error).status === 403 ? 'forbidden' : 'failed', options: [] })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((view) => {
        this.view.set(view);
        this.changeDetector.markForCheck();
      });
  }

  protected errorText(): string {
    const control = this.control();
    if (!control.errors) return '';
    if (typeof control.errors['server'] === 'string') return control.errors['server'];
    const own = this.errorMessage();
    if (own) return own;
    if (control.hasError('notPicked') || control.hasError('notSelected')) return NOT_PICKED_MESSAGE;
    return controlErrorMessage(control);
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as RecordOption;
    const control = this.control();
    control.markAsDirty();
    control.markAsTouched();
    this.picked.emit(option);
  }

  protected clear(): void {
    const control = this.control();
    control.setValue(null);
    control.markAsDirty();
    control.markAsTouched();
  }

  private isFilled(value: RecordPick): boolean {
    return !this.control().disabled && (isRecordOption(value) || (typeof value === 'string' && value !== ''));
  }
}
