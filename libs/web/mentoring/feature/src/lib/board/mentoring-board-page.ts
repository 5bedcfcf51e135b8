import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { MentoringOverdueDto, WorkflowSubjectKind } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { DeploymentsApi, MentoringRequestsApi, OffersApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, Loading, PageHeader } from '@bn/web/ui';
import { BehaviorSubject, Observable, catchError, combineLatest, forkJoin, map, of, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { WorkflowActions } from '../workflow/workflow-actions';
import {
  BOARD_COLUMN_SIZE,
  BoardCard,
  BoardColumn,
  DEPLOYMENT_BOARD_STATUSES,
  REQUEST_BOARD_STATUSES,
  ageInDays,
  ageText,
  deploymentCard,
  overdueIndex,
  requestCard,
  statusLabel,
} from './board-model';

/**
 * Anfragen and Einsätze by status in columns (issue 5 "Client"). No drag and drop: every card is a
 * link to the record and has a "Status ändern" menu with the steps the role may take (the shared
 * workflow component). Overdue items (GET /api/mentoring/overdue, Fachberatung and Leitung) carry a
 * badge with text, not only a colour.
 */
@Component({
  selector: 'bn-mentoring-board-page',
  imports: [RouterLink, MatButton, MatButtonToggleGroup, MatButtonToggle, MatIcon, PageHeader, Loading, WorkflowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentoring-board-page.html',
  styleUrl: './mentoring-board-page.scss',
})
export class MentoringBoardPage {
  private readonly requests = inject(MentoringRequestsApi);
  private readonly deployments = inject(DeploymentsApi);
  private readonly offers = inject(OffersApi);
  private readonly session = inject(SessionStore);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  protected readonly role = this.session.role;
  protected readonly subject = signal<WorkflowSubjectKind>('REQUEST');
  protected readonly breadcrumbs: Breadcrumb[] = [{ label: 'Anfragen', link: '/anfragen' }, { label: 'Board' }];
  private readonly today = new Date();

  protected readonly state = toSignal<LoadState<BoardColumn[]>, LoadState<BoardColumn[]>>(
    combineLatest([toObservable(this.subject), this.reload$]).pipe(switchMap(([subject]) => loadState(this.load(subject)))),
    { initialValue: LOADING },
  );
  protected readonly columns = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly overdueCount = computed(() => (this.columns() ?? []).reduce((sum, column) => sum + column.cards.filter((c) => c.overdue.length).length, 0));

  protected setSubject(value: WorkflowSubjectKind): void {
    this.subject.set(value);
  }

  protected reload(): void {
    this.reload$.next();
  }

  protected age(card: BoardCard): string {
    return ageText(ageInDays(card.since, this.today));
  }

  protected listLink(): string {
    return this.subject() === 'REQUEST' ? '/anfragen' : '/einsaetze';
  }

  protected listParams(status: string): Record<string, string> {
    return { status };
  }

  private load(subject: WorkflowSubjectKind): Observable<BoardColumn[]> {
    const overdue$: Observable<MentoringOverdueDto | null> = this.session.hasRole('FACHBERATUNG', 'LEITUNG')
      ? this.offers.overdue().pipe(catchError(() => of(null)))
      : of(null);
    const params = (status: string) => ({ status, pageSize: String(BOARD_COLUMN_SIZE), sort: subject === 'REQUEST' ? 'receivedOn' : 'createdAt', direction: 'asc' });
    if (subject === 'REQUEST') {
      return forkJoin({ overdue: overdue$, pages: forkJoin(REQUEST_BOARD_STATUSES.map((status) => this.requests.list(params(status)))) }).pipe(
        map(({ overdue, pages }) => {
          const index = overdueIndex(overdue);
          return REQUEST_BOARD_STATUSES.map((status, i) => ({
            status,
            label: statusLabel('REQUEST', status),
            cards: (pages[i]?.items ?? []).map((item) => requestCard(item, index)),
            total: pages[i]?.total ?? 0,
          }));
        }),
      );
    }
    return forkJoin({ overdue: overdue$, pages: forkJoin(DEPLOYMENT_BOARD_STATUSES.map((status) => this.deployments.list(params(status)))) }).pipe(
      map(({ overdue, pages }) => {
        const index = overdueIndex(overdue);
        return DEPLOYMENT_BOARD_STATUSES.map((status, i) => ({
          status,
          label: statusLabel('DEPLOYMENT', status),
          cards: (pages[i]?.items ?? []).map((item) => deploymentCard(item, index)),
          total: pages[i]?.total ?? 0,
        }));
      }),
    );
  }
}
