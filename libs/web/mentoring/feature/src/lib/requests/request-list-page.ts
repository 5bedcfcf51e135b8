import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  PROPOSAL_RESPONSE_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_STATUS_LABELS,
  REQUEST_STATUSES,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MentoringLookups, MentoringRequestsApi, PROPOSAL_RESPONSE_TONES, REQUEST_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { EmptyState, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { TonePipe } from '../shared/tone.pipe';
import { LabelPipe, PAGE_SIZE_OPTIONS, toApiParams } from '@bn/web/util';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { UrlList } from '../shared/url-list';
import { RequestRow, rowOfListItem, rowOfOffer } from './request-rows';

/** Filters of the request list that the URL keeps (names as in MentoringRequestListQueryDto). */
export const REQUEST_FILTER_KEYS = ['q', 'status', 'channel', 'landCode'] as const;

interface RequestPage {
  total: number;
  rows: RequestRow[];
}

/** Anfragen: the list with server-side paging, sorting and filters, all kept in the URL. */
@Component({
  selector: 'bn-request-list-page',
  imports: [
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
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatAnchor,
    MatIcon,
    PageHeader,
    EmptyState,
    Loading,
    StatusChip,
    LabelPipe,
    TonePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-list-page.html',
  styleUrl: '../shared/list-page.scss',
})
export class RequestListPage {
  private readonly api = inject(MentoringRequestsApi);
  private readonly session = inject(SessionStore);
  private readonly refresh = new Subject<void>();

  protected readonly list = new UrlList(REQUEST_FILTER_KEYS, { sort: 'receivedOn', direction: 'desc' });
  protected readonly isMentor = computed(() => this.session.role() === 'MENTOR');
  protected readonly canCreate = computed(() => this.session.hasRole('FACHBERATUNG', 'KOORDINATION'));
  protected readonly canUseBoard = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG', 'KOORDINATION'));
  protected readonly canReadWeights = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly laender = toSignal(inject(MentoringLookups).laender$.pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly state = toSignal<LoadState<RequestPage>, LoadState<RequestPage>>(
    this.list.query$.pipe(
      switchMap((query) =>
        this.refresh.pipe(
          startWith(undefined),
          switchMap(() => {
            const params = toApiParams(query);
            return loadState(
              this.isMentor()
                ? this.api.listOffers(params).pipe(map((page) => ({ total: page.total, rows: page.items.map(rowOfOffer) })))
                : this.api.list(params).pipe(map((page) => ({ total: page.total, rows: page.items.map(rowOfListItem) }))),
            );
          }),
        ),
      ),
    ),
    { initialValue: LOADING },
  );
  /** The last loaded page stays visible while the next one loads. */
  protected readonly page = linkedSignal<LoadState<RequestPage>, RequestPage | null>({
    source: this.state,
    computation: (state, previous) => (state.kind === 'loaded' ? state.value : state.kind === 'loading' ? (previous?.value ?? null) : null),
  });
  protected readonly error = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.error.message : null;
  });
  protected readonly columns = computed(() =>
    this.isMentor()
      ? ['receivedOn', 'occasionLink', 'allianceText', 'land', 'offer', 'status']
      : ['receivedOn', 'allianceLink', 'land', 'occasion', 'channel', 'status'],
  );

  protected readonly statuses = REQUEST_STATUSES;
  protected readonly channels = REQUEST_CHANNELS;
  protected readonly statusLabels = REQUEST_STATUS_LABELS;
  protected readonly statusTones = REQUEST_STATUS_TONES;
  protected readonly channelLabels = REQUEST_CHANNEL_LABELS;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
  protected readonly responseLabels = PROPOSAL_RESPONSE_LABELS;
  protected readonly responseTones = PROPOSAL_RESPONSE_TONES;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected retry(): void {
    this.refresh.next();
  }
}
