import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ACTOR_TYPE_LABELS, PARTNER_ROLE_LABELS, SECTOR_LABELS } from '@bn/shared/contracts';
import type { AllianceDetailDto, AlliancePartnershipDto } from '@bn/shared/contracts';
import { AlliancePartnershipsApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading, StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { todayIso } from './form-helpers';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';
import { PartnerDialog, PartnerDialogData } from './partner-dialog';
import { RowActions } from './row-actions';
import { tabAccess } from './tab-access';

/** Tab "Partner" of the alliance detail page: the Bündnispartnerschaften, searchable, with add/edit/end/archive. */
@Component({
  selector: 'bn-alliance-partners-tab',
  imports: [
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatTableModule,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatMenuContent,
    MatChipSet,
    MatChip,
    MatFormField,
    MatLabel,
    MatInput,
    MatCheckbox,
    Loading,
    EmptyState,
    StatusChip,
    LabelPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partners-tab.html',
  styleUrls: ['./tab.scss', './partners-tab.scss'],
})
export class AlliancePartnersTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AlliancePartnershipsApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly actorTypeLabels = ACTOR_TYPE_LABELS;
  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly today = todayIso();

  protected readonly access = tabAccess(() => this.alliance());
  protected readonly columns = computed(() => [
    'organisationName',
    'sector',
    'actorType',
    'roles',
    'since',
    'until',
    'representative',
    ...(this.access.canEdit() ? ['actions'] : []),
  ]);

  protected readonly searchTerm = signal('');
  protected readonly currentOnly = signal(false);
  private readonly q = toSignal(
    toObservable(this.searchTerm).pipe(
      map((term) => term.trim()),
      debounceTime(300),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  protected readonly table = new PagedTable<AlliancePartnershipDto, { id: string; q: string; currentOnly: boolean }>({
    key: () => ({ id: this.alliance().id, q: this.q(), currentOnly: this.currentOnly() }),
    fetch: (key, request) => this.api.list(key.id, request, { q: key.q || undefined, currentOnly: key.currentOnly || undefined }),
    sort: 'organisationName',
    direction: 'asc',
  });
  protected readonly actions = new RowActions(() => this.table.reload());
  protected readonly hasFilter = computed(() => this.q() !== '' || this.currentOnly());

  protected search(term: string): void {
    this.searchTerm.set(term);
  }

  protected showCurrentOnly(currentOnly: boolean): void {
    this.currentOnly.set(currentOnly);
  }

  protected resetFilters(): void {
    this.searchTerm.set('');
    this.currentOnly.set(false);
  }

  /** Ended, or ending today (its "bis" date has come). */
  protected isEnded(partnership: AlliancePartnershipDto): boolean {
    return partnership.until !== null && partnership.until <= this.today;
  }

  protected addPartner(): void {
    this.openDialog(null);
  }

  protected edit(partnership: AlliancePartnershipDto): void {
    this.openDialog(partnership);
  }

  protected async end(partnership: AlliancePartnershipDto): Promise<void> {
    const { id, version, ...fields } = partnership;
    await this.actions.run(
      {
        title: 'Partnerschaft beenden?',
        message: `Die Partnerschaft mit „${partnership.organisationName}“ endet heute. Sie bleibt als beendete Partnerschaft in der Liste.`,
        confirmLabel: 'Beenden',
      },
      () =>
        this.api.update(this.alliance().id, id, {
          roles: fields.roles,
          since: fields.since,
          until: this.today,
          contributionTypes: fields.contributionTypes,
          contribution: fields.contribution,
          representativeId: fields.representativeId,
          version,
        }),
      'Partnerschaft beendet.',
    );
  }

  protected async archive(partnership: AlliancePartnershipDto): Promise<void> {
    await this.actions.run(
      {
        title: 'Partnerschaft archivieren?',
        message: `Die Partnerschaft mit „${partnership.organisationName}“ wird archiviert und nicht mehr angezeigt. Archivieren Sie nur falsch erfasste Partnerschaften; eine ausgelaufene Partnerschaft beenden Sie mit „Beenden“.`,
        confirmLabel: 'Archivieren',
        isDestructive: true,
      },
      () => this.api.archive(this.alliance().id, partnership.id, partnership.version),
      'Partnerschaft archiviert.',
    );
  }

  private openDialog(partnership: AlliancePartnershipDto | null): void {
    const ref = this.dialog.open<PartnerDialog, PartnerDialogData, AlliancePartnershipDto>(PartnerDialog, {
      data: { allianceId: this.alliance().id, partnership },
      injector: this.injector,
      width: '720px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved(partnership ? 'Gespeichert.' : `„${saved.organisationName}“ ist jetzt Partner des Bündnisses.`);
    });
  }
}
