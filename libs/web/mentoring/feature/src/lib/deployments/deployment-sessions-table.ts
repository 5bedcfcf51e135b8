import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import type { DeploymentSessionDto, DeploymentTotalsDto } from '@bn/shared/contracts';
import { MODE_LABELS } from '@bn/shared/contracts';
import { LabelPipe } from '@bn/web/util';

/** Where a session took place: online, or the place and Gemeinde. */
export function sessionPlace(session: DeploymentSessionDto): string {
  const where = [session.place, session.gemeindeName].filter((part): part is string => !!part).join(', ');
  if (session.mode === 'ONLINE') return where ? `Online (${where})` : 'Online';
  if (session.mode === 'TELEFONISCH') return 'Telefonisch';
  return where || '–';
}

/** The sessions of a deployment with their sums; with `canEdit`, each row offers edit and delete. */
@Component({
  selector: 'bn-deployment-sessions-table',
  imports: [DatePipe, DecimalPipe, MatTableModule, MatIconButton, MatIcon, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sessions().length) {
      <div class="table-scroll">
        <table mat-table [dataSource]="sessions()" aria-label="Termine des Einsatzes">
          <ng-container matColumnDef="heldOn">
            <th mat-header-cell *matHeaderCellDef>Datum</th>
            <td mat-cell *matCellDef="let s">{{ s.heldOn | date: 'dd.MM.yyyy' }}</td>
          </ng-container>
          <ng-container matColumnDef="time">
            <th mat-header-cell *matHeaderCellDef>Uhrzeit</th>
            <td mat-cell *matCellDef="let s">{{ s.startTime ?? '–' }}{{ s.endTime ? ' – ' + s.endTime : '' }}</td>
          </ng-container>
          <ng-container matColumnDef="mode">
            <th mat-header-cell *matHeaderCellDef>Form</th>
            <td mat-cell *matCellDef="let s">{{ s.mode | label: modeLabels }}</td>
          </ng-container>
          <ng-container matColumnDef="place">
            <th mat-header-cell *matHeaderCellDef>Ort</th>
            <td mat-cell *matCellDef="let s">{{ place(s) }}</td>
          </ng-container>
          <ng-container matColumnDef="topic">
            <th mat-header-cell *matHeaderCellDef>Thema</th>
            <td mat-cell *matCellDef="let s">{{ s.topic ?? '–' }}</td>
          </ng-container>
          <ng-container matColumnDef="hours">
            <th mat-header-cell *matHeaderCellDef>Stunden</th>
            <td mat-cell *matCellDef="let s">{{ s.hours | number: '1.0-2' }}</td>
          </ng-container>
          <ng-container matColumnDef="prepHours">
            <th mat-header-cell *matHeaderCellDef>Vor- und Nachbereitung (Std.)</th>
            <td mat-cell *matCellDef="let s">{{ s.prepHours | number: '1.0-2' }}</td>
          </ng-container>
          <ng-container matColumnDef="travelKm">
            <th mat-header-cell *matHeaderCellDef>Fahrt (km)</th>
            <td mat-cell *matCellDef="let s">{{ s.travelKm | number: '1.0-1' }}</td>
          </ng-container>
          <ng-container matColumnDef="participants">
            <th mat-header-cell *matHeaderCellDef>Teilnehmende</th>
            <td mat-cell *matCellDef="let s">{{ s.participantsCount === null ? '–' : (s.participantsCount | number) }}</td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef><span class="cdk-visually-hidden">Aktionen</span></th>
            <td mat-cell *matCellDef="let s" class="actions">
              <button mat-icon-button type="button" (click)="edit.emit(s)" [attr.aria-label]="'Termin am ' + (s.heldOn | date: 'dd.MM.yyyy') + ' bearbeiten'">
                <mat-icon aria-hidden="true">edit</mat-icon>
              </button>
              <button mat-icon-button type="button" (click)="remove.emit(s)" [attr.aria-label]="'Termin am ' + (s.heldOn | date: 'dd.MM.yyyy') + ' löschen'">
                <mat-icon aria-hidden="true">delete</mat-icon>
              </button>
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns()"></tr>
          <tr mat-row *matRowDef="let row; columns: columns()"></tr>
        </table>
      </div>
      <p class="totals">
        Summe: {{ totals().sessionCount | number }} {{ totals().sessionCount === 1 ? 'Termin' : 'Termine' }} ·
        {{ totals().hours | number: '1.0-2' }} Std. Einsatz · {{ totals().prepHours | number: '1.0-2' }} Std. Vor- und Nachbereitung ·
        {{ totals().travelKm | number: '1.0-1' }} km Fahrt · {{ totals().travelHours | number: '1.0-2' }} Std. Fahrtzeit
      </p>
    } @else {
      <p class="muted">Noch keine Termine erfasst.</p>
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .totals { margin: 8px 0 0; font: var(--mat-sys-body-medium); }
    .muted { color: var(--mat-sys-on-surface-variant); }
    .actions { white-space: nowrap; text-align: end; }
  `,
})
export class DeploymentSessionsTable {
  readonly sessions = input.required<DeploymentSessionDto[]>();
  readonly totals = input.required<DeploymentTotalsDto>();
  /** Shows edit and delete buttons per row (who may write sessions decides the page). */
  readonly canEdit = input(false);
  readonly edit = output<DeploymentSessionDto>();
  readonly remove = output<DeploymentSessionDto>();
  protected readonly columns = computed(() => {
    const base = ['heldOn', 'time', 'mode', 'place', 'topic', 'hours', 'prepHours', 'travelKm', 'participants'];
    return this.canEdit() ? [...base, 'actions'] : base;
  });
  protected readonly modeLabels = MODE_LABELS;
  protected readonly place = sessionPlace;
}
