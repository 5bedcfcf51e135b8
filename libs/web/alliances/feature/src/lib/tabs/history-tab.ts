import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import type { AllianceDetailDto, AllianceStatusChangeDto, AuditEntryDto, Page } from '@bn/shared/contracts';
import { ALLIANCE_STATUS_LABELS, AUDIT_ACTION_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AlliancesApi } from '@bn/web/alliances/data-access';
import { EmptyState, Loading } from '@bn/web/ui';
import { LabelPipe, toApiError } from '@bn/web/util';
import { Subscription } from 'rxjs';
import { AUDIT_READERS, STATUS_HISTORY_READERS } from '../alliance-status';
import { describeChanges } from './history-format';

const AUDIT_PAGE_SIZE = 10;

/**
 * Tab "Verlauf": the status history (Servicebüro and the alliance's coordinators) and the audit trail of the
 * alliance record (Servicebüro only: who changed which field when, before and after).
 */
@Component({
  selector: 'bn-alliance-history-tab',
  imports: [DatePipe, MatPaginator, Loading, EmptyState, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './history-tab.html',
  styleUrl: './history-tab.scss',
})
export class AllianceHistoryTab {
  readonly alliance = input.required<AllianceDetailDto>();

  private readonly api = inject(AlliancesApi);
  private readonly session = inject(SessionStore);
  private subscriptions = new Subscription();

  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly actionLabels = AUDIT_ACTION_LABELS;
  protected readonly auditPageSize = AUDIT_PAGE_SIZE;
  protected readonly canReadStatusHistory = computed(() => this.session.hasRole(...STATUS_HISTORY_READERS));
  protected readonly canReadAudit = computed(() => this.session.hasRole(...AUDIT_READERS));

  protected readonly statusHistory = signal<AllianceStatusChangeDto[] | null>(null);
  protected readonly statusError = signal<string | null>(null);
  protected readonly audit = signal<Page<AuditEntryDto> | null>(null);
  protected readonly auditError = signal<string | null>(null);
  protected readonly auditPage = signal(1);
  protected readonly auditRows = computed(() =>
    (this.audit()?.items ?? []).map((entry) => ({ entry, changes: describeChanges(entry) })),
  );

  constructor() {
    // Reload when the alliance changes (e.g. after a status change or an edit: a new version).
    effect(() => {
      const alliance = this.alliance();
      untracked(() => this.load(alliance.id));
    });
    inject(DestroyRef).onDestroy(() => this.subscriptions.unsubscribe());
  }

  protected changeAuditPage(event: PageEvent): void {
    this.auditPage.set(event.pageIndex + 1);
    this.loadAudit(this.alliance().id);
  }

  private load(allianceId: string): void {
    this.subscriptions.unsubscribe();
    this.subscriptions = new Subscription();
    if (this.canReadStatusHistory()) {
      this.subscriptions.add(
        this.api.statusHistory(allianceId).subscribe({
          next: (history) => {
            this.statusHistory.set(history);
            this.statusError.set(null);
          },
          error: (error: unknown) => this.statusError.set(toApiError(error).message),
        }),
      );
    }
    this.auditPage.set(1);
    this.loadAudit(allianceId);
  }

  private loadAudit(allianceId: string): void {
    if (!this.canReadAudit()) return;
    this.subscriptions.add(
      this.api.auditHistory(allianceId, { page: this.auditPage(), pageSize: AUDIT_PAGE_SIZE }).subscribe({
        next: (page) => {
          this.audit.set(page);
          this.auditError.set(null);
        },
        error: (error: unknown) => this.auditError.set(toApiError(error).message),
      }),
    );
  }
}
