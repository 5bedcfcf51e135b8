import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { Page, PersonListItemDto } from '@bn/shared/contracts';
import { PersonsApi } from '@bn/web/persons/data-access';
import { Loading } from '@bn/web/ui';
import { ApiError, toApiError } from '@bn/web/util';
import { catchError, map, of, startWith, switchMap } from 'rxjs';

const SHOWN = 10;

type ContactsState = { page: Page<PersonListItemDto> | null; error: ApiError | null; isLoading: boolean };

/** The contacts of an organisation (persons with a current function there) on its detail page. */
@Component({
  selector: 'bn-organisation-persons',
  imports: [RouterLink, DecimalPipe, MatTableModule, MatAnchor, MatIcon, Loading],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="org-persons">
      <div class="heading">
        <h2 id="org-persons">Personen</h2>
        @if (canCreate()) {
          <a mat-stroked-button routerLink="/personen/neu" [queryParams]="{ organisationId: organisationId() }">
            <mat-icon aria-hidden="true">person_add</mat-icon>Person anlegen
          </a>
        }
      </div>
      @if (state().isLoading) {
        <bn-loading label="Personen werden geladen …" />
      } @else if (state().error; as error) {
        <p role="alert">{{ error.message }}</p>
      } @else if (rows().length) {
        <div class="table-container">
          <table mat-table [dataSource]="rows()" aria-label="Personen mit aktueller Funktion in dieser Organisation">
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef>Name</th>
              <td mat-cell *matCellDef="let person">
                <a [routerLink]="['/personen', person.id]">{{ person.name }}</a>
              </td>
            </ng-container>
            <ng-container matColumnDef="functions">
              <th mat-header-cell *matHeaderCellDef>Funktion</th>
              <td mat-cell *matCellDef="let person">{{ person.functions }}</td>
            </ng-container>
            <ng-container matColumnDef="email">
              <th mat-header-cell *matHeaderCellDef>E-Mail (dienstlich)</th>
              <td mat-cell *matCellDef="let person">{{ person.email ?? '–' }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
        @if (total() > rows().length) {
          <p>
            <a [routerLink]="['/personen']" [queryParams]="{ organisationId: organisationId() }">
              Alle {{ total() | number }} Personen dieser Organisation anzeigen
            </a>
          </p>
        }
      } @else {
        <p class="none">Für diese Organisation ist keine Person mit aktueller Funktion erfasst.</p>
      }
    </section>
  `,
  styles: `
    .heading { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .table-container { overflow-x: auto; }
    table { width: 100%; }
    .none { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class OrganisationPersons {
  private readonly api = inject(PersonsApi);

  readonly organisationId = input.required<string>();
  /** The role may enter persons (Fachberatung, coordinators). */
  readonly canCreate = input(false);

  protected readonly columns = ['name', 'functions', 'email'];
  protected readonly state = toSignal(
    toObservable(this.organisationId).pipe(
      switchMap((organisationId) =>
        this.api.list({ organisationId, pageSize: String(SHOWN), sort: 'lastName', direction: 'asc' }).pipe(
          map((page): ContactsState => ({ page, error: null, isLoading: false })),
          catchError((error: unknown) => of<ContactsState>({ page: null, error: toApiError(error), isLoading: false })),
          startWith<ContactsState>({ page: null, error: null, isLoading: true }),
        ),
      ),
    ),
    { initialValue: { page: null, error: null, isLoading: true } },
  );
  protected readonly total = computed(() => this.state().page?.total ?? 0);
  /** Each person with their current functions in this organisation, e.g. "Ansprechperson, Partnervertreter:in". */
  protected readonly rows = computed(() =>
    (this.state().page?.items ?? []).map((person) => ({
      id: person.id,
      name: `${person.lastName}, ${person.firstName}`,
      email: person.email,
      functions:
        person.functions
          .filter((fn) => fn.organisationId === this.organisationId())
          .map((fn) => fn.functionLabel)
          .join(', ') || '–',
    })),
  );
}
