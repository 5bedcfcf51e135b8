import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DeploymentDetailDto } from '@bn/shared/contracts';
import {
  ALLIANCE_STATUS_LABELS,
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  MODE_LABELS,
  REQUEST_OCCASION_LABELS,
} from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';

/** Overview and mentors of a deployment. */
@Component({
  selector: 'bn-deployment-facts',
  imports: [DatePipe, RouterLink, StatusChip, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/facts.scss',
  template: `
    @let d = deployment();
    <section aria-labelledby="deployment-overview">
      <h2 id="deployment-overview">Überblick</h2>
      <dl>
        <dt>Status</dt>
        <dd>
          <bn-status-chip [label]="d.status | label: statusLabels" [tone]="statusTones[d.status]" />
          @if (d.closingReason) {
            <span class="muted"> – {{ d.closingReason }}</span>
          }
          @if (d.archivedAt) {
            <span class="muted"> (archiviert am {{ d.archivedAt | date: 'dd.MM.yyyy' }})</span>
          }
        </dd>
        <dt>Bündnis</dt>
        <dd>
          <a [routerLink]="['/buendnisse', d.alliance.id]">{{ d.alliance.name }}</a>
          <span class="muted"> ({{ d.alliance.status | label: allianceStatusLabels }})</span>
        </dd>
        <dt>Art</dt>
        <dd>{{ d.deploymentType | label: typeLabels }}</dd>
        <dt>Form</dt>
        <dd>{{ d.mode | label: modeLabels }}</dd>
        <dt>Anfrage</dt>
        <dd>
          @if (d.request; as request) {
            <a [routerLink]="['/anfragen', request.id]">{{ request.occasion | label: occasionLabels }} vom {{ request.receivedOn | date: 'dd.MM.yyyy' }}</a>
          } @else {
            <span class="muted">ohne Anfrage erfasst</span>
          }
        </dd>
        <dt>Veranstaltung</dt>
        <dd>
          @if (d.event; as event) {
            <a [routerLink]="['/veranstaltungen', event.id]">{{ event.title }}</a> ({{ event.startsOn | date: 'dd.MM.yyyy' }})
          } @else {
            <span class="muted">keine</span>
          }
        </dd>
        <dt>Fachgebiete</dt>
        <dd>
          <ul class="chips">
            @for (s of d.specialties; track s.code) {
              <li>{{ s.name }}</li>
            } @empty {
              <li>keine angegeben</li>
            }
          </ul>
        </dd>
        <dt>Folgeberatung</dt>
        <dd>
          {{ d.followUpNeeded ? 'nötig' : 'nicht vorgesehen' }}
          @if (d.followUpNote) {
            <span> – {{ d.followUpNote }}</span>
          }
        </dd>
      </dl>
    </section>
    <section aria-labelledby="deployment-mentors">
      <h2 id="deployment-mentors">Mentor:innen</h2>
      <ul class="plain">
        @for (m of d.mentors; track m.mentorId) {
          <li>
            <a [routerLink]="['/mentorinnen', m.mentorId]">{{ m.name }}</a>
            @if (m.isLead && d.mentors.length > 1) {
              <span class="muted"> (leitet den Einsatz)</span>
            }
            @if (m.email) {
              · <a [href]="'mailto:' + m.email">{{ m.email }}</a>
            }
            @if (m.phone) {
              · {{ m.phone }}
            }
          </li>
        }
      </ul>
    </section>
  `,
})
export class DeploymentFacts {
  readonly deployment = input.required<DeploymentDetailDto>();
  protected readonly statusLabels = DEPLOYMENT_STATUS_LABELS;
  protected readonly statusTones = DEPLOYMENT_STATUS_TONES;
  protected readonly allianceStatusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly typeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly modeLabels = MODE_LABELS;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
}
