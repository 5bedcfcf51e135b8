import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  ACTOR_TYPE_LABELS,
  COMPANY_SIZE_LABELS,
  PARTNER_ROLE_LABELS,
  SECTOR_LABELS,
  type OrganisationDetailDto,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { OrganisationsApi, ReferenceGeographyApi } from '@bn/web/organisations/data-access';
import { ConfirmService, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, LabelPipe, isConflict, toApiError } from '@bn/web/util';
import { Subject, catchError, combineLatest, firstValueFrom, map, of, startWith, switchMap } from 'rxjs';
import { legalFormSuffix } from '../organisation-format';
import { OrganisationPersons } from './organisation-persons';

const ROLE_LABELS: Readonly<Record<string, string>> = PARTNER_ROLE_LABELS;

interface DetailState {
  organisation: OrganisationDetailDto | null;
  isLoading: boolean;
  error: ApiError | null;
}

/** `/organisationen/:id`: all fields, the address, the alliances it is a partner of, and its contacts. */
@Component({
  selector: 'bn-organisation-detail-page',
  imports: [
    RouterLink, DatePipe, MatTableModule, MatAnchor, MatButton, MatIcon, PageHeader, Loading, MessagePage, StatusChip,
    LabelPipe, OrganisationPersons,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-detail-page.html',
  styleUrl: './organisation-detail-page.scss',
})
export class OrganisationDetailPage {
  private readonly api = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly reloads = new Subject<void>();

  /** Route parameter `:id`. */
  readonly id = input.required<string>();

  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly actorTypeLabels = ACTOR_TYPE_LABELS;
  protected readonly companySizeLabels = COMPANY_SIZE_LABELS;
  protected readonly partnershipColumns = ['alliance', 'roles', 'since', 'until'];

  protected readonly state = signal<DetailState>({ organisation: null, isLoading: true, error: null });
  protected readonly organisation = computed(() => this.state().organisation);
  /** The alliances it is a partner of, with the German labels of its roles there. */
  protected readonly partnerships = computed(() =>
    (this.organisation()?.partnerships ?? []).map((partnership) => ({
      ...partnership,
      roleLabels: partnership.roles.map((role) => ROLE_LABELS[role] ?? role).join(', ') || '–',
    })),
  );
  /** Shown under the name unless the name already ends with it. */
  protected readonly legalForm = computed(() => {
    const org = this.organisation();
    return org ? legalFormSuffix(org.name, org.legalForm) : null;
  });
  protected readonly isArchived = computed(() => !!this.organisation()?.archivedAt);
  protected readonly canEdit = computed(() => this.session.hasRole('FACHBERATUNG', 'KOORDINATION') && !this.isArchived());
  protected readonly canArchive = computed(() => this.session.hasRole('FACHBERATUNG') && !this.isArchived());
  protected readonly isBusy = signal(false);

  private readonly laender = toSignal(inject(ReferenceGeographyApi).laender().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly landName = computed(() => {
    const code = this.organisation()?.landCode;
    return code ? (this.laender().find((land) => land.code === code)?.name ?? null) : null;
  });
  protected readonly breadcrumbs = computed(() => [
    { label: 'Organisationen', link: '/organisationen' },
    { label: this.organisation()?.name ?? 'Organisation' },
  ]);

  constructor() {
    combineLatest([toObservable(this.id), this.reloads.pipe(startWith(null))])
      .pipe(
        switchMap(([id]) => {
          this.state.update((s) => ({ ...s, isLoading: true, error: null }));
          return this.api.get(id).pipe(
            map((organisation): DetailState => ({ organisation, isLoading: false, error: null })),
            catchError((error: unknown) => of<DetailState>({ organisation: null, isLoading: false, error: toApiError(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloads.next();
  }

  /** Archives after confirmation (Fachberatung only); a 409 offers to reload the current state. */
  protected async archive(): Promise<void> {
    const organisation = this.organisation();
    if (!organisation) return;
    const isConfirmed = await this.confirm.confirm({
      title: 'Organisation archivieren?',
      message: `„${organisation.name}“ wird archiviert und erscheint danach nicht mehr in Listen und Auswahlfeldern. Bestehende Partnerschaften bleiben in der Historie erhalten.`,
      confirmLabel: 'Archivieren',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    this.isBusy.set(true);
    try {
      await firstValueFrom(this.api.archive(organisation.id, organisation.version));
      this.snackBar.open('Die Organisation wurde archiviert.');
      await this.router.navigate(['/organisationen']);
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.reload();
      } else {
        this.snackBar.open(apiError.message, 'Schließen');
      }
    } finally {
      this.isBusy.set(false);
    }
  }
}
