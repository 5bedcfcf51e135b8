import { formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MentoringRequestDetailDto, MentoringRequestOfferDto, RequestStatus, WorkflowTransitionDto } from '@bn/shared/contracts';
import { REQUEST_OCCASION_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MentoringRequestsApi, WorkflowApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { Observable, Subject, catchError, firstValueFrom, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { RequestFacts } from './request-facts';
import { RequestOfferView } from './request-offer-view';
import { MatchingPanel } from '../matching/matching-panel';
import { TransitionHistory } from '../workflow/transition-history';
import { WorkflowActions } from '../workflow/workflow-actions';

/**
 * What the API answered for the request: the full record with its transition log (null when it could
 * not be read), or a mentor's view of an offer.
 */
export type RequestView =
  | { kind: 'staff'; request: MentoringRequestDetailDto; history: WorkflowTransitionDto[] | null }
  | { kind: 'offer'; request: MentoringRequestOfferDto };

/** Before a mentor is assigned: the matching view is shown (domain-research §2.5 rows 1–4). */
const MATCHING_STATUSES: readonly RequestStatus[] = ['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'];

/** Anfrage: its fields, status, alliance, wanted topics, links, proposals (Fachberatung, Leitung) and deployments. */
@Component({
  selector: 'bn-request-detail-page',
  imports: [RouterLink, MatAnchor, MatButton, MatIcon, PageHeader, Loading, MessagePage, RequestFacts, RequestOfferView, MatchingPanel, TransitionHistory, WorkflowActions],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail-page.html',
  styleUrl: '../shared/detail-page.scss',
  styles: `
    .workflow { margin-bottom: 24px; }
    .workflow h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .workflow h3 { font: var(--mat-sys-title-medium); margin: 16px 0 8px; }
    .muted { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class RequestDetailPage {
  private readonly api = inject(MentoringRequestsApi);
  private readonly workflow = inject(WorkflowApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);
  private readonly reload$ = new Subject<void>();

  protected readonly isStaff = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG'));
  protected readonly role = this.session.role;
  protected readonly canReadHistory = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG', 'KOORDINATION'));

  protected readonly state = toSignal<LoadState<RequestView>, LoadState<RequestView>>(
    inject(ActivatedRoute).paramMap.pipe(
      switchMap((params) => {
        const id = params.get('id') ?? '';
        return this.reload$.pipe(
          startWith(undefined),
          switchMap(() => loadState(this.load(id))),
        );
      }),
    ),
    { initialValue: LOADING },
  );
  protected readonly view = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.error : null;
  });
  protected readonly title = computed(() => {
    const view = this.view();
    return view ? `Anfrage vom ${formatDate(view.request.receivedOn, 'dd.MM.yyyy', this.locale)}` : 'Anfrage';
  });
  protected readonly breadcrumbs = computed<Breadcrumb[]>(() => [{ label: 'Anfragen', link: '/anfragen' }, { label: this.title() }]);

  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;

  protected async archive(request: MentoringRequestDetailDto): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Anfrage archivieren?',
      message: `Die Anfrage von „${request.alliance.name}" wird archiviert und erscheint nicht mehr in der Liste. Einsätze und Auswertungen bleiben erhalten.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.archive(request.id, request.version));
      this.snackBar.open('Anfrage archiviert.');
      await this.router.navigate(['/anfragen']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.reload$.next();
      } else {
        this.snackBar.open(apiError.message, 'Schließen', { politeness: 'assertive' });
      }
    }
  }

  protected retry(): void {
    this.reload$.next();
  }

  /** After a transition, a proposal, an offer or an answer: read the request again. */
  protected reload(): void {
    this.reload$.next();
  }

  protected showsMatching(request: MentoringRequestDetailDto): boolean {
    return this.isStaff() && !request.archivedAt && MATCHING_STATUSES.includes(request.status);
  }

  private load(id: string): Observable<RequestView> {
    return this.session.role() === 'MENTOR'
      ? this.api.getOffer(id).pipe(map((request): RequestView => ({ kind: 'offer', request })))
      : forkJoin({
          request: this.api.get(id),
          history: this.canReadHistory() ? this.workflow.history('REQUEST', id).pipe(catchError(() => of(null))) : of(null),
        }).pipe(map(({ request, history }): RequestView => ({ kind: 'staff', request, history })));
  }
}
