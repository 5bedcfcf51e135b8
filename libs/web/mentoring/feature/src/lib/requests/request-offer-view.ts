import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { MentoringRequestOfferDto } from '@bn/shared/contracts';
import {
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  DESIRED_MODE_LABELS,
  PROPOSAL_RESPONSE_LABELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_STATUS_LABELS,
} from '@bn/shared/contracts';
import { DEPLOYMENT_STATUS_TONES, OffersApi, PROPOSAL_RESPONSE_TONES, REQUEST_STATUS_TONES, isOpenOffer } from '@bn/web/mentoring/data-access';
import { ConfirmService, StatusChip } from '@bn/web/ui';
import { LabelPipe, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { ReasonDialog, ReasonDialogData } from '../matching/reason-dialog';

/**
 * A request as a mentor sees it: what it is about, their own offer, and the alliance only once they
 * have accepted (the API leaves it out before). An open offer is answered here: "Annehmen", or
 * "Ablehnen" with a required reason (issue 5 "Matching").
 */
@Component({
  selector: 'bn-request-offer-view',
  imports: [DatePipe, RouterLink, MatButton, MatIcon, StatusChip, LabelPipe],
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
        @if (isOpen(r)) {
          <p>Bitte sagen Sie zu oder ab. Das Bündnis und die Ansprechperson sehen Sie nach Ihrer Zusage.</p>
          <div class="answer">
            <button mat-flat-button type="button" [disabled]="isSaving()" (click)="accept(r)"><mat-icon aria-hidden="true">check</mat-icon>Annehmen</button>
            <button mat-stroked-button type="button" [disabled]="isSaving()" (click)="decline(r)"><mat-icon aria-hidden="true">close</mat-icon>Ablehnen</button>
          </div>
        }
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
  styles: `li bn-status-chip { margin-left: 8px; } .answer { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }`,
})
export class RequestOfferView {
  readonly request = input.required<MentoringRequestOfferDto>();
  /** The offer was answered (or changed meanwhile): the request should be read again. */
  readonly answered = output<void>();

  private readonly offers = inject(OffersApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  protected readonly isSaving = signal(false);
  protected readonly isOpen = isOpenOffer;
  protected readonly statusLabels = REQUEST_STATUS_LABELS;
  protected readonly statusTones = REQUEST_STATUS_TONES;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
  protected readonly modeLabels = DESIRED_MODE_LABELS;
  protected readonly responseLabels = PROPOSAL_RESPONSE_LABELS;
  protected readonly responseTones = PROPOSAL_RESPONSE_TONES;
  protected readonly deploymentTypeLabels = DEPLOYMENT_TYPE_LABELS;
  protected readonly deploymentStatusLabels = DEPLOYMENT_STATUS_LABELS;
  protected readonly deploymentStatusTones = DEPLOYMENT_STATUS_TONES;

  protected async accept(request: MentoringRequestOfferDto): Promise<void> {
    const offer = request.offer;
    if (!offer) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Anfrage annehmen?',
      message: 'Mit Ihrer Zusage übernehmen Sie die Begleitung. Die Fachberatung wird benachrichtigt; danach sehen Sie das Bündnis und die Ansprechperson.',
      confirmLabel: 'Annehmen',
    });
    if (!isConfirmed) return;
    await this.answer(async () => {
      const answer = await firstValueFrom(this.offers.accept(offer.id, offer.version));
      if (answer.deploymentId) {
        this.snackBar.open('Anfrage angenommen. Der Einsatz ist angelegt.');
        await this.router.navigate(['/einsaetze', answer.deploymentId]);
      } else {
        this.snackBar.open('Anfrage angenommen. Die Zusage der zweiten Mentor:in steht noch aus.');
        this.answered.emit();
      }
    });
  }

  protected async decline(request: MentoringRequestOfferDto): Promise<void> {
    const offer = request.offer;
    if (!offer) return;
    const reason = await firstValueFrom(
      this.dialog
        .open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, {
          data: {
            title: 'Anfrage ablehnen?',
            message: 'Die Fachberatung erhält Ihre Absage mit der Begründung und bietet die Anfrage dann einer anderen Mentor:in an.',
            label: 'Begründung der Absage',
            confirmLabel: 'Ablehnen',
            maxLength: 1000,
          },
          width: '520px',
        })
        .afterClosed(),
    );
    if (!reason) return;
    await this.answer(async () => {
      await firstValueFrom(this.offers.decline(offer.id, offer.version, reason));
      this.snackBar.open('Anfrage abgelehnt.');
      this.answered.emit();
    });
  }

  private async answer(send: () => Promise<void>): Promise<void> {
    this.isSaving.set(true);
    try {
      await send();
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.answered.emit();
      } else {
        this.snackBar.open(apiError.message, 'Schließen', { politeness: 'assertive' });
        this.answered.emit();
      }
    } finally {
      this.isSaving.set(false);
    }
  }
}
