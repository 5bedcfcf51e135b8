import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS } from '@bn/shared/contracts';
import type { AllianceDetailDto, EventListItemDto } from '@bn/shared/contracts';
import { AllianceEventsApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';
import { tabAccess } from './tab-access';

/**
 * Tab "Veranstaltungen": the alliance's events, newest first, each linking to its page in the events area
 * (where events are created and edited; "Veranstaltung anlegen" goes there with the alliance preset).
 */
@Component({
  selector: 'bn-alliance-events-tab',
  imports: [DatePipe, DecimalPipe, RouterLink, MatTableModule, MatSort, MatSortHeader, MatPaginator, MatAnchor, MatButton, MatIcon, Loading, EmptyState, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './events-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceEventsTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceEventsApi);

  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly formatLabels = EVENT_FORMAT_LABELS;
  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly access = tabAccess(() => this.alliance());
  protected readonly columns = ['startsOn', 'title', 'eventType', 'format', 'place', 'participants'];
  protected readonly newEventQuery = computed(() => ({ allianceId: this.alliance().id }));

  protected readonly table = new PagedTable<EventListItemDto>({
    key: () => this.alliance().id,
    fetch: (allianceId, request) => this.api.list(allianceId, request),
    sort: 'startsOn',
    direction: 'desc',
  });
}
