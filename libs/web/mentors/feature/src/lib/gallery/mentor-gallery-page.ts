import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MentorGalleryItemDto, MentorListItemDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { MentorLookups, MentorsApi } from '@bn/web/mentors/data-access';
import { EmptyState, Loading, PageHeader } from '@bn/web/ui';
import { PAGE_SIZE_OPTIONS, toApiError } from '@bn/web/util';
import { Observable, catchError, debounceTime, map, of, switchMap, tap } from 'rxjs';
import { MENTOR_STATUS_OPTIONS, MODE_OPTIONS, mentorName } from '../shared/mentor-display';
import { MentorCard, MentorCardModel } from './mentor-card';
import { MentorsPageState, MentorsView, mentorsApiParams, readMentorsPageState, toMentorsQueryParams } from './gallery-query';

interface Loaded {
  items: (MentorGalleryItemDto | MentorListItemDto)[];
  total: number;
  error: string | null;
}

/**
 * Mentor:innen: the gallery as cards with filters (Fachgebiet, Land, mode, search) kept in the URL.
 * Fachberatung and Leitung also see all profiles with status and availability; a mentor finds a
 * prominent link to their own profile.
 */
@Component({
  selector: 'bn-mentor-gallery-page',
  imports: [
    ReactiveFormsModule, RouterLink, DecimalPipe, PageHeader, EmptyState, Loading, MentorCard, MatAnchor, MatButton, MatIcon,
    MatButtonToggleGroup, MatButtonToggle, MatFormField, MatLabel, MatSuffix, MatInput, MatSelect, MatOption, MatPaginator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentor-gallery-page.html',
  styleUrl: './mentor-gallery-page.scss',
})
export class MentorGalleryPage {
  private readonly api = inject(MentorsApi);
  private readonly lookups = inject(MentorLookups);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly isStaff = computed(() => this.session.hasRole('FACHBERATUNG', 'LEITUNG'));
  protected readonly ownProfileId = computed(() => (this.session.role() === 'MENTOR' ? (this.session.user()?.mentorProfileId ?? null) : null));
  protected readonly laender = toSignal(this.lookups.laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly fachgebiete = toSignal(this.lookups.fachgebiete$.pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly landNames = computed(() => new Map(this.laender().map((land) => [land.code, land.name])));
  protected readonly modeOptions = MODE_OPTIONS;
  protected readonly statusOptions = MENTOR_STATUS_OPTIONS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly state = signal<MentorsPageState>(readMentorsPageState(this.route.snapshot.queryParamMap, this.isStaff()));
  protected readonly view = computed(() => this.state().view);
  protected readonly hasFilters = computed(() => Object.keys(this.state().query.filters).length > 0);
  protected readonly loading = signal(true);
  private readonly result = signal<Loaded>({ items: [], total: 0, error: null });
  protected readonly total = computed(() => this.result().total);
  protected readonly error = computed(() => this.result().error);
  protected readonly cards = computed(() => this.result().items.map((item) => this.toCard(item)));

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    q: [''],
    fachgebietCode: [''],
    landCode: [''],
    mode: [''],
    status: [''],
    available: [''],
  });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => readMentorsPageState(params, this.isStaff())),
        tap((state) => {
          this.state.set(state);
          this.showFilters(state);
          this.loading.set(true);
        }),
        switchMap((state) => this.load(state)),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.result.set(loaded);
        this.loading.set(false);
      });
    this.filters.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => this.applyFilters());
  }

  protected switchView(view: MentorsView): void {
    this.navigate({ view, query: { ...this.state().query, page: 1, filters: this.sharedFilters() } });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.state(), query: { ...this.state().query, page: event.pageIndex + 1, pageSize: event.pageSize } });
  }

  protected resetFilters(): void {
    this.navigate({ ...this.state(), query: { ...this.state().query, page: 1, filters: {} } });
  }

  private sharedFilters(): Record<string, string> {
    const shared = { ...this.state().query.filters };
    delete shared['status'];
    delete shared['available'];
    return shared;
  }

  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const candidates: Record<string, string> = {
      q: value.q.trim(),
      fachgebietCode: value.fachgebietCode,
      landCode: value.landCode,
      mode: value.mode,
      ...(this.view() === 'alle' ? { status: value.status, available: value.available } : {}),
    };
    const next = Object.fromEntries(Object.entries(candidates).filter(([, item]) => item !== ''));
    if (JSON.stringify(next) === JSON.stringify(this.state().query.filters)) return;
    this.navigate({ ...this.state(), query: { ...this.state().query, page: 1, filters: next } });
  }

  private showFilters(state: MentorsPageState): void {
    const filters = state.query.filters;
    this.filters.setValue(
      {
        q: filters['q'] ?? '',
        fachgebietCode: filters['fachgebietCode'] ?? '',
        landCode: filters['landCode'] ?? '',
        mode: filters['mode'] ?? '',
        status: filters['status'] ?? '',
        available: filters['available'] ?? '',
      },
      { emitEvent: false },
    );
  }

  private navigate(state: MentorsPageState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toMentorsQueryParams(state) });
  }

  private load(state: MentorsPageState): Observable<Loaded> {
    const params = mentorsApiParams(state);
    const request: Observable<{ items: (MentorGalleryItemDto | MentorListItemDto)[]; total: number }> =
      state.view === 'alle' ? this.api.list(params) : this.api.gallery(params);
    return request.pipe(
      map((page) => ({ items: page.items, total: page.total, error: null })),
      catchError((error: unknown) => of({ items: [], total: 0, error: toApiError(error).message })),
    );
  }

  private toCard(item: MentorGalleryItemDto | MentorListItemDto): MentorCardModel {
    const landName = (code: string | null) => (code ? (this.landNames().get(code) ?? code) : null);
    const isListItem = 'status' in item;
    const ownId = this.ownProfileId();
    return {
      id: item.id,
      name: mentorName({ title: 'title' in item ? item.title : null, firstName: item.firstName, lastName: item.lastName }),
      specialties: item.specialties,
      homeLand: landName(item.homeLandCode),
      regions: item.regionLandCodes.map((code) => landName(code) ?? code),
      modes: item.modes,
      galleryText: 'galleryText' in item ? item.galleryText : null,
      status: isListItem ? item.status : null,
      capacityPerQuarter: isListItem ? item.capacityPerQuarter : null,
      isAbsent: isListItem ? item.isAbsent : null,
      canOpen: this.isStaff() || item.id === ownId,
      isOwn: item.id === ownId,
    };
  }
}
