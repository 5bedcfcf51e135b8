import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input } from '@angular/core';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { PERSON_FUNCTION_LABELS } from '@bn/shared/contracts';
import type { AllianceDetailDto, PersonFunctionDto, PersonListItemDto } from '@bn/shared/contracts';
import { AllianceContactsApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading } from '@bn/web/ui';
import { toIsoDate } from '@bn/web/util';
import { subDays } from 'date-fns';
import { map, switchMap, throwError } from 'rxjs';
import { ContactDialog, ContactDialogData } from './contact-dialog';
import { personLabel, todayIso } from './form-helpers';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';
import { RowActions } from './row-actions';
import { tabAccess } from './tab-access';

/** One row: a person with one current function in this alliance. */
interface ContactRow {
  key: string;
  personId: string;
  name: string;
  functionId: string | null;
  functionLabel: string;
  email: string | null;
  phone: string | null;
  /** `tel:` link target (digits and a leading plus only). */
  phoneHref: string | null;
}

function telHref(phone: string | null): string | null {
  return phone ? 'tel:' + phone.replace(/[^\d+]/g, '') : null;
}

/** Persons of the register as rows, one per current function in the alliance. */
function registerRows(persons: PersonListItemDto[], allianceId: string): ContactRow[] {
  return persons.flatMap((person): ContactRow[] => {
    const functions = person.functions.filter((fn) => fn.allianceId === allianceId);
    const base = { personId: person.id, name: personLabel(person), email: person.email, phone: person.phone, phoneHref: telHref(person.phone) };
    if (!functions.length) return [{ ...base, key: person.id, functionId: null, functionLabel: '–' }];
    return functions.map((fn) => ({ ...base, key: fn.id, functionId: fn.id, functionLabel: fn.functionLabel }));
  });
}

/**
 * Tab "Kontakte": the people with a current function in the alliance (coordination, spokespersons, contact
 * persons …), with e-mail and phone as links. Staff and coordinators read the person register (paged) and
 * add or end functions; mentors see the alliance's contact persons from the alliance record.
 */
@Component({
  selector: 'bn-alliance-contacts-tab',
  imports: [
    DecimalPipe,
    RouterLink,
    MatTableModule,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatAnchor,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatMenuContent,
    Loading,
    EmptyState,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contacts-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceContactsTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceContactsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly access = tabAccess(() => this.alliance());
  protected readonly columns = computed(() => ['name', 'function', 'email', 'phone', ...(this.access.canEdit() ? ['actions'] : [])]);
  protected readonly newPersonQuery = computed(() => ({ allianceId: this.alliance().id }));

  protected readonly table = new PagedTable<PersonListItemDto>({
    key: () => (this.access.canReadRegister() ? this.alliance().id : null),
    fetch: (allianceId, request) => this.api.list(allianceId, request),
    sort: 'lastName',
    direction: 'asc',
  });
  protected readonly actions = new RowActions(() => this.table.reload());

  /** Register rows for staff and coordinators; the alliance record's contacts for everyone else. */
  protected readonly rows = computed<ContactRow[]>(() => {
    if (this.access.canReadRegister()) return registerRows(this.table.view().items, this.alliance().id);
    return this.alliance().contacts.map((contact) => ({
      key: `${contact.personId}-${contact.functionType}`,
      personId: contact.personId,
      name: contact.name,
      functionId: null,
      functionLabel: PERSON_FUNCTION_LABELS[contact.functionType] ?? contact.functionType,
      email: contact.email,
      phone: contact.phone,
      phoneHref: telHref(contact.phone),
    }));
  });
  protected readonly total = computed(() => (this.access.canReadRegister() ? this.table.view().total : this.rows().length));

  protected addContact(): void {
    const ref = this.dialog.open<ContactDialog, ContactDialogData, PersonFunctionDto>(ContactDialog, {
      data: { allianceId: this.alliance().id },
      injector: this.injector,
      width: '560px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved('Kontakt hinzugefügt.');
    });
  }

  /**
   * Ends the function so that it no longer counts from today: its last day is yesterday (or its first day,
   * if it only starts today). The version comes from the person record (the list carries none).
   */
  protected async endFunction(row: ContactRow): Promise<void> {
    const functionId = row.functionId;
    if (!functionId) return;
    const today = todayIso();
    const yesterday = toIsoDate(subDays(new Date(), 1)) ?? today;
    await this.actions.run(
      {
        title: 'Funktion beenden?',
        message: `${row.name} hat die Funktion „${row.functionLabel}“ ab heute nicht mehr. Die Person bleibt im Personenverzeichnis, die Funktion in ihrem Verlauf.`,
        confirmLabel: 'Beenden',
      },
      () =>
        this.api.person(row.personId).pipe(
          map((person) => person.functions.find((fn) => fn.id === functionId)),
          switchMap((fn) => {
            if (!fn) return throwError(() => new Error('Die Funktion wurde nicht gefunden.'));
            const lastDay = fn.validFrom && fn.validFrom >= today ? fn.validFrom : yesterday;
            return this.api.endFunction(row.personId, functionId, lastDay, fn.version);
          }),
        ),
      'Funktion beendet.',
    );
  }
}
