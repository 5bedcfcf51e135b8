import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatChipGrid, MatChipInput, MatChipRemove, MatChipRow } from '@angular/material/chips';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { LinkOption, UserLinksApi } from '@bn/web/admin/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { lookupOptions } from './link-lookup';

/** The alliances of a coordinator: chips for the chosen ones, search to add more. */
@Component({
  selector: 'bn-alliance-picker',
  imports: [
    ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatChipGrid, MatChipRow, MatChipRemove, MatChipInput,
    MatIcon, MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" class="full">
      <mat-label>Bündnisse</mat-label>
      <mat-chip-grid #chipGrid [formControl]="control()" aria-label="Zugeordnete Bündnisse">
        @for (alliance of selected(); track alliance.id) {
          <mat-chip-row (removed)="remove(alliance)">
            {{ alliance.label }}
            <button matChipRemove type="button" [attr.aria-label]="alliance.label + ' entfernen'">
              <mat-icon>cancel</mat-icon>
            </button>
          </mat-chip-row>
        }
        <input
          #search
          placeholder="Bündnis suchen …"
          [value]="term()"
          (input)="term.set(search.value)"
          [matChipInputFor]="chipGrid"
          [matAutocomplete]="options"
        />
      </mat-chip-grid>
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
  `,
  styles: `.full { width: 100%; }`,
})
export class AlliancePicker {
  private readonly api = inject(UserLinksApi);

  readonly control = input.required<FormControl<string[]>>();
  /** Labels of alliances already linked (from the account's detail). */
  readonly initial = input<LinkOption[]>([]);

  protected readonly term = signal('');
  /** After a choice the search field is empty again (the choice is a chip). */
  protected readonly clearInput = (): string => '';
  protected readonly selected = signal<LinkOption[]>([]);
  protected readonly view = lookupOptions(this.term, (q) => this.api.findAlliances(q));

  constructor() {
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
