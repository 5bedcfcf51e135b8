import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import type { ConsentDto, PersonDetailDto } from '@bn/shared/contracts';
import { StatusChip } from '@bn/web/ui';
import { ConsentDialog, ConsentDialogData } from '../dialogs/consent-dialog';
import { WithdrawConsentDialog, WithdrawConsentDialogData } from '../dialogs/withdraw-consent-dialog';
import { personDisplayName } from '../shared/person-format';
import { PersonDialogs } from './person-dialogs';

/** The person's consents (purpose, text version, given/withdrawn) with "Einwilligung erfassen" and "Widerrufen". */
@Component({
  selector: 'bn-person-consents-section',
  imports: [DatePipe, MatTableModule, MatButton, MatIcon, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="person-consents">
      <div class="heading">
        <h2 id="person-consents">Einwilligungen</h2>
        @if (canGrant()) {
          <button mat-stroked-button type="button" (click)="grant()"><mat-icon aria-hidden="true">add</mat-icon>Einwilligung erfassen</button>
        }
      </div>
      @if (person().consents.length) {
        <div class="table-container">
          <table mat-table [dataSource]="person().consents" aria-label="Einwilligungen der Person">
            <ng-container matColumnDef="purpose">
              <th mat-header-cell *matHeaderCellDef>Zweck</th>
              <td mat-cell *matCellDef="let consent">{{ consent.purposeLabel }}</td>
            </ng-container>
            <ng-container matColumnDef="textVersion">
              <th mat-header-cell *matHeaderCellDef>Textversion</th>
              <td mat-cell *matCellDef="let consent">{{ consent.textVersion }}</td>
            </ng-container>
            <ng-container matColumnDef="grantedOn">
              <th mat-header-cell *matHeaderCellDef>Erteilt am</th>
              <td mat-cell *matCellDef="let consent">{{ consent.grantedOn | date: 'dd.MM.yyyy' }}</td>
            </ng-container>
            <ng-container matColumnDef="withdrawnOn">
              <th mat-header-cell *matHeaderCellDef>Widerrufen am</th>
              <td mat-cell *matCellDef="let consent">{{ consent.withdrawnOn ? (consent.withdrawnOn | date: 'dd.MM.yyyy') : '–' }}</td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef>Status</th>
              <td mat-cell *matCellDef="let consent">
                @if (consent.isActive) {
                  <bn-status-chip label="Erteilt" tone="positive" />
                } @else {
                  <bn-status-chip label="Widerrufen" tone="neutral" icon="block" />
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">Aktionen</span></th>
              <td mat-cell *matCellDef="let consent">
                @if (consent.isActive) {
                  <button mat-button type="button" (click)="withdraw(consent)" [attr.aria-label]="'Einwilligung ' + consent.purposeLabel + ' widerrufen'">
                    Widerrufen
                  </button>
                }
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns()"></tr>
            <tr mat-row *matRowDef="let row; columns: columns()"></tr>
          </table>
        </div>
      } @else {
        <p class="none">Es ist keine Einwilligung erfasst.</p>
      }
    </section>
  `,
  styles: `
    .heading { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .table-container { overflow-x: auto; }
    table { width: 100%; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class PersonConsentsSection {
  private readonly dialogs = inject(PersonDialogs);

  readonly person = input.required<PersonDetailDto>();
  /** The role may record consents (Fachberatung, coordinators). */
  readonly canEdit = input(false);

  /** New consents only for persons that are not archived; a withdrawal can always be recorded. */
  protected readonly canGrant = computed(() => this.canEdit() && !this.person().archivedAt);
  protected readonly columns = computed(() => {
    const columns = ['purpose', 'textVersion', 'grantedOn', 'withdrawnOn', 'status'];
    return this.canEdit() ? [...columns, 'actions'] : columns;
  });

  protected grant(): Promise<void> {
    const data: ConsentDialogData = { personId: this.person().id, personName: personDisplayName(this.person()) };
    return this.dialogs.open(ConsentDialog, data, 'Die Einwilligung wurde erfasst.');
  }

  protected withdraw(consent: ConsentDto): Promise<void> {
    const data: WithdrawConsentDialogData = { personId: this.person().id, consent };
    return this.dialogs.open(WithdrawConsentDialog, data, 'Der Widerruf wurde vermerkt.');
  }
}
