import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { LinkOption, UserLinksApi } from '@bn/web/admin/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { lookupOptions } from './link-lookup';

/** The Mentorprofil of a mentor's account: search by name, pick one. */
@Component({
  selector: 'bn-mentor-profile-picker',
  imports: [MatFormField, MatLabel, MatHint, MatError, MatInput, MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="full">
      <mat-label>Mentorprofil</mat-label>
      <input
        #search
        matInput
        [value]="term()"
        (input)="type(search.value)"
        (blur)="control().markAsTouched()"
        [matAutocomplete]="options"
        [errorStateMatcher]="errorState"
        required
      />
      <mat-autocomplete #options="matAutocomplete" [displayWith]="labelOf" (optionSelected)="pick($event)">
        @switch (view().status) {
          @case ('loading') {
            <mat-option disabled>Suche läuft …</mat-option>
          }
          @case ('forbidden') {
            <mat-option disabled>Ihre Rolle darf Mentorprofile nicht durchsuchen.</mat-option>
          }
          @case ('failed') {
            <mat-option disabled>Die Suche ist fehlgeschlagen.</mat-option>
          }
          @case ('done') {
            @for (option of view().items; track option.id) {
              <mat-option [value]="option">{{ option.label }}</mat-option>
            } @empty {
              <mat-option disabled>Kein Mentorprofil gefunden.</mat-option>
            }
          }
        }
      </mat-autocomplete>
      @if (view().status === 'forbidden') {
        <mat-hint>Mentorprofile verknüpfen kann die Servicebüro-Leitung oder die Fachberatung.</mat-hint>
      } @else {
        <mat-hint>Namen eingeben und ein Profil auswählen</mat-hint>
      }
      <mat-error>
        @if (control().hasError('required')) {
          Bitte wählen Sie das Mentorprofil dieser Mentor:in aus.
        } @else {
          {{ control() | fieldError }}
        }
      </mat-error>
    </mat-form-field>
  `,
  styles: `.full { width: 100%; }`,
})
export class MentorProfilePicker implements OnInit {
  private readonly api = inject(UserLinksApi);
  private readonly textInput = viewChild(MatInput);
  private readonly destroyRef = inject(DestroyRef);

  readonly control = input.required<FormControl<string | null>>();
  /** Name of the profile already linked (from the account's detail). */
  readonly initialLabel = input<string | null>(null);

  protected readonly term = signal('');
  /** The label of the chosen profile: showing it in the field does not start a search. */
  private readonly chosenLabel = signal<string | null>(null);
  protected readonly labelOf = (option: LinkOption | string | null): string => (typeof option === 'string' ? option : (option?.label ?? ''));
  protected readonly view = lookupOptions(
    computed(() => (this.term() === this.chosenLabel() ? '' : this.term())),
    (q) => this.api.findMentorProfiles(q),
  );
  /** The visible text field shows the errors of the hidden id. */
  protected readonly errorState: ErrorStateMatcher = { isErrorState: () => this.control().invalid && this.control().touched };

  constructor() {
    effect(() => {
      const label = this.initialLabel();
      untracked(() => {
        this.term.set(label ?? '');
        this.chosenLabel.set(label);
      });
    });
  }

  ngOnInit(): void {
    // The visible text field has no form control of its own: the id's state (touched by "Speichern",
    // server errors) decides its error display, so re-check it whenever that state changes.
    this.control()
      .events.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.textInput()?.updateErrorState());
  }

  /** Typing invalidates the choice until an option is picked. */
  protected type(value: string): void {
    this.term.set(value);
    if (this.control().value !== null) {
      this.control().setValue(null);
      this.control().markAsDirty();
    }
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as LinkOption;
    this.chosenLabel.set(option.label);
    this.term.set(option.label);
    const control = this.control();
    control.setValue(option.id);
    control.markAsDirty();
    control.markAsTouched();
  }
}
