import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteSelectedEvent, MatAutocompleteTrigger, MatOptgroup, MatOption } from '@angular/material/autocomplete';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import type { SearchGroupDto, SearchItemDto } from '@bn/shared/contracts';
import { SEARCH_RESULT_ROUTES, SearchApi } from '@bn/web/search/data-access';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

interface SearchView {
  isLoading: boolean;
  groups: SearchGroupDto[];
  failed: boolean;
}

const IDLE: SearchView = { isLoading: false, groups: [], failed: false };

/**
 * The toolbar's search: results grouped by type as an autocomplete list (arrow keys move, Enter opens,
 * Escape closes); "Müller", "Mueller" and "muller" find the same records.
 */
@Component({
  selector: 'bn-global-search',
  imports: [FormsModule, MatAutocomplete, MatAutocompleteTrigger, MatOptgroup, MatOption, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="search" role="search">
      <mat-icon aria-hidden="true">search</mat-icon>
      <label for="global-search" class="visually-hidden">Suche nach Bündnissen, Organisationen, Personen und Mentor:innen</label>
      <input
        id="global-search"
        type="search"
        placeholder="Suchen …"
        [ngModel]="term()"
        (ngModelChange)="term.set($event)"
        [matAutocomplete]="results"
        autocomplete="off"
      />
    </div>
    <mat-autocomplete #results="matAutocomplete" (optionSelected)="open($event)" class="search-panel">
      @if (view().isLoading) {
        <mat-option disabled>Suche läuft …</mat-option>
      } @else if (view().failed) {
        <mat-option disabled>Die Suche ist fehlgeschlagen. Bitte erneut versuchen.</mat-option>
      } @else if (term().trim().length >= 2) {
        @for (group of view().groups; track group.type) {
          <mat-optgroup [label]="group.label + ' (' + group.total + ')'">
            @for (item of group.items; track item.id) {
              <mat-option [value]="item">
                <span class="title">{{ item.title }}</span>
                @if (item.subtitle) {
                  <span class="subtitle"> · {{ item.subtitle }}</span>
                }
              </mat-option>
            }
          </mat-optgroup>
        } @empty {
          <mat-option disabled>Keine Treffer für „{{ term().trim() }}“.</mat-option>
        }
      }
    </mat-autocomplete>
  `,
  styles: `
    .search { display: flex; align-items: center; gap: 8px; background: var(--mat-sys-surface-container-high); color: var(--mat-sys-on-surface); border-radius: 24px; padding: 0 16px; height: 40px; width: min(420px, 40vw); }
    input { flex: 1; border: 0; background: transparent; font: var(--mat-sys-body-large); color: inherit; min-width: 0; }
    input:focus-visible { outline: none; }
    .search:focus-within { outline: 3px solid var(--mat-sys-inverse-primary); outline-offset: 2px; }
    .subtitle { color: var(--mat-sys-on-surface-variant); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class GlobalSearch {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  protected readonly term = signal('');

  protected readonly view = toSignal(
    toObservable(this.term).pipe(
      map((term) => term.trim()),
      debounceTime(200),
      distinctUntilChanged(),
      switchMap((term) =>
        term.length < 2
          ? of(IDLE)
          : this.api.search(term).pipe(
              map((response): SearchView => ({ isLoading: false, groups: response.groups.filter((g) => g.items.length > 0), failed: false })),
              startWith<SearchView>({ ...IDLE, isLoading: true }),
              catchError(() => of<SearchView>({ ...IDLE, failed: true })),
            ),
      ),
    ),
    { initialValue: IDLE },
  );

  protected async open(event: MatAutocompleteSelectedEvent): Promise<void> {
    const item = event.option.value as SearchItemDto;
    this.term.set('');
    await this.router.navigate([SEARCH_RESULT_ROUTES[item.type], item.id]);
  }
}
