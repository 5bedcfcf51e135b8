import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Observable, catchError, debounceTime, filter, map, of, switchMap } from 'rxjs';
import { AllianceFieldErrorPipe } from './alliance-field-error.pipe';
import { PickerValue, isPicked } from './alliance-form-model';

/** Search starts from this many characters (the Gemeinde search of the API needs two). */
export const PICKER_MIN_CHARS = 2;

/**
 * A text field with suggestions: typing searches (debounced), choosing a suggestion sets the control to
 * that entry. Typed text that was not chosen stays a string, which the form's validators refuse.
 */
@Component({
  selector: 'bn-picker-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatAutocomplete, MatAutocompleteTrigger, MatOption, AllianceFieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full">
      <mat-label>{{ label() }}</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="auto" [required]="required()" autocomplete="off" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="displayValue">
        @for (option of options(); track keyOf()(option)) {
          <mat-option [value]="option">{{ labelOf()(option) }}</mat-option>
        } @empty {
          @if (hasSearched()) {
            <mat-option disabled>Keine Treffer</mat-option>
          }
        }
      </mat-autocomplete>
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ control() | allianceFieldError }}</mat-error>
    </mat-form-field>
  `,
  styles: `:host { display: block; } .full { width: 100%; }`,
})
export class PickerField<T extends object> implements OnInit {
  readonly control = input.required<FormControl<PickerValue<T>>>();
  readonly label = input.required<string>();
  readonly search = input.required<(q: string) => Observable<T[]>>();
  readonly labelOf = input.required<(option: T) => string>();
  readonly keyOf = input.required<(option: T) => string>();
  readonly hint = input<string | null>(null);
  readonly required = input(false);

  private readonly destroyRef = inject(DestroyRef);
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly options = signal<T[]>([]);
  protected readonly hasSearched = signal(false);

  protected readonly displayValue = (value: PickerValue<T>): string => (isPicked(value) ? this.labelOf()(value) : (value ?? ''));

  ngOnInit(): void {
    // Errors, touched state and values set by the page (server errors, reload) must show in this OnPush view.
    this.control()
      .events.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.changeDetector.markForCheck());
    this.control()
      .valueChanges.pipe(
        filter((value): value is string => typeof value === 'string'),
        debounceTime(250),
        map((q) => q.trim()),
        switchMap((q) => {
          if (q.length < PICKER_MIN_CHARS) return of(null);
          return this.search()(q).pipe(catchError(() => of([] as T[])));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => {
        this.options.set(options ?? []);
        this.hasSearched.set(options !== null);
      });
  }
}
