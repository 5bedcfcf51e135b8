import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { MatchProposalDto } from '@bn/shared/contracts';
import { PROPOSAL_RESPONSE_LABELS } from '@bn/shared/contracts';
import { PROPOSAL_RESPONSE_TONES } from '@bn/web/mentoring/data-access';
import { StatusChip } from '@bn/web/ui';
import { TonePipe } from '../shared/tone.pipe';
import { LabelPipe } from '@bn/web/util';

/** The ranked mentor suggestions of a request with their explanation and the mentor's answer (read-only). */
@Component({
  selector: 'bn-proposals-table',
  imports: [DatePipe, DecimalPipe, RouterLink, MatTableModule, StatusChip, LabelPipe, TonePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (proposals().length) {
      <div class="table-scroll">
        <table mat-table [dataSource]="proposals()" aria-label="Matching-Vorschläge">
          <ng-container matColumnDef="rank">
            <th mat-header-cell *matHeaderCellDef>Rang</th>
            <td mat-cell *matCellDef="let p">{{ p.rank }}</td>
          </ng-container>
          <ng-container matColumnDef="mentor">
            <th mat-header-cell *matHeaderCellDef>Mentor:in</th>
            <td mat-cell *matCellDef="let p"><a [routerLink]="['/mentorinnen', p.mentorId]">{{ p.mentorName }}</a></td>
          </ng-container>
          <ng-container matColumnDef="score">
            <th mat-header-cell *matHeaderCellDef>Punkte</th>
            <td mat-cell *matCellDef="let p">{{ p.score | number: '1.0-2' }}</td>
          </ng-container>
          <ng-container matColumnDef="explanation">
            <th mat-header-cell *matHeaderCellDef>Begründung</th>
            <td mat-cell *matCellDef="let p">
              <ul class="explanation">
                @for (e of p.explanation; track $index) {
                  <li>{{ e.criterion }}: {{ e.points > 0 ? '+' : '' }}{{ e.points | number: '1.0-2' }} – {{ e.text }}</li>
                } @empty {
                  <li>keine Angaben</li>
                }
              </ul>
            </td>
          </ng-container>
          <ng-container matColumnDef="response">
            <th mat-header-cell *matHeaderCellDef>Antwort</th>
            <td mat-cell *matCellDef="let p">
              <bn-status-chip [label]="p.response | label: responseLabels" [tone]="p.response | tone: responseTones" />
              @if (p.responseReason) {
                <div class="reason">{{ p.responseReason }}</div>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="respondedAt">
            <th mat-header-cell *matHeaderCellDef>Beantwortet am</th>
            <td mat-cell *matCellDef="let p">{{ p.respondedAt ? (p.respondedAt | date: 'dd.MM.yyyy') : '–' }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
      </div>
    } @else {
      <p class="muted">Noch keine Vorschläge.</p>
    }
  `,
  styles: `
    .table-scroll { overflow-x: auto; }
    table { width: 100%; }
    .explanation { margin: 4px 0; padding-left: 18px; font: var(--mat-sys-body-small); }
    .reason { margin-top: 4px; font: var(--mat-sys-body-small); }
    .muted { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class ProposalsTable {
  readonly proposals = input.required<MatchProposalDto[]>();
  protected readonly columns = ['rank', 'mentor', 'score', 'explanation', 'response', 'respondedAt'];
  protected readonly responseLabels = PROPOSAL_RESPONSE_LABELS;
  protected readonly responseTones = PROPOSAL_RESPONSE_TONES;
}
