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
import { FUNDING_SOURCE_LABELS } from '@bn/shared/contracts';
import type { AllianceDetailDto, ProjectDetailDto, ProjectListItemDto } from '@bn/shared/contracts';
import { AllianceProjectsApi, ReferenceApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading, StatusChip, StatusTone } from '@bn/web/ui';
import { catchError, of } from 'rxjs';
import { handlungsfeldNames, handlungsfeldText } from './engagement-options';
import { todayIso } from './form-helpers';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';
import { ProjectDialog, ProjectDialogData } from './project-dialog';
import { RowActions } from './row-actions';
import { tabAccess } from './tab-access';

type RunningFilter = 'all' | 'running' | 'notRunning';

interface ProjectState {
  label: string;
  tone: StatusTone;
  icon: string;
}

/** Running today, not started yet, or over. */
function projectState(project: ProjectListItemDto, today: string): ProjectState {
  if (project.isRunning) return { label: 'Läuft', tone: 'positive', icon: 'play_circle' };
  if (project.startsOn && project.startsOn > today) return { label: 'Geplant', tone: 'info', icon: 'schedule' };
  return { label: 'Abgeschlossen', tone: 'neutral', icon: 'task_alt' };
}

/** Tab "Projekte": the alliance's projects and offers (Babysitterpool, Leihgroßeltern …) with create, edit and archive. */
@Component({
  selector: 'bn-alliance-projects-tab',
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
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './projects-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceProjectsTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceProjectsApi);
  private readonly reference = inject(ReferenceApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);

  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly access = tabAccess(() => this.alliance());
  protected readonly columns = computed(() => [
    'name',
    'startsOn',
    'endsOn',
    'state',
    'handlungsfelder',
    'funding',
    ...(this.access.canEdit() ? ['actions'] : []),
  ]);

  protected readonly runningFilter = signal<RunningFilter>('all');
  protected readonly table = new PagedTable<ProjectListItemDto, { id: string; running: RunningFilter }>({
    key: () => (this.access.canReadRegister() ? { id: this.alliance().id, running: this.runningFilter() } : null),
    fetch: (key, request) =>
      this.api.list(key.id, request, { running: key.running === 'all' ? undefined : key.running === 'running' }),
    sort: 'name',
    direction: 'asc',
  });
  protected readonly actions = new RowActions(() => this.table.reload());

  private readonly handlungsfelder = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly today = todayIso();
  protected readonly rows = computed(() => {
    const names = handlungsfeldNames(this.handlungsfelder());
    return this.table.view().items.map((item) => ({
      ...item,
      state: projectState(item, this.today),
      handlungsfeldText: handlungsfeldText(item.handlungsfeldCodes, names),
      fundingText: item.fundingSources.map((source) => FUNDING_SOURCE_LABELS[source]).join(', '),
    }));
  });

  protected filterRunning(filter: RunningFilter): void {
    this.runningFilter.set(filter);
  }

  protected createProject(): void {
    this.openDialog(null);
  }

  protected edit(project: ProjectListItemDto): void {
    this.openDialog(project.id);
  }

  protected async archive(project: ProjectListItemDto): Promise<void> {
    await this.actions.run(
      {
        title: 'Projekt archivieren?',
        message: `Das Projekt „${project.name}“ wird archiviert und nicht mehr angezeigt.`,
        confirmLabel: 'Archivieren',
        isDestructive: true,
      },
      () => this.api.archive(project.id, project.version),
      'Projekt archiviert.',
    );
  }

  private openDialog(projectId: string | null): void {
    const ref = this.dialog.open<ProjectDialog, ProjectDialogData, ProjectDetailDto>(ProjectDialog, {
      data: { alliance: this.alliance(), projectId },
      injector: this.injector,
      width: '720px',
      maxWidth: '95vw',
    });
    ref.afterClosed().subscribe((saved) => {
      if (saved) this.actions.saved(projectId ? 'Gespeichert.' : 'Projekt angelegt.');
    });
  }
}
