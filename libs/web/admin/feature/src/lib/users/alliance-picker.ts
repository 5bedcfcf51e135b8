import { ChangeDetectionStrategy, ChangeDetectorRef, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatChip, MatChipRemove, MatChipSet } from '@angular/material/chips';
import { ErrorStateMatcher } from '@angular/material/core';
import { MatInput } from '@angular/material/input';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { LinkOption, UserLinksApi } from '@bn/web/admin/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { lookupOptions } from './link-lookup';

/** The alliances of a coordinator: chips for the chosen ones, search to add more. */
@Component({
  selector: 'bn-alliance-picker',
  imports: [
    ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatChipSet, MatChip, MatChipRemove, MatInput,
    MatIcon, MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="full">
      <mat-label>Bündnisse</mat-label>
      <!-- A plain input (not inside a chip grid: a grid without rows fails aria-required-children, Material #28067). -->
      <input
        #search
        matInput
        placeholder="Bündnis suchen …"
        [formControl]="searchText"
        [errorStateMatcher]="outerErrors"
        (input)="term.set(search.value)"
        (blur)="control().markAsTouched()"
        [matAutocomplete]="options"
      />
      <mat-autocomplete #options="matAutocomplete" [displayWith]="clearInput" (optionSelected)="add($event)">
        @switch (view().status) {
          @case ('loading') {
            <mat-option disabled>Suche läuft …</mat-option>
          }
          @case ('forbidden') {
            <mat-option disabled>Ihre Rolle darf Bündnisse nicht durchsuchen.</mat-option>
          }
          @case ('failed') {
            <mat-option disabled>Die Suche ist fehlgeschlagen.</mat-option>
          }
          @case ('done') {
            @for (option of view().items; track option.id) {
              <mat-option [value]="option">{{ option.label }}</mat-option>
            } @empty {
              <mat-option disabled>Kein Bündnis gefunden.</mat-option>
            }
          }
        }
      </mat-autocomplete>
      @if (view().status === 'forbidden') {
        <mat-hint>Bündnisse zuordnen kann die Servicebüro-Leitung oder die Fachberatung.</mat-hint>
      } @else {
        <mat-hint>Name oder Kennung eingeben, mindestens zwei Zeichen</mat-hint>
      }
      <mat-error>
        @if (control().hasError('required')) {
          Eine Bündniskoordination braucht mindestens ein Bündnis.
        } @else {
          {{ control() | fieldError }}
        }
      </mat-error>
    </mat-form-field>
    @if (selected().length) {
      <mat-chip-set role="list" aria-label="Zugeordnete Bündnisse">
        @for (alliance of selected(); track alliance.id) {
          <mat-chip role="listitem" (removed)="remove(alliance)">
            {{ alliance.label }}
            <button matChipRemove type="button" [attr.aria-label]="alliance.label + ' entfernen'">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip>
        }
      </mat-chip-set>
    } @else {
      <p class="none">Noch kein Bündnis zugeordnet.</p>
    }
  `,
  styles: `.full { width: 100%; } .none { margin: 0 0 8px; color: var(--mat-sys-on-surface-variant); }`,
})
export class AlliancePicker {
  private readonly api = inject(UserLinksApi);
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly control = input.required<FormControl<string[]>>();
  /** Labels of alliances already linked (from the account's detail). */
  readonly initial = input<LinkOption[]>([]);

  protected readonly term = signal('');
  /** The search text. Bound so that MatInput re-checks its error state on every check (outerErrors). */
  protected readonly searchText = new FormControl('', { nonNullable: true });
  /** The search input shows the error state of the chosen-alliances control it stands for. */
  protected readonly outerErrors: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.control();
      return control.invalid && (control.touched || control.dirty);
    },
  };
  /** After a choice the search field is empty again (the choice is a chip). */
  protected readonly clearInput = (): string => '';
  protected readonly selected = signal<LinkOption[]>([]);
  protected readonly view = lookupOptions(this.term, (q) => this.api.findAlliances(q));

  constructor() {
    // A change of the chosen-alliances control (e.g. a submit marking it touched) re-checks this view.
    effect((onCleanup) => {
      const subscription = this.control().events.subscribe(() => this.changeDetector.markForCheck());
      onCleanup(() => subscription.unsubscribe());
    });
    // Chips for the ids in the control, labelled from the known alliances.
    effect(() => {
      const known = this.initial();
      const ids = this.control().value;
      untracked(() => this.selected.set(ids.map((id) => known.find((k) => k.id === id) ?? { id, label: id })));
    });
  }

  protected add(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as LinkOption;
    this.term.set('');
    this.searchText.setValue('');
    event.option.deselect();
    if (this.selected().some((s) => s.id === option.id)) return;
    this.selected.update((list) => [...list, option]);
    this.write();
  }

  protected remove(option: LinkOption): void {
    this.selected.update((list) => list.filter((s) => s.id !== option.id));
    this.write();
  }

  private write(): void {
    const control = this.control();
    control.setValue(this.selected().map((s) => s.id));
    control.markAsDirty();
    control.markAsTouched();
  }
}
