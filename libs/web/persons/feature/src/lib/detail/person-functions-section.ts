import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { PersonDetailDto, PersonFunctionDto } from '@bn/shared/contracts';
import { StatusChip, StatusTone } from '@bn/web/ui';
import { toIsoDate } from '@bn/web/util';
import { today } from '../dialogs/dialog-support';
import { EndFunctionDialog, EndFunctionDialogData } from '../dialogs/end-function-dialog';
import { FunctionDialog, FunctionDialogData } from '../dialogs/function-dialog';
import { personDisplayName } from '../shared/person-format';
import { PersonDialogs } from './person-dialogs';

function functionStatus(fn: PersonFunctionDto, todayIso: string): { label: string; tone: StatusTone; icon: string } {
  if (fn.isCurrent) return { label: 'Aktuell', tone: 'positive', icon: 'check_circle' };
  if (fn.validFrom && fn.validFrom > todayIso) return { label: 'Beginnt später', tone: 'info', icon: 'schedule' };
  return { label: 'Beendet', tone: 'neutral', icon: 'history' };
}

/** The person's functions (current first) with add, edit and end for those who may write. */
@Component({
  selector: 'bn-person-functions-section',
  imports: [DatePipe, RouterLink, MatTableModule, MatButton, MatIcon, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="person-functions">
      <div class="heading">
        <h2 id="person-functions">Funktionen</h2>
        @if (canEdit()) {
          <button mat-stroked-button type="button" (click)="add()"><mat-icon aria-hidden="true">add</mat-icon>Funktion hinzufügen</button>
        }
      </div>
      @if (rows().length) {
        <div class="table-container">
          <table mat-table [dataSource]="rows()" aria-label="Funktionen der Person">
            <ng-container matColumnDef="functionLabel">
              <th mat-header-cell *matHeaderCellDef>Funktion</th>
              <td mat-cell *matCellDef="let row">{{ row.fn.functionLabel }}</td>
            </ng-container>
            <ng-container matColumnDef="organisation">
              <th mat-header-cell *matHeaderCellDef>Organisation</th>
              <td mat-cell *matCellDef="let row">
                @if (row.fn.organisationId) {
                  <a [routerLink]="['/organisationen', row.fn.organisationId]">{{ row.fn.organisationName }}</a>
                } @else {
                  –
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="alliance">
              <th mat-header-cell *matHeaderCellDef>Bündnis</th>
              <td mat-cell *matCellDef="let row">
                @if (row.fn.allianceId) {
                  <a [routerLink]="['/buendnisse', row.fn.allianceId]">{{ row.fn.allianceName }}</a>
                } @else {
                  –
                }
              </td>
            </ng-container>
            <ng-container matColumnDef="validFrom">
              <th mat-header-cell *matHeaderCellDef>Gültig ab</th>
              <td mat-cell *matCellDef="let row">{{ row.fn.validFrom ? (row.fn.validFrom | date: 'dd.MM.yyyy') : '–' }}</td>
            </ng-container>
            <ng-container matColumnDef="validUntil">
              <th mat-header-cell *matHeaderCellDef>Gültig bis</th>
              <td mat-cell *matCellDef="let row">{{ row.fn.validUntil ? (row.fn.validUntil | date: 'dd.MM.yyyy') : 'unbefristet' }}</td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef>Status</th>
              <td mat-cell *matCellDef="let row">
                <bn-status-chip [label]="row.status.label" [tone]="row.status.tone" [icon]="row.status.icon" />
              </td>
            </ng-container>
            <ng-container matColumnDef="actions">
              <th mat-header-cell *matHeaderCellDef><span class="visually-hidden">Aktionen</span></th>
              <td mat-cell *matCellDef="let row">
                <div class="row-actions">
                  <button mat-button type="button" (click)="edit(row.fn)" [attr.aria-label]="'Funktion ' + row.fn.functionLabel + ' bearbeiten'">
                    Bearbeiten
                  </button>
                  @if (row.canEnd) {
                    <button mat-button type="button" (click)="end(row.fn)" [attr.aria-label]="'Funktion ' + row.fn.functionLabel + ' beenden'">
                      Beenden
                    </button>
                  }
                </div>
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns()"></tr>
            <tr mat-row *matRowDef="let row; columns: columns()"></tr>
          </table>
        </div>
      } @else {
        <p class="none">Für diese Person ist keine Funktion erfasst{{ canEdit() ? '' : ', die Sie sehen dürfen' }}.</p>
      }
    </section>
  `,
  styles: `
    .heading { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }
    h2 { font: var(--mat-sys-title-large); margin: 0; }
    .table-container { overflow-x: auto; }
    table { width: 100%; }
    .row-actions { display: flex; gap: 4px; }
    .none { color: var(--mat-sys-on-surface-variant); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class PersonFunctionsSection {
  private readonly dialogs = inject(PersonDialogs);

  readonly person = input.required<PersonDetailDto>();
  readonly canEdit = input(false);

  /** Each function with its state today: current, ended (cannot be ended again) or starting later. */
  protected readonly rows = computed(() => {
    const todayIso = toIsoDate(today()) ?? '';
    return this.person().functions.map((fn) => ({
      fn,
      status: functionStatus(fn, todayIso),
      canEnd: !fn.validUntil || fn.validUntil >= todayIso,
    }));
  });

  protected readonly columns = computed(() => {
    const columns = ['functionLabel', 'organisation', 'alliance', 'validFrom', 'validUntil', 'status'];
    return this.canEdit() ? [...columns, 'actions'] : columns;
  });

  protected add(): Promise<void> {
    const data: FunctionDialogData = { personId: this.person().id, personName: personDisplayName(this.person()) };
    return this.dialogs.open(FunctionDialog, data, 'Die Funktion wurde hinzugefügt.');
  }

  protected edit(fn: PersonFunctionDto): Promise<void> {
    const data: FunctionDialogData = { personId: this.person().id, personName: personDisplayName(this.person()), fn };
    return this.dialogs.open(FunctionDialog, data, 'Die Funktion wurde gespeichert.');
  }

  protected end(fn: PersonFunctionDto): Promise<void> {
    const data: EndFunctionDialogData = { personId: this.person().id, fn };
    return this.dialogs.open(EndFunctionDialog, data, 'Die Funktion wurde beendet.');
  }
}
