import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  DEPLOYMENT_STATUS_LABELS,
  DEPLOYMENT_TYPE_LABELS,
  EVENT_FORMAT_LABELS,
  EVENT_ORGANISER_LABELS,
  EVENT_TYPE_LABELS,
  MODE_LABELS,
  type EventDetailDto,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { EventsApi } from '@bn/web/events/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { LabelPipe, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { canEditEvent } from '../shared/event-permissions';
import { FollowUpSection } from './follow-up-section';
import { ParticipantsSection } from './participants-section';
import { SpeakersSection } from './speakers-section';

/** A Veranstaltung: its fields, participants with attendance, speakers, Nachlese and linked deployments. */
@Component({
  selector: 'bn-event-detail-page',
  imports: [
    RouterLink, DatePipe, DecimalPipe, LabelPipe, PageHeader, Loading, MessagePage, StatusChip, MatAnchor, MatButton, MatIcon,
    ParticipantsSection, SpeakersSection, FollowUpSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-detail-page.html',
  styleUrl: './event-detail-page.scss',
})
export class EventDetailPage implements HasUnsavedChanges {
  private readonly api = inject(EventsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);
  private readonly followUp = viewChild(FollowUpSection);

  protected readonly labels = {
    type: EVENT_TYPE_LABELS,
    organiser: EVENT_ORGANISER_LABELS,
    format: EVENT_FORMAT_LABELS,
    deploymentType: DEPLOYMENT_TYPE_LABELS,
    deploymentStatus: DEPLOYMENT_STATUS_LABELS,
    mode: MODE_LABELS,
  };
  protected readonly event = signal<EventDetailDto | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<number | null>(null);
  protected readonly canEdit = computed(() => {
    const event = this.event();
    return !!event && !event.archivedAt && canEditEvent(this.session.user(), event);
  });
  protected readonly isMentor = computed(() => this.session.role() === 'MENTOR');
  protected readonly breadcrumbs = computed(() => [
    { label: 'Veranstaltungen', link: '/veranstaltungen' },
    { label: this.event()?.title ?? 'Veranstaltung' },
  ]);

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe((params) => void this.load(params.get('id') ?? ''));
  }

  hasUnsavedChanges(): boolean {
    return this.followUp()?.hasUnsavedChanges() ?? false;
  }

  protected placeOf(event: EventDetailDto): string {
    return [event.venue, event.gemeindeName].filter((part): part is string => !!part).join(', ') || '–';
  }

  protected async reload(): Promise<void> {
    const event = this.event();
    if (event) await this.load(event.id, true);
  }

  protected async archive(): Promise<void> {
    const event = this.event();
    if (!event) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Veranstaltung archivieren',
      message: `Soll „${event.title}“ archiviert werden? Sie erscheint dann nicht mehr in Listen und im Kalender.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.archive(event.id, event.version));
      this.snackBar.open('Veranstaltung archiviert.');
      await this.router.navigate(['/veranstaltungen']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.load(event.id, true);
      } else {
        this.snackBar.open(apiError.message);
      }
    }
  }

  /** `quietly`: keep the page on screen while reloading (after a change), no progress bar flash. */
  private async load(id: string, quietly = false): Promise<void> {
    if (!quietly) this.loading.set(true);
    try {
      this.event.set(await firstValueFrom(this.api.get(id)));
      this.failure.set(null);
    } catch (error) {
      this.failure.set(toApiError(error).status);
    } finally {
      this.loading.set(false);
    }
  }
}
