import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatSelect } from '@angular/material/select';
import {
  MatCell, MatCellDef, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, MatTable,
} from '@angular/material/table';
import { ActivatedRoute, ParamMap, Router } from '@angular/router';
import { REPORT_JOB_STATE_LABELS, REPORT_RUN_STATUS_LABELS, REPORT_TYPE_LABELS } from '@bn/shared/contracts';
import type { Page, ReportFileFormat, ReportRunDto, ReportRunStatus, ReportType } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ReportsApi } from '@bn/web/reports/data-access';
import { ConfirmService, EmptyState, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, LabelPipe, ListQuery, PAGE_SIZE_OPTIONS, isConflict, readListQuery, saveFile, toApiError, toQueryParams } from '@bn/web/util';
import { Subscription, catchError, exhaustMap, firstValueFrom, forkJoin, interval, map, of, switchMap } from 'rxjs';
import { CreateReportDialog } from '../create/create-report-dialog';

/** How often an unfinished run is asked for its progress. */
export const POLL_INTERVAL_MS = 1000;

const FILTER_KEYS = ['type', 'status'] as const;

const FILES: readonly { format: ReportFileFormat; label: string; name: string }[] = [
  { format: 'xlsx', label: 'XLSX', name: 'als Excel-Datei (XLSX)' },
  { format: 'csv', label: 'CSV (ZIP)', name: 'als CSV-Dateien (ZIP)' },
  { format: 'pdf', label: 'PDF', name: 'als PDF' },
];

export function isUnfinished(run: ReportRunDto): boolean {
  return run.jobState === 'WARTEND' || run.jobState === 'LAEUFT';
}

/** German date of an ISO day (TT.MM.JJJJ) without time-zone effects. */
function germanDay(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/**
 * "Berichte" (PRODUCT.md flow 5): the report runs with their job progress, downloads and release.
 * Fachberatung and Leitung start runs; the Leitung releases finished drafts; the ministry sees released
 * runs only (the API filters) and downloads them. Unfinished runs are polled every second.
 */
@Component({
  selector: 'bn-report-runs-page',
  imports: [
    ReactiveFormsModule, DatePipe, DecimalPipe, LabelPipe, PageHeader, EmptyState, Loading, StatusChip, MatButton, MatIcon, MatFormField, MatLabel,
    MatSelect, MatOption, MatProgressBar, MatPaginator, MatTable, MatColumnDef, MatHeaderCellDef, MatHeaderCell, MatCellDef, MatCell,
    MatHeaderRowDef, MatHeaderRow, MatRowDef, MatRow,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-runs-page.html',
  styleUrl: './report-runs-page.scss',
})
export class ReportRunsPage {
  private readonly api = inject(ReportsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly typeLabels = REPORT_TYPE_LABELS;
  protected readonly statusLabels = REPORT_RUN_STATUS_LABELS;
  protected readonly jobLabels = REPORT_JOB_STATE_LABELS;
  protected readonly types = Object.keys(REPORT_TYPE_LABELS) as ReportType[];
  protected readonly statuses = Object.keys(REPORT_RUN_STATUS_LABELS) as ReportRunStatus[];
  protected readonly files = FILES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly germanDay = germanDay;
  protected readonly isUnfinished = isUnfinished;

  protected readonly isMinistry = computed(() => this.session.hasRole('MINISTERIUM'));
  protected readonly canCreate = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly canRelease = computed(() => this.session.hasRole('LEITUNG'));
  protected readonly columns = computed(() => [
    'type', 'period', 'referenceDate', 'laender', 'author', 'createdAt', 'status', 'job', 'checksum', 'actions',
  ]);

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((params) => readRunsQuery(params))), { requireSync: true });
  protected readonly hasFilters = computed(() => Object.keys(this.query().filters).length > 0);
  protected readonly page = signal<Page<ReportRunDto> | null>(null);
  protected readonly runs = computed(() => this.page()?.items ?? []);
  protected readonly isLoading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  /** Failures of downloads and releases, shown above the table. */
  protected readonly actionError = signal<string | null>(null);
  /** Polite announcements (run finished, released, file saved). */
  protected readonly announcement = signal('');
  /** "runId:format" of the download in progress, or "runId:release". */
  protected readonly busy = signal<string | null>(null);

  private readonly laenderList = toSignal(this.api.laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly landNames = computed(() => new Map(this.laenderList().map((land) => [land.code, land.name])));
  private polling: Subscription | null = null;

  protected readonly filters = inject(FormBuilder).nonNullable.group({ type: [''], status: [''] });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => readRunsQuery(params)),
        switchMap((query) => {
          this.filters.setValue({ type: query.filters['type'] ?? '', status: query.filters['status'] ?? '' }, { emitEvent: false });
          this.isLoading.set(true);
          return this.api
            .list({
              page: query.page,
              pageSize: query.pageSize,
              type: (query.filters['type'] as ReportType | undefined) ?? null,
              status: (query.filters['status'] as ReportRunStatus | undefined) ?? null,
            })
            .pipe(
              map((page) => ({ page, error: null })),
              catchError((error: unknown) => of({ page: null, error: toApiError(error) })),
            );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ page, error }) => {
        this.page.set(page);
        this.error.set(error);
        this.isLoading.set(false);
        this.pollWhileUnfinished();
      });
    this.filters.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((value) => {
      const filters: Record<string, string> = {};
      if (value.type) filters['type'] = value.type;
      if (value.status) filters['status'] = value.status;
      this.navigate({ ...this.query(), page: 1, filters });
    });
  }

  protected laenderText(run: ReportRunDto): string {
    const codes = run.parameters.laender;
    if (!codes.length) return 'Alle Länder';
    return codes.map((code) => this.landNames().get(code) ?? code).join(', ');
  }

  protected runName(run: ReportRunDto): string {
    return `${REPORT_TYPE_LABELS[run.type]} zum Stichtag ${germanDay(run.parameters.referenceDate)}`;
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected resetFilters(): void {
    this.navigate({ ...this.query(), page: 1, filters: {} });
  }

  protected openCreate(): void {
    const ref = this.dialog.open<CreateReportDialog, void, ReportRunDto>(CreateReportDialog, {
      width: '640px',
      maxWidth: '95vw',
      injector: this.injector,
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((run) => {
      if (!run) return;
      this.announcement.set(`${this.runName(run)} wird erstellt.`);
      const current = this.page();
      // The new run goes on top of the first page (the list is sorted newest first).
      if (current && this.query().page === 1) {
        this.page.set({ ...current, items: [run, ...current.items.filter((item) => item.id !== run.id)], total: current.total + 1 });
      } else {
        this.navigate({ ...this.query(), page: 1, filters: {} });
      }
      this.pollWhileUnfinished();
    });
  }

  protected download(run: ReportRunDto, format: ReportFileFormat): void {
    this.busy.set(`${run.id}:${format}`);
    this.actionError.set(null);
    this.api
      .file(run, format)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          saveFile(file);
          this.announcement.set(`Datei heruntergeladen: ${file.fileName}`);
        },
        error: (error: unknown) => {
          this.busy.set(null);
          this.actionError.set(`Die Datei konnte nicht heruntergeladen werden. ${toApiError(error).message}`);
        },
        complete: () => this.busy.set(null),
      });
  }

  protected async release(run: ReportRunDto): Promise<void> {
    const confirmed = await this.confirm.confirm({
      title: 'Bericht freigeben?',
      message: `${this.runName(run)} wird für das Ministerium freigegeben. Die Freigabe kann nicht zurückgenommen werden; danach sieht das Ministerium den Bericht und kann ihn herunterladen.`,
      confirmLabel: 'Freigeben',
    });
    if (!confirmed) return;
    this.busy.set(`${run.id}:release`);
    this.actionError.set(null);
    try {
      const released = await firstValueFrom(this.api.release(run.id, run.version));
      this.replace(released);
      this.announcement.set(`${this.runName(run)} ist freigegeben.`);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.reloadRun(run.id);
      } else {
        this.actionError.set(apiError.message);
        if (apiError.status === 409) await this.reloadRun(run.id);
      }
    } finally {
      this.busy.set(null);
    }
  }

  protected isBusy(run: ReportRunDto, action: string): boolean {
    return this.busy() === `${run.id}:${action}`;
  }

  /** Polls the unfinished runs of the page every second until all are FERTIG or FEHLER (or the page goes). */
  private pollWhileUnfinished(): void {
    if (this.polling || !this.runs().some(isUnfinished)) return;
    this.polling = interval(POLL_INTERVAL_MS)
      .pipe(
        exhaustMap(() => {
          const pending = this.runs().filter(isUnfinished);
          return pending.length ? forkJoin(pending.map((run) => this.api.get(run.id).pipe(catchError(() => of(run))))) : of([]);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((updated) => {
        for (const run of updated) {
          const before = this.runs().find((item) => item.id === run.id);
          this.replace(run);
          if (before && isUnfinished(before) && !isUnfinished(run)) {
            this.announcement.set(
              run.jobState === 'FERTIG' ? `${this.runName(run)} ist fertig. Die Dateien stehen zum Herunterladen bereit.` : `${this.runName(run)}: Die Berechnung ist fehlgeschlagen.`,
            );
          }
        }
        if (!this.runs().some(isUnfinished)) this.stopPolling();
      });
  }

  private stopPolling(): void {
    this.polling?.unsubscribe();
    this.polling = null;
  }

  private replace(run: ReportRunDto): void {
    const current = this.page();
    if (!current) return;
    this.page.set({ ...current, items: current.items.map((item) => (item.id === run.id ? run : item)) });
  }

  private async reloadRun(id: string): Promise<void> {
    try {
      this.replace(await firstValueFrom(this.api.get(id)));
    } catch {
      // the message shown already explains the failure
    }
  }

  private navigate(query: ListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}

/** The list state in the URL; unknown filter values are dropped (the API would answer 400). */
export function readRunsQuery(params: ParamMap): ListQuery {
  const query = readListQuery(params, FILTER_KEYS, { direction: 'desc' });
  const filters = { ...query.filters };
  if (filters['type'] && !(filters['type'] in REPORT_TYPE_LABELS)) delete filters['type'];
  if (filters['status'] && !(filters['status'] in REPORT_RUN_STATUS_LABELS)) delete filters['status'];
  return { ...query, filters };
}
