import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { DeploymentListItemDto, Page } from '@bn/shared/contracts';
import {
  DEPLOYMENT_MODES,
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_STATUSES,
  DEPLOYMENT_TYPE_LABELS,
  MODE_LABELS,
  REPORT_STATUS_LABELS,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { DEPLOYMENT_STATUS_TONES, DeploymentsApi, MentoringLookups, MentorOption, REPORT_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { EXPORT_ROLES, ExportsApi } from '@bn/web/reports/data-access';
import { EmptyState, ExportMenu, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { TonePipe } from '../shared/tone.pipe';
import { LabelPipe, PAGE_SIZE_OPTIONS, fromIsoDate, toApiParams, toIsoDate } from '@bn/web/util';
import { Subject, catchError, of, startWith, switchMap } from 'rxjs';
import { MentorFeedbackSummaryCard } from './mentor-feedback-summary-card';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { UrlList } from '../shared/url-list';

/** Filters of the deployment list that the URL keeps (names as in DeploymentListQueryDto). */
export const DEPLOYMENT_FILTER_KEYS = ['q', 'status', 'mode', 'landCode', 'mentorId', 'hasReport', 'dateFrom', 'dateTo'] as const;

/** Einsätze: the list with server-side paging, sorting and filters, all kept in the URL. */
@Component({
  selector: 'bn-deployment-list-page',
  imports: [MentorFeedbackSummaryCard, 
    ReactiveFormsModule,
    RouterLink,
    DatePipe,
    DecimalPipe,
    MatTableModule,
    MatSort,
    MatSortHeader,
    MatPaginator,
    MatFormField,
    MatLabel,
    MatHint,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatButton,
    MatIcon,
    PageHeader,
    EmptyState,
    Loading,
    StatusChip,
    LabelPipe,
    TonePipe,
    ExportMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deployment-list-page.html',
  styleUrl: '../shared/list-page.scss',
})
export class DeploymentListPage {
  private readonly api = inject(DeploymentsApi);
  private readonly session = inject(SessionStore);
  private readonly lookups = inject(MentoringLookups);
  private readonly refresh = new Subject<void>();

  protected readonly list = new UrlList(DEPLOYMENT_FILTER_KEYS, { sort: 'createdAt', direction: 'desc' });
  protected readonly isMentor = computed(() => this.session.role() === 'MENTOR');
  /** XLSX/CSV of the deployments in scope (mentors: their own); the export API filters by Land only. */
  protected readonly canExport = computed(() => this.session.hasRole(...EXPORT_ROLES.deployments));
  protected readonly exportDeployments = inject(ExportsApi).downloader('deployments', () => ({ landCode: this.list.query().filters['landCode'] }));
  /** Only the Fachberatung and Leitung may list mentor profiles (and filter by them). */
  protected readonly canFilterByMentor = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly laender = toSignal(this.lookups.laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly landNames = computed(() => new Map(this.laender().map((l) => [l.code, l.name])));
  protected readonly mentors = toSignal(
    this.canFilterByMentor() ? this.lookups.mentors().pipe(catchError(() => of<MentorOption[]>([]))) : of<MentorOption[]>([]),
    { initialValue: [] },
  );
  /** Date filters as pickers; the URL keeps them as ISO dates. */
  protected readonly dateFrom = new FormControl<Date | null>(null);
  protected readonly dateTo = new FormControl<Date | null>(null);

  protected readonly state = toSignal<LoadState<Page<DeploymentListItemDto>>, LoadState<Page<DeploymentListItemDto>>>(
    this.list.query$.pipe(
      switchMap((query) => {
        this.dateFrom.setValue(fromIsoDate(query.filters['dateFrom']), { emitEvent: false });
        this.dateTo.setValue(fromIsoDate(query.filters['dateTo']), { emitEvent: false });
        return this.refresh.pipe(
          startWith(undefined),
          switchMap(() => loadState(this.api.list(toApiParams(query)))),
        );
      }),
    ),
    { initialValue: LOADING },
  );
  protected readonly page = linkedSignal<LoadState<Page<DeploymentListItemDto>>, Page<DeploymentListItemDto> | null>({
    source: this.state,
    computation: (state, previous) => (state.kind === 'loaded' ? state.value : state.kind === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.error.message : null;
  });
  protected readonly columns = ['firstSessionOn', 'alliance', 'land', 'deploymentType', 'mode', 'mentors', 'sessions', 'report', 'status'];

  protected readonly statuses = DEPLOYMENT_STATUSES;
  protected readonly statusLabels = DEPLOYMENT_STATUS_LABELS;
  protected readonly statusTones = DEPLOYMENT_STATUS_TONES;
  protected readonly modes = DEPLOYMENT_MODES;
  protected readonly modeLabels = MODE_LABELS;
  protected readonly typeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly reportLabels = REPORT_STATUS_LABELS;
  protected readonly reportTones = REPORT_STATUS_TONES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected applyDate(key: 'dateFrom' | 'dateTo', control: FormControl<Date | null>): void {
    if (control.invalid) return;
    this.list.setFilter(key, toIsoDate(control.value));
  }

  /** "A. Lead (Leitung), B. Tandem" – the lead is named as such only in a tandem. */
  protected mentorNames(deployment: DeploymentListItemDto): string {
    const isTandem = deployment.mentors.length > 1;
    return deployment.mentors.map((m) => (isTandem && m.isLead ? `${m.name} (Leitung)` : m.name)).join(', ');
  }

  protected retry(): void {
    this.refresh.next();
  }
}
