import { formatDate } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MentoringRequestDetailDto, MentoringRequestOfferDto } from '@bn/shared/contracts';
import { REQUEST_OCCASION_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MentoringRequestsApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { Observable, Subject, firstValueFrom, map, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { RequestFacts } from './request-facts';
import { RequestOfferView } from './request-offer-view';

/** What the API answered for the request: the full record, or a mentor's view of an offer. */
export type RequestView = { kind: 'staff'; request: MentoringRequestDetailDto } | { kind: 'offer'; request: MentoringRequestOfferDto };

/** Anfrage: its fields, status, alliance, wanted topics, links, proposals (Fachberatung, Leitung) and deployments. */
@Component({
  selector: 'bn-request-detail-page',
  imports: [RouterLink, MatAnchor, MatButton, MatIcon, PageHeader, Loading, MessagePage, RequestFacts, RequestOfferView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-detail-page.html',
  styleUrl: '../shared/detail-page.scss',
})
export class RequestDetailPage {
  private readonly api = inject(MentoringRequestsApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly locale = inject(LOCALE_ID);
  private readonly reload$ = new Subject<void>();

  protected readonly isStaff = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG'));

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

  private load(id: string): Observable<RequestView> {
    return this.session.role() === 'MENTOR'
      ? this.api.getOffer(id).pipe(map((request): RequestView => ({ kind: 'offer', request })))
      : this.api.get(id).pipe(map((request): RequestView => ({ kind: 'staff', request })));
  }
}
