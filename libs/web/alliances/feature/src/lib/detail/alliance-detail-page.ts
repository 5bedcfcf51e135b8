import { ChangeDetectionStrategy, Component, DestroyRef, Injector, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { DatePipe } from '@angular/common';
import { Title } from '@angular/platform-browser';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTab, MatTabContent, MatTabGroup } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AllianceDetailDto, StatusChangeRequestDto } from '@bn/shared/contracts';
import { ALLIANCE_TRANSITIONS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AlliancesApi } from '@bn/web/alliances/data-access';
import { ConfirmService, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, isConflict, toApiError } from '@bn/web/util';
import { BehaviorSubject, catchError, combineLatest, firstValueFrom, map, of, switchMap } from 'rxjs';
import {
  ALLIANCE_ARCHIVERS,
  ALLIANCE_EDITORS,
  STATUS_CHANGERS,
  STATUS_HISTORY_READERS,
  STATUS_REQUEST_READERS,
  STATUS_REQUESTERS,
  statusLook,
} from '../alliance-status';
import { AllianceActivitiesTab } from '../tabs/activities-tab';
import { AllianceContactsTab } from '../tabs/contacts-tab';
import { AllianceDeclarationTab } from '../tabs/declaration-tab';
import { AllianceDeploymentsTab } from '../tabs/deployments-tab';
import { AllianceEventsTab } from '../tabs/events-tab';
import { AllianceHistoryTab } from '../tabs/history-tab';
import { AlliancePartnersTab } from '../tabs/partners-tab';
import { AllianceProjectsTab } from '../tabs/projects-tab';
import type { StatusDialogData, StatusDialogResult } from '../status/status-dialog';
import { StatusRequestPanel } from '../status/status-request-panel';
import { AllianceProfile } from './alliance-profile';
import { ALLIANCE_TABS, AllianceTabKey, tabIndexOf, visibleTabs } from './alliance-tabs';

interface LoadState {
  alliance: AllianceDetailDto | null;
  error: ApiError | null;
}

/** An alliance with its tabs; actions appear only for the roles the API allows them. */
@Component({
  selector: 'bn-alliance-detail-page',
  imports: [
    DatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    MatIcon,
    MatTabGroup,
    MatTab,
    MatTabContent,
    PageHeader,
    Loading,
    MessagePage,
    StatusChip,
    AllianceProfile,
    AlliancePartnersTab,
    AllianceContactsTab,
    AllianceActivitiesTab,
    AllianceProjectsTab,
    AllianceEventsTab,
    AllianceDeploymentsTab,
    AllianceDeclarationTab,
    AllianceHistoryTab,
    StatusRequestPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alliance-detail-page.html',
  styleUrl: './alliance-detail-page.scss',
})
export class AllianceDetailPage {
  private readonly api = inject(AlliancesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly title = inject(Title);
  private readonly injector = inject(Injector);
  private readonly refresh$ = new BehaviorSubject<void>(undefined);

  protected readonly isLoading = signal(true);
  protected readonly alliance = signal<AllianceDetailDto | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly requests = signal<StatusChangeRequestDto[]>([]);
  protected readonly statusLook = statusLook;
  protected readonly tabLabels = Object.fromEntries(ALLIANCE_TABS.map((t) => [t.key, t.label])) as Record<AllianceTabKey, string>;

  private readonly isLive = computed(() => {
    const a = this.alliance();
    return a !== null && a.archivedAt === null;
  });
  private readonly hasTransitions = computed(() => {
    const a = this.alliance();
    return a !== null && ALLIANCE_TRANSITIONS[a.status].length > 0;
  });
  protected readonly openRequest = computed(() => this.requests().find((r) => r.decision === 'OFFEN') ?? null);
  protected readonly canEdit = computed(() => this.isLive() && this.session.hasRole(...ALLIANCE_EDITORS));
  protected readonly canChangeStatus = computed(() => this.isLive() && this.hasTransitions() && this.session.hasRole(...STATUS_CHANGERS));
  protected readonly canRequestStatus = computed(
    () => this.isLive() && this.hasTransitions() && this.openRequest() === null && this.session.hasRole(...STATUS_REQUESTERS),
  );
  /** The calendar subscription of the alliance's dates (the API allows Fachberatung and Koordination). */
  protected readonly canSubscribeCalendar = computed(() => this.isLive() && this.session.hasRole('FACHBERATUNG', 'KOORDINATION'));
  protected readonly canArchive = computed(() => this.isLive() && this.session.hasRole(...ALLIANCE_ARCHIVERS));
  protected readonly tabs = computed(() => visibleTabs(this.session.hasRole(...STATUS_HISTORY_READERS)));
  private readonly tabKey = toSignal(this.route.queryParamMap.pipe(map((p) => p.get('tab'))), { initialValue: null });
  protected readonly tabIndex = computed(() => tabIndexOf(this.tabKey(), this.tabs()));

  protected readonly breadcrumbs = computed(() => [{ label: 'Bündnisse', link: '/buendnisse' }, { label: this.alliance()?.name ?? 'Bündnis' }]);
  protected readonly subtitle = computed(() => {
    const a = this.alliance();
    if (!a) return null;
    const place = [a.gemeindeName ?? a.kreisName, a.landName].filter((p) => !!p).join(', ');
    return place ? `${a.code} · ${place}` : a.code;
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    combineLatest([this.route.paramMap.pipe(map((p) => p.get('id') ?? '')), this.refresh$])
      .pipe(
        switchMap(([id]) => {
          this.isLoading.set(true);
          return this.api.get(id).pipe(
            map((alliance): LoadState => ({ alliance, error: null })),
            catchError((error: unknown) => of<LoadState>({ alliance: null, error: toApiError(error) })),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(({ alliance, error }) => {
        this.alliance.set(alliance);
        this.error.set(error);
        this.isLoading.set(false);
        if (alliance) {
          this.title.setTitle(`${alliance.name} – Bündnisnetz`);
          this.loadRequests(alliance.id);
        }
      });
  }

  protected selectTab(index: number): void {
    const key = this.tabs()[index] ?? 'profil';
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { tab: key === 'profil' ? null : key },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected reload(): void {
    this.refresh$.next();
  }

  /** The dialog (with date picker and autocomplete) is a chunk of its own, loaded when first opened. */
  protected async openStatusDialog(mode: StatusDialogData['mode']): Promise<void> {
    const alliance = this.alliance();
    if (!alliance) return;
    const { AllianceStatusDialog } = await import('../status/status-dialog');
    const ref = this.dialog.open<InstanceType<typeof AllianceStatusDialog>, StatusDialogData, StatusDialogResult>(AllianceStatusDialog, {
      data: { alliance, mode },
      injector: this.injector,
      width: '560px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    ref.afterClosed().subscribe((result) => this.afterStatusChange(result));
  }

  protected afterStatusChange(result: StatusDialogResult | undefined): void {
    if (!result) return;
    if (result.message) this.snackBar.open(result.message, 'OK');
    this.reload();
  }

  protected async archive(): Promise<void> {
    const alliance = this.alliance();
    if (!alliance) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Bündnis archivieren?',
      message: `„${alliance.name}“ wird archiviert und erscheint dann nicht mehr in Listen und in der Suche. Der Verlauf bleibt erhalten.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.archive(alliance.id, alliance.version));
      this.snackBar.open('Das Bündnis wurde archiviert.', 'OK');
      await this.router.navigate(['/buendnisse']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.reload();
      } else {
        this.snackBar.open(apiError.message, 'OK');
      }
    }
  }

  private loadRequests(allianceId: string): void {
    if (!this.session.hasRole(...STATUS_REQUEST_READERS)) return;
    this.api
      .statusRequests(allianceId)
      .pipe(catchError(() => of([])))
      .subscribe((requests) => this.requests.set(requests));
  }
}
