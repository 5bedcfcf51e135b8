import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentoringRequestDetailDto } from '@bn/shared/contracts';
import {
  ALLIANCE_STATUS_LABELS,
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  DESIRED_MODE_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_STATUS_LABELS,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { DEPLOYMENT_STATUS_TONES, REQUEST_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';
import { ProposalsTable } from './proposals-table';

/** The read-only body of a request as the Fachberatung, Leitung and coordinators see it. */
@Component({
  selector: 'bn-request-facts',
  imports: [DatePipe, RouterLink, StatusChip, LabelPipe, ProposalsTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/facts.scss',
  template: `
    @let r = request();
    <section aria-labelledby="request-facts">
      <h2 id="request-facts">Angaben</h2>
      <dl>
        <dt>Status</dt>
        <dd>
          <bn-status-chip [label]="r.status | label: statusLabels" [tone]="statusTones[r.status]" />
          @if (r.closingReason) {
            <span class="muted"> – {{ r.closingReason }}</span>
          }
          @if (r.archivedAt) {
            <span class="muted"> (archiviert am {{ r.archivedAt | date: 'dd.MM.yyyy' }})</span>
          }
        </dd>
        <dt>Bündnis</dt>
        <dd>
          <a [routerLink]="['/buendnisse', r.alliance.id]">{{ r.alliance.name }}</a>
          <bn-status-chip class="inline-chip" [label]="r.alliance.status | label: allianceStatusLabels" tone="neutral" icon="diversity_3" />
        </dd>
        <dt>Ansprechperson</dt>
        <dd>
          @if (r.requester; as requester) {
            @if (canOpenPersons()) {
              <a [routerLink]="['/personen', requester.id]">{{ requester.name }}</a>
            } @else {
              {{ requester.name }}
            }
          } @else {
            <span class="muted">nicht angegeben</span>
          }
        </dd>
        <dt>Eingang</dt>
        <dd>{{ r.receivedOn | date: 'dd.MM.yyyy' }} ({{ r.channel | label: channelLabels }})</dd>
        <dt>Anlass</dt>
        <dd>{{ r.occasion | label: occasionLabels }}</dd>
        <dt>Gewünschte Form</dt>
        <dd>{{ r.desiredMode | label: modeLabels }}</dd>
        <dt>Wunschzeitraum</dt>
        <dd>
          @if (r.desiredFrom || r.desiredUntil) {
            {{ r.desiredFrom ? (r.desiredFrom | date: 'dd.MM.yyyy') : 'offen' }} bis {{ r.desiredUntil ? (r.desiredUntil | date: 'dd.MM.yyyy') : 'offen' }}
          } @else {
            <span class="muted">nicht angegeben</span>
          }
        </dd>
        <dt>Zuständig (Fachberatung)</dt>
        <dd>{{ r.owner ?? '–' }}</dd>
        <dt>Beschreibung</dt>
        <dd><p class="text">{{ r.description ?? '–' }}</p></dd>
      </dl>
    </section>

    <section aria-labelledby="request-wishes">
      <h2 id="request-wishes">Gewünschte Fachgebiete und Handlungsfelder</h2>
      <dl>
        <dt>Fachgebiete</dt>
        <dd>
          @if (r.specialties.length) {
            <ul class="chips">
              @for (s of r.specialties; track s.code) {
                <li>{{ s.name }}</li>
              }
            </ul>
          } @else {
            <span class="muted">keine angegeben</span>
          }
        </dd>
        <dt>Handlungsfelder</dt>
        <dd>
          @if (r.topics.length) {
            <ul class="chips">
              @for (t of r.topics; track t.id) {
                <li>{{ t.name }}</li>
              }
            </ul>
          } @else {
            <span class="muted">keine angegeben</span>
          }
        </dd>
      </dl>
    </section>

    <section aria-labelledby="request-links">
      <h2 id="request-links">Verknüpfungen</h2>
      <dl>
        <dt>Veranstaltung</dt>
        <dd>
          @if (r.relatedEvent; as event) {
            <a [routerLink]="['/veranstaltungen', event.id]">{{ event.title }}</a> ({{ event.startsOn | date: 'dd.MM.yyyy' }})
          } @else {
            <span class="muted">keine</span>
          }
        </dd>
        <dt>Vorausgehende Anfrage</dt>
        <dd>
          @if (r.predecessor; as p) {
            <a [routerLink]="['/anfragen', p.id]">{{ p.occasion | label: occasionLabels }} vom {{ p.receivedOn | date: 'dd.MM.yyyy' }}</a>
            ({{ p.status | label: statusLabels }})
          } @else {
            <span class="muted">keine</span>
          }
        </dd>
        <dt>Folgeanfragen</dt>
        <dd>
          @for (f of r.followUps; track f.id) {
            <a [routerLink]="['/anfragen', f.id]">{{ f.occasion | label: occasionLabels }} vom {{ f.receivedOn | date: 'dd.MM.yyyy' }}</a>
            ({{ f.status | label: statusLabels }})<br />
          } @empty {
            <span class="muted">keine</span>
          }
        </dd>
      </dl>
    </section>

    <section aria-labelledby="request-deployments">
      <h2 id="request-deployments">Einsätze aus dieser Anfrage</h2>
      @if (r.deployments.length) {
        <ul class="plain">
          @for (d of r.deployments; track d.id) {
            <li>
              <a [routerLink]="['/einsaetze', d.id]">{{ d.deploymentType | label: deploymentTypeLabels }}</a>
              <bn-status-chip [label]="d.status | label: deploymentStatusLabels" [tone]="deploymentStatusTones[d.status]" />
            </li>
          }
        </ul>
      } @else {
        <p class="muted">Noch kein Einsatz.</p>
      }
    </section>

    @if (showProposals()) {
      <section aria-labelledby="request-proposals">
        <h2 id="request-proposals">Matching-Vorschläge</h2>
        <bn-proposals-table [proposals]="r.proposals" />
      </section>
    }
  `,
  styles: `.inline-chip { margin-left: 8px; } li bn-status-chip { margin-left: 8px; } .plain li { margin-bottom: 6px; }`,
})
export class RequestFacts {
  readonly request = input.required<MentoringRequestDetailDto>();
  /** Proposals are the Fachberatung's matching (Leitung reads); coordinators never get them. */
  readonly showProposals = input(false);

  private readonly session = inject(SessionStore);
  protected readonly canOpenPersons = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG', 'KOORDINATION'));

  protected readonly statusLabels = REQUEST_STATUS_LABELS;
  protected readonly statusTones = REQUEST_STATUS_TONES;
  protected readonly allianceStatusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly channelLabels = REQUEST_CHANNEL_LABELS;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
  protected readonly modeLabels = DESIRED_MODE_LABELS;
  protected readonly deploymentTypeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly deploymentStatusLabels = DEPLOYMENT_STATUS_LABELS;
  protected readonly deploymentStatusTones = DEPLOYMENT_STATUS_TONES;
}
