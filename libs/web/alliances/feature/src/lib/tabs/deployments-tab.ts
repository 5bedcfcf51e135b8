import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatPaginator } from '@angular/material/paginator';
import { MatSort, MatSortHeader } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { DEPLOYMENT_STATUS_LABELS, DEPLOYMENT_TYPE_LABELS, MODE_LABELS } from '@bn/shared/contracts';
import type { AllianceDetailDto, DeploymentListItemDto, DeploymentStatus } from '@bn/shared/contracts';
import { AllianceDeploymentsApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading, StatusChip, StatusTone } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { PagedTable, TAB_PAGE_SIZE_OPTIONS } from './paged-table';

/** How a deployment status reads at a glance (always with its text and icon). */
const STATUS_LOOK: Record<DeploymentStatus, { tone: StatusTone; icon: string }> = {
  ZUGEWIESEN: { tone: 'info', icon: 'person_add' },
  TERMINIERT: { tone: 'info', icon: 'event' },
  DURCHGEFUEHRT: { tone: 'positive', icon: 'check_circle' },
  BERICHT_EINGEREICHT: { tone: 'warning', icon: 'pending' },
  BERICHT_ZURUECKGEGEBEN: { tone: 'warning', icon: 'undo' },
  BERICHT_FREIGEGEBEN: { tone: 'positive', icon: 'task' },
  FEEDBACK_ANGEFRAGT: { tone: 'warning', icon: 'forum' },
  FEEDBACK_ERHALTEN: { tone: 'positive', icon: 'mark_chat_read' },
  ABGESCHLOSSEN: { tone: 'positive', icon: 'task_alt' },
  ABGERECHNET: { tone: 'positive', icon: 'payments' },
  STORNIERT: { tone: 'negative', icon: 'cancel' },
  VERSCHOBEN: { tone: 'warning', icon: 'update' },
};

/**
 * Tab "Einsätze": the mentors' deployments for this alliance (read-only here; the workflow lives in the
 * mentoring area, each row links to its deployment page).
 */
@Component({
  selector: 'bn-alliance-deployments-tab',
  imports: [DatePipe, DecimalPipe, RouterLink, MatTableModule, MatSort, MatSortHeader, MatPaginator, MatButton, Loading, EmptyState, StatusChip, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deployments-tab.html',
  styleUrl: './tab.scss',
})
export class AllianceDeploymentsTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AllianceDeploymentsApi);

  protected readonly typeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly modeLabels = MODE_LABELS;
  protected readonly pageSizeOptions = TAB_PAGE_SIZE_OPTIONS;
  protected readonly columns = ['deploymentType', 'status', 'mentors', 'mode', 'firstSessionOn', 'sessions'];

  protected readonly table = new PagedTable<DeploymentListItemDto>({
    key: () => this.alliance().id,
    fetch: (allianceId, request) => this.api.list(allianceId, request),
    sort: 'createdAt',
    direction: 'desc',
  });

  protected readonly rows = computed(() =>
    this.table.view().items.map((item) => ({
      ...item,
      statusLabel: DEPLOYMENT_STATUS_LABELS[item.status] ?? item.status,
      statusLook: STATUS_LOOK[item.status] ?? { tone: 'neutral' as StatusTone, icon: 'help' },
    })),
  );
}
