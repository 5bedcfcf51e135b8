import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { MatchSuggestionsDto, MentoringRequestDetailDto } from '@bn/shared/contracts';
import { MatchingApi, OffersApi } from '@bn/web/mentoring/data-access';
import { ConfirmService, Loading } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { BehaviorSubject, combineLatest, firstValueFrom, switchMap } from 'rxjs';
import { LOADING, LoadState, loadState } from '../shared/load-state';
import { CriteriaTable } from './criteria-table';
import { PointsPipe } from './points.pipe';
import { ReasonDialog, ReasonDialogData } from './reason-dialog';

/** At most two mentors: one, or a tandem (issue 5 "Matching"). */
const MAX_CHOSEN = 2;

/**
 * The Fachberatung's matching view of a request (issue 5 "Matching", crm-anchors §4): the ranked
 * suggestions with total score and the points per criterion as German sentences, warnings (conflict of
 * interest, partial absence), the mentors excluded by a hard constraint with their reasons; choosing one
 * or two stores them as Matching-Vorschläge ("Vorschlagen", an excluded mentor only with a documented
 * reason), and "Anfrage anbieten" sends the offer. After a decline the request is back in MATCHING and
 * the next proposal can be offered. Leitung reads.
 */
@Component({
  selector: 'bn-matching-panel',
  imports: [DatePipe, PointsPipe, RouterLink, MatButton, MatCheckbox, MatExpansionModule, MatIcon, Loading, CriteriaTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './matching-panel.html',
  styleUrl: './matching-panel.scss',
})
export class MatchingPanel {
  readonly request = input.required<MentoringRequestDetailDto>();
  /** The Fachberatung chooses, proposes and offers; the Leitung only reads. */
  readonly canEdit = input(false);
  /** Proposals were stored or the offer was sent: the request should be read again. */
  readonly changed = output<void>();

  private readonly matching = inject(MatchingApi);
  private readonly offers = inject(OffersApi);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly reload$ = new BehaviorSubject<void>(undefined);

  private readonly requestId = computed(() => this.request().id);
  protected readonly state = toSignal<LoadState<MatchSuggestionsDto>, LoadState<MatchSuggestionsDto>>(
    combineLatest([toObservable(this.requestId), this.reload$]).pipe(switchMap(([id]) => loadState(this.matching.suggestions(id)))),
    { initialValue: LOADING },
  );
  protected readonly result = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.value : null;
  });
  protected readonly maxScore = computed(() => {
    const weights = this.result()?.weights;
    return weights ? Object.values(weights).reduce((sum, weight) => sum + weight, 0) : 0;
  });

  /** Chosen mentor ids (suggested or excluded), in the order chosen. */
  protected readonly chosen = signal<string[]>([]);
  protected readonly chosenNames = computed(() => {
    const result = this.result();
    if (!result) return [];
    const all = [...result.suggestions, ...result.excluded];
    return this.chosen().map((id) => all.find((m) => m.mentorId === id)?.mentorName ?? id);
  });
  protected readonly isSaving = signal(false);

  /** Proposals not yet offered (or answered), best first. */
  protected readonly offerable = computed(() => this.request().proposals.filter((p) => p.response === 'VORGESCHLAGEN').sort((a, b) => a.rank - b.rank));
  protected readonly offerChoice = signal<string[]>([]);
  protected readonly canOffer = computed(() => this.request().status === 'MATCHING');

  constructor() {
    // A new state of the request (after a proposal, an offer, a decline) starts a fresh choice.
    effect(() => {
      this.request();
      untracked(() => {
        this.chosen.set([]);
        this.offerChoice.set([]);
      });
    });
  }

  protected isChosen(mentorId: string): boolean {
    return this.chosen().includes(mentorId);
  }

  protected toggle(mentorId: string, checked: boolean): void {
    this.chosen.update((ids) => (checked ? (ids.includes(mentorId) || ids.length >= MAX_CHOSEN ? ids : [...ids, mentorId]) : ids.filter((id) => id !== mentorId)));
  }

  protected isOfferChosen(proposalId: string): boolean {
    return this.offerChoice().includes(proposalId);
  }

  protected toggleOffer(proposalId: string, checked: boolean): void {
    this.offerChoice.update((ids) => (checked ? (ids.includes(proposalId) || ids.length >= MAX_CHOSEN ? ids : [...ids, proposalId]) : ids.filter((id) => id !== proposalId)));
  }

  protected readonly maxChosen = MAX_CHOSEN;

  protected retry(): void {
    this.reload$.next();
  }

  protected async propose(): Promise<void> {
    const result = this.result();
    const mentorIds = this.chosen();
    if (!result || mentorIds.length === 0) return;
    const overruled = result.excluded.filter((m) => mentorIds.includes(m.mentorId));
    let overrideReason: string | null = null;
    if (overruled.length) {
      const reason = await this.askReason({
        title: overruled.length === 1 ? 'Ausgeschlossene Mentor:in vorschlagen?' : 'Ausgeschlossene Mentor:innen vorschlagen?',
        message:
          overruled.map((m) => `${m.mentorName}: ${m.reasons.join('; ')}`).join('\n') +
          '\n\nDie Begründung wird beim Vorschlag gespeichert und ist im Verlauf nachvollziehbar.',
        label: 'Begründung für die Ausnahme',
        confirmLabel: 'Vorschlagen',
        maxLength: 1000,
      });
      if (!reason) return;
      overrideReason = reason;
    }
    this.isSaving.set(true);
    try {
      const stored = await firstValueFrom(this.matching.propose(this.request().id, overrideReason ? { mentorIds, overrideReason } : { mentorIds }));
      this.snackBar.open(stored.length === 1 ? 'Vorschlag gespeichert.' : `${stored.length} Vorschläge gespeichert.`);
      this.chosen.set([]);
      this.reload$.next();
      this.changed.emit();
    } catch (error) {
      this.snackBar.open(toApiError(error).message, 'Schließen', { politeness: 'assertive' });
    } finally {
      this.isSaving.set(false);
    }
  }

  protected async offer(): Promise<void> {
    const request = this.request();
    const ids = this.offerChoice();
    const chosen = this.offerable().filter((p) => ids.includes(p.id));
    if (chosen.length === 0) return;
    const names = chosen.map((p) => p.mentorName).join(' und ');
    const isConfirmed = await this.confirm.confirm({
      title: 'Anfrage anbieten?',
      message:
        chosen.length === 1
          ? `Die Anfrage wird ${names} angeboten. ${names} erhält eine Nachricht und sieht das Bündnis erst nach der Zusage.`
          : `Die Anfrage wird ${names} als Tandem angeboten. Beide erhalten eine Nachricht; zugewiesen ist die Anfrage erst, wenn beide zugesagt haben.`,
      confirmLabel: 'Anbieten',
    });
    if (!isConfirmed) return;
    this.isSaving.set(true);
    try {
      await firstValueFrom(this.offers.send(request.id, chosen.map((p) => p.id), request.version));
      this.snackBar.open(`Anfrage angeboten: ${names}.`);
      this.offerChoice.set([]);
      this.changed.emit();
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.changed.emit();
      } else {
        this.snackBar.open(apiError.message, 'Schließen', { politeness: 'assertive' });
      }
    } finally {
      this.isSaving.set(false);
    }
  }

  private async askReason(data: ReasonDialogData): Promise<string | undefined> {
    const ref = this.dialog.open<ReasonDialog, ReasonDialogData, string>(ReasonDialog, { data, width: '520px' });
    return firstValueFrom(ref.afterClosed());
  }
}
