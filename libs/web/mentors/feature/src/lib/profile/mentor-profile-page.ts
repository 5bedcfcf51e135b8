import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatChip, MatChipSet } from '@angular/material/chips';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MENTOR_STATUS_LABELS, SPECIALTY_LEVEL_LABELS, type MentorDetailDto, type MentorGalleryItemDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MentorLookups, MentorsApi } from '@bn/web/mentors/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { MentorCard, MentorCardModel } from '../gallery/mentor-card';
import { MENTOR_STATUS_TONES, mentorName, modesText } from '../shared/mentor-display';
import { AbsencesSection } from './absences-section';
import { AvailabilityForm } from './availability-form';

type ProfileView =
  | { kind: 'loading' }
  | { kind: 'profile'; mentor: MentorDetailDto }
  /** Coordinators (and other mentors) may see only the public gallery entry. */
  | { kind: 'gallery'; entry: MentorGalleryItemDto }
  | { kind: 'missing'; status: number };

/** The gallery holds a few dozen mentors; one page of this size finds an entry by id. */
const GALLERY_LOOKUP_PAGE_SIZE = '100';

/**
 * A mentor's profile (Fachberatung, Leitung, the mentor themself). The mentor keeps availability,
 * capacity, gallery text and absences here; others who may not read the profile see the gallery entry.
 */
@Component({
  selector: 'bn-mentor-profile-page',
  imports: [
    RouterLink, DatePipe, PageHeader, Loading, MessagePage, StatusChip, MentorCard, AvailabilityForm, AbsencesSection,
    MatAnchor, MatButton, MatIcon, MatChipSet, MatChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentor-profile-page.html',
  styleUrl: './mentor-profile-page.scss',
})
export class MentorProfilePage implements HasUnsavedChanges {
  private readonly api = inject(MentorsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly session = inject(SessionStore);
  private readonly availabilityForm = viewChild(AvailabilityForm);
  private readonly absencesSection = viewChild(AbsencesSection);

  protected readonly laender = toSignal(inject(MentorLookups).laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly landNames = computed(() => new Map(this.laender().map((land) => [land.code, land.name])));
  protected readonly statusLabels = MENTOR_STATUS_LABELS;
  protected readonly statusTones = MENTOR_STATUS_TONES;
  protected readonly levelLabels = SPECIALTY_LEVEL_LABELS;
  protected readonly modesText = modesText;

  protected readonly view = signal<ProfileView>({ kind: 'loading' });
  protected readonly isEditingAvailability = signal(false);
  protected readonly mentor = computed(() => {
    const view = this.view();
    return view.kind === 'profile' ? view.mentor : null;
  });
  protected readonly name = computed(() => {
    const view = this.view();
    if (view.kind === 'profile') return mentorName(view.mentor.person);
    if (view.kind === 'gallery') return mentorName(view.entry);
    return 'Mentor:in';
  });
  protected readonly isStaff = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly isOwn = computed(() => {
    const mentor = this.mentor();
    return !!mentor && this.session.role() === 'MENTOR' && this.session.user()?.mentorProfileId === mentor.id;
  });
  /** The availability route allows Fachberatung, Leitung and the mentor on their own profile. */
  protected readonly canKeepAvailability = computed(() => !!this.mentor() && !this.mentor()?.archivedAt && (this.isStaff() || this.isOwn()));
  protected readonly breadcrumbs = computed(() => [{ label: 'Mentor:innen', link: '/mentorinnen' }, { label: this.isOwn() ? 'Mein Profil' : this.name() }]);
  protected readonly galleryCard = computed<MentorCardModel | null>(() => {
    const view = this.view();
    if (view.kind !== 'gallery') return null;
    const landName = (code: string | null) => (code ? (this.landNames().get(code) ?? code) : null);
    const entry = view.entry;
    return {
      id: entry.id, name: mentorName(entry), specialties: entry.specialties, homeLand: landName(entry.homeLandCode),
      regions: entry.regionLandCodes.map((code) => landName(code) ?? code), modes: entry.modes, galleryText: entry.galleryText,
      status: null, capacityPerQuarter: null, isAbsent: null, canOpen: false, isOwn: false,
    };
  });

  constructor() {
    this.route.paramMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      this.isEditingAvailability.set(false);
      void this.load(params.get('id') ?? '');
    });
  }

  hasUnsavedChanges(): boolean {
    return (this.isEditingAvailability() && !!this.availabilityForm()?.hasUnsavedChanges()) || !!this.absencesSection()?.hasUnsavedChanges();
  }

  protected async reload(): Promise<void> {
    const mentor = this.mentor();
    if (mentor) await this.load(mentor.id, true);
  }

  protected async afterAvailabilitySaved(): Promise<void> {
    this.isEditingAvailability.set(false);
    await this.reload();
  }

  protected async archive(): Promise<void> {
    const mentor = this.mentor();
    if (!mentor) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Mentorprofil archivieren',
      message: `Soll das Mentorprofil von ${this.name()} archiviert werden? Es erscheint dann nicht mehr in der Galerie und beim Matching.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.archive(mentor.id, mentor.version));
      this.snackBar.open('Mentorprofil archiviert.');
      await this.router.navigate(['/mentorinnen']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.load(mentor.id, true);
      } else {
        this.snackBar.open(apiError.message);
      }
    }
  }

  protected topicsText(mentor: MentorDetailDto): string {
    return mentor.topics.map((topic) => topic.name).join(', ');
  }

  protected regionsText(mentor: MentorDetailDto): string {
    return mentor.regions.map((region) => region.name).join(', ');
  }

  protected landName(code: string | null): string {
    return code ? (this.landNames().get(code) ?? code) : '–';
  }

  private async load(id: string, quietly = false): Promise<void> {
    if (!quietly) this.view.set({ kind: 'loading' });
    try {
      this.view.set({ kind: 'profile', mentor: await firstValueFrom(this.api.get(id)) });
    } catch (error) {
      const status = toApiError(error).status;
      this.view.set(status === 403 || status === 404 ? await this.galleryEntry(id, status) : { kind: 'missing', status });
    }
  }

  /** Who may not read the profile (403 for coordinators, 404 for other mentors) sees its public gallery entry, if any. */
  private async galleryEntry(id: string, status: number): Promise<ProfileView> {
    try {
      const page = await firstValueFrom(this.api.gallery({ page: '1', pageSize: GALLERY_LOOKUP_PAGE_SIZE }));
      const entry = page.items.find((item) => item.id === id);
      return entry ? { kind: 'gallery', entry } : { kind: 'missing', status };
    } catch {
      return { kind: 'missing', status };
    }
  }
}
