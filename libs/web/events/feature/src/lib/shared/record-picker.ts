import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, effect, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatIconButton } from '@angular/material/button';
import { ErrorStateMatcher, MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { EventLookupOption } from '@bn/web/events/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, of, switchMap } from 'rxjs';

/** Search terms shorter than this are not sent (the API wants at least two characters). */
const MIN_TERM_LENGTH = 2;

/**
 * A labelled search field with suggestions that stores the chosen record's id in `control`
 * (an alliance, organisation, person or Gemeinde). Typing without choosing leaves the id empty and,
 * on leaving the field, says so at the field.
 */
@Component({
  selector: 'bn-record-picker',
  imports: [
    ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatHint, MatError, MatSuffix, MatIconButton, MatIcon,
    MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="picker">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="text"
        [matAutocomplete]="auto"
        [errorStateMatcher]="errorState"
        [required]="required()"
        (blur)="checkChoice()"
      />
      @if (control().value && !control().disabled) {
        <button mat-icon-button matSuffix type="button" [attr.aria-label]="label() + ': Auswahl entfernen'" (click)="clear()">
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayOption" (optionSelected)="choose($event)">
        @for (option of options(); track option.id) {
          <mat-option [value]="option">
            {{ option.label }}
            @if (option.hint) {
              <span class="hint"> · {{ option.hint }}</span>
            }
          </mat-option>
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ errorMessage() ?? (control() | fieldError) }}</mat-error>
    </mat-form-field>
  `,
  styles: `.picker { width: 100%; } .hint { color: var(--mat-sys-on-surface-variant); }`,
})
export class RecordPicker implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly label = input.required<string>();
  /** Holds the chosen record's id (null when none). */
  readonly control = input.required<FormControl<string | null>>();
  readonly search = input.required<(term: string) => Observable<EventLookupOption[]>>();
  /** The text shown for the id the control starts with (e.g. the alliance's name when editing). */
  readonly selectedLabel = input<string | null>(null);
  readonly hint = input<string | null>(null);
  readonly required = input(false);
  /** A message for a cross-field error of the control that the FieldErrorPipe does not know. */
  readonly errorMessage = input<string | null>(null);
  /** Emits the record the user chose. */
  readonly picked = output<EventLookupOption>();

  protected readonly text = new FormControl<string | EventLookupOption>('', { nonNullable: true });
  protected readonly options = signal<EventLookupOption[]>([]);
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.control();
      return control.invalid && (control.touched || this.text.touched);
    },
  };

  constructor() {
    effect(() => {
      const label = this.selectedLabel();
      if (this.control().value) this.text.setValue(label ?? '', { emitEvent: false });
    });
  }

  ngOnInit(): void {
    this.text.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((term) => {
          const trimmed = term.trim();
          if (trimmed.length < MIN_TERM_LENGTH) return of([]);
          return this.search()(trimmed).pipe(catchError(() => of([])));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => this.options.set(options));
    // Touched/status changes made by the form (submit, server errors) must reach this OnPush view.
    this.control()
      .events.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.changeDetector.markForCheck());
    // A form reset (e.g. after adding a participant) empties the field too.
    this.control()
      .valueChanges.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((value) => {
        if (value === null && typeof this.text.value !== 'string') this.text.setValue('', { emitEvent: false });
      });
    if (this.control().disabled) this.text.disable({ emitEvent: false });
  }

  protected readonly displayOption = (value: string | EventLookupOption | null): string =>
    typeof value === 'string' ? value : (value?.label ?? '');

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as EventLookupOption;
    this.control().setValue(option.id);
    this.control().markAsDirty();
    this.picked.emit(option);
  }

  protected clear(): void {
    this.text.setValue('');
    this.control().setValue(null);
    this.control().markAsDirty();
  }

  /** Typed text that was not chosen from the list stores nothing; say so instead of dropping it silently. */
  protected checkChoice(): void {
    const control = this.control();
    control.markAsTouched();
    const value = this.text.value;
    if (typeof value !== 'string' || !this.text.dirty) return;
    if (value.trim() === '') {
      if (control.value !== null) {
        control.setValue(null);
        control.markAsDirty();
      }
      return;
    }
    if (control.value !== null && value === (this.selectedLabel() ?? '')) return;
    control.setValue(null);
    // A client-side message shown like a server message (FieldErrorPipe shows `server` texts as they are).
    control.setErrors({ ...(control.errors ?? {}), server: 'Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.' });
  }
}
