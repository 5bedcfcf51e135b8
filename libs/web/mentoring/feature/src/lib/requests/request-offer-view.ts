import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MentoringRequestOfferDto } from '@bn/shared/contracts';
import {
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  DESIRED_MODE_LABELS,
  PROPOSAL_RESPONSE_LABELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_STATUS_LABELS,
} from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_TONES, PROPOSAL_RESPONSE_TONES, REQUEST_STATUS_TONES } from '@bn/web/mentoring/data-access';
import { StatusChip } from '@bn/web/ui';
import { LabelPipe } from '@bn/web/util';

/**
 * A request as a mentor sees it: what it is about, their own offer, and the alliance only once they
 * have accepted (the API leaves it out before). Answering the offer belongs to the mentoring workflow.
 */
@Component({
  selector: 'bn-request-offer-view',
  imports: [DatePipe, RouterLink, StatusChip, LabelPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../shared/facts.scss',
  template: `
    @let r = request();
    <section aria-labelledby="offer-answer">
      <h2 id="offer-answer">Ihr Angebot</h2>
      @if (r.offer; as offer) {
        <dl>
          <dt>Ihre Antwort</dt>
          <dd><bn-status-chip [label]="offer.response | label: responseLabels" [tone]="responseTones[offer.response]" /></dd>
          @if (offer.respondedAt) {
            <dt>Beantwortet am</dt>
            <dd>{{ offer.respondedAt | date: 'dd.MM.yyyy' }}</dd>
          }
          @if (offer.responseReason) {
            <dt>Begründung</dt>
            <dd>{{ offer.responseReason }}</dd>
          }
        </dl>
      } @else {
        <p class="muted">Sie sehen diese Anfrage, weil einer Ihrer Einsätze aus ihr hervorgegangen ist.</p>
      }
    </section>

    <section aria-labelledby="offer-about">
      <h2 id="offer-about">Worum es geht</h2>
      <dl>
        <dt>Status der Anfrage</dt>
        <dd><bn-status-chip [label]="r.status | label: statusLabels" [tone]="statusTones[r.status]" /></dd>
        <dt>Anlass</dt>
        <dd>{{ r.occasion | label: occasionLabels }}</dd>
        <dt>Eingang</dt>
        <dd>{{ r.receivedOn | date: 'dd.MM.yyyy' }}</dd>
        <dt>Land</dt>
        <dd>{{ r.landName }}</dd>
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
        <dt>Fachgebiete</dt>
        <dd>
          <ul class="chips">
            @for (s of r.specialties; track s.code) {
              <li>{{ s.name }}</li>
            } @empty {
              <li>keine angegeben</li>
            }
          </ul>
        </dd>
        <dt>Handlungsfelder</dt>
        <dd>
          <ul class="chips">
            @for (t of r.topics; track t.id) {
              <li>{{ t.name }}</li>
            } @empty {
              <li>keine angegeben</li>
            }
          </ul>
        </dd>
        <dt>Beschreibung</dt>
        <dd><p class="text">{{ r.description ?? '–' }}</p></dd>
      </dl>
    </section>

    <section aria-labelledby="offer-alliance">
      <h2 id="offer-alliance">Bündnis</h2>
      @if (r.allianceVisible && r.alliance) {
        <dl>
          <dt>Bündnis</dt>
          <dd><a [routerLink]="['/buendnisse', r.alliance.id]">{{ r.alliance.name }}</a></dd>
          <dt>Ansprechperson</dt>
          <dd>{{ r.requester?.name ?? 'nicht angegeben' }}</dd>
        </dl>
      } @else {
        <p class="note">Das Bündnis und die Ansprechperson werden sichtbar, sobald Sie die Anfrage angenommen haben.</p>
      }
    </section>

    @if (r.deployments.length) {
      <section aria-labelledby="offer-deployments">
        <h2 id="offer-deployments">Ihre Einsätze aus dieser Anfrage</h2>
        <ul class="plain">
          @for (d of r.deployments; track d.id) {
            <li>
              <a [routerLink]="['/einsaetze', d.id]">{{ d.deploymentType | label: deploymentTypeLabels }}</a>
              <bn-status-chip [label]="d.status | label: deploymentStatusLabels" [tone]="deploymentStatusTones[d.status]" />
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `li bn-status-chip { margin-left: 8px; }`,
})
export class RequestOfferView {
  readonly request = input.required<MentoringRequestOfferDto>();
  protected readonly statusLabels = REQUEST_STATUS_LABELS;
  protected readonly statusTones = REQUEST_STATUS_TONES;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
  protected readonly modeLabels = DESIRED_MODE_LABELS;
  protected readonly responseLabels = PROPOSAL_RESPONSE_LABELS;
  protected readonly responseTones = PROPOSAL_RESPONSE_TONES;
  protected readonly deploymentTypeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly deploymentStatusLabels = DEPLOYMENT_STATUS_LABELS;
  protected readonly deploymentStatusTones = DEPLOYMENT_STATUS_TONES;
}
