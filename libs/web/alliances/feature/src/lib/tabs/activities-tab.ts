import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatPaginator } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '@bn/shared/contracts';
import type { ActivityDetailDto, ActivityListItemDto, ActivityType, AllianceDetailDto } from '@bn/shared/contracts';
import { AllianceActivitiesApi, ReferenceApi } from '@bn/web/alliances/data-access';
import { ExportsApi } from '@bn/web/reports/data-access';
import { EmptyState, ExportMenu, Loading } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { catchError, of } from 'rxjs';
import { ActivityDialog, ActivityDialogData } from './activity-dialog';
import { handlungsfeldNames, handlungsfeldText } from './engagement-options';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';
import { RowActions } from './row-actions';
import { tabAccess } from './tab-access';

/** Tab "Aktivitäten": what the alliance did (meetings, press, projects work …), newest first; coordinators log them here. */
@Component({
  selector: 'bn-alliance-activities-tab',
  imports: [
    DatePipe,
    DecimalPipe,
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
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    Loading,
    EmptyState,
    LabelPipe,
    ExportMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './activities-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceActivitiesTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceActivitiesApi);
  private readonly reference = inject(ReferenceApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly typeLabels = ACTIVITY_TYPE_LABELS;
  protected readonly types = ACTIVITY_TYPES;
  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly access = tabAccess(() => this.alliance());
  /** XLSX/CSV of this alliance's activities (the readers of the register are the export API's roles). */
  protected readonly exportActivities = inject(ExportsApi).downloader('activities', () => ({ allianceId: this.alliance().id }));
  protected readonly columns = computed(() => [
    'occurredOn',
    'title',
    'activityType',
    'handlungsfelder',
    'reach',
    ...(this.access.canEdit() ? ['actions'] : []),
  ]);

  protected readonly typeFilter = signal<ActivityType | null>(null);
  protected readonly table = new PagedTable<ActivityListItemDto, { id: string; activityType: ActivityType | null }>({
    key: () => (this.access.canReadRegister() ? { id: this.alliance().id, activityType: this.typeFilter() } : null),
    fetch: (key, request) => this.api.list(key.id, request, { activityType: key.activityType ?? undefined }),
    sort: 'occurredOn',
    direction: 'desc',
  });
  protected readonly actions = new RowActions(() => this.table.reload());

  private readonly handlungsfelder = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  /** The page's rows with their Handlungsfelder as "HF03 Name" text. */
  protected readonly rows = computed(() => {
    const names = handlungsfeldNames(this.handlungsfelder());
    return this.table.view().items.map((item) => ({ ...item, handlungsfeldText: handlungsfeldText(item.handlungsfeldCodes, names) }));
  });

  protected filterByType(type: ActivityType | null): void {
    this.typeFilter.set(type);
  }

  protected logActivity(): void {
    this.openDialog(null);
  }

  protected edit(activity: ActivityListItemDto): void {
    this.openDialog(activity.id);
  }

  protected async archive(activity: ActivityListItemDto): Promise<void> {
    await this.actions.run(
      {
        title: 'Aktivität archivieren?',
        message: `Die Aktivität „${activity.title}“ wird archiviert und nicht mehr angezeigt.`,
        confirmLabel: 'Archivieren',
        isDestructive: true,
      },
      () => this.api.archive(activity.id, activity.version),
      'Aktivität archiviert.',
    );
  }

  private openDialog(activityId: string | null): void {
    const ref = this.dialog.open<ActivityDialog, ActivityDialogData, ActivityDetailDto>(ActivityDialog, {
      data: { alliance: this.alliance(), activityId },
      injector: this.injector,
      width: '720px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved(activityId ? 'Gespeichert.' : 'Aktivität erfasst.');
    });
  }
}
