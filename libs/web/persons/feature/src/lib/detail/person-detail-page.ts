import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { CONTACT_CHANNEL_LABELS, SALUTATION_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { PersonDetailStore, PersonsApi } from '@bn/web/persons/data-access';
import { ConfirmService, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { LabelPipe, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { personDisplayName } from '../shared/person-format';
import { PersonConsentsSection } from './person-consents-section';
import { PersonDialogs } from './person-dialogs';
import { PersonFunctionsSection } from './person-functions-section';
import { PrivacyNoticeSection } from './privacy-notice-section';

/** `/personen/:id`: contact data, the Art. 14 notice, functions and consents. */
@Component({
  selector: 'bn-person-detail-page',
  imports: [
    DatePipe, RouterLink, MatAnchor, MatButton, MatIcon, PageHeader, Loading, MessagePage, StatusChip, LabelPipe,
    PrivacyNoticeSection, PersonFunctionsSection, PersonConsentsSection,
  ],
  providers: [PersonDetailStore, PersonDialogs],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-detail-page.html',
  styleUrl: './person-detail-page.scss',
})
export class PersonDetailPage {
  private readonly store = inject(PersonDetailStore);
  private readonly api = inject(PersonsApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly person = this.store.person;
  protected readonly isLoading = this.store.isLoading;
  protected readonly error = this.store.error;
  protected readonly isBusy = signal(false);
  protected readonly salutationLabels = SALUTATION_LABELS;
  protected readonly channelLabels = CONTACT_CHANNEL_LABELS;

  protected readonly displayName = computed(() => {
    const person = this.person();
    return person ? personDisplayName(person) : 'Person';
  });
  protected readonly isArchived = computed(() => !!this.person()?.archivedAt);
  /** Mirrors the API: Fachberatung and coordinators write persons (in their scope), Leitung reads. */
  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG', 'KOORDINATION'));
  protected readonly canChange = computed(() => this.canEdit() && !this.isArchived());
  protected readonly breadcrumbs = computed(() => [{ label: 'Personen', link: '/personen' }, { label: this.displayName() }]);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
  }

  protected reload(): void {
    void this.store.reload();
  }

  protected async archive(): Promise<void> {
    const person = this.person();
    if (!person) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Person archivieren?',
      message: `${this.displayName()} wird archiviert und erscheint danach nicht mehr in Listen und Auswahlfeldern. Funktionen und Einwilligungen bleiben in der Historie erhalten.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    this.isBusy.set(true);
    try {
      await firstValueFrom(this.api.archive(person.id, person.version));
      this.snackBar.open('Die Person wurde archiviert.');
      await this.router.navigate(['/personen']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.store.reload();
      } else {
        this.snackBar.open(apiError.message, 'Schließen');
      }
    } finally {
      this.isBusy.set(false);
    }
  }
}
