import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MentoringRequestDetailDto } from '@bn/shared/contracts';
import {
  DESIRED_MODE_LABELS,
  DESIRED_MODES,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
  REQUEST_OCCASION_LABELS,
  REQUEST_OCCASIONS,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AllianceOption, MentoringLookups, MentoringRequestsApi } from '@bn/web/mentoring/data-access';
import { Breadcrumb, ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader, RecordOption, RecordPicker } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { Observable, Subject, catchError, debounceTime, distinctUntilChanged, firstValueFrom, map, of, startWith, switchMap, tap } from 'rxjs';
import { KeptRequestFields, createBody, createRequestForm, fillRequestForm, updateBody, useRequesterSource } from './request-form';

const NOTHING_KEPT: KeptRequestFields = { requesterId: null, predecessorId: null, relatedEventId: null };

/**
 * Record a request (Fachberatung for any alliance, coordinators for their own) or edit one
 * (Fachberatung). The status is not part of the form: it changes only through the workflow. The
 * Fachberatung may record the request of an interested party without an alliance record (issue 5,
 * "Workflow"): the API then creates that alliance as INTERESSENT together with the request.
 */
@Component({
  selector: 'bn-request-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatInput,
    MatSelect,
    MatOption,
    MatRadioGroup,
    MatRadioButton,
    RecordPicker,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatButton,
    PageHeader,
    Loading,
    MessagePage,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-form-page.html',
  styleUrl: '../shared/form-page.scss',
})
export class RequestFormPage implements HasUnsavedChanges {
  private readonly api = inject(MentoringRequestsApi);
  private readonly lookups = inject(MentoringLookups);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  /** The id of the request being edited; null when recording a new one. */
  protected readonly requestId = inject(ActivatedRoute).snapshot.paramMap.get('id');
  protected readonly form = createRequestForm();
  protected readonly isStaff = computed(() => this.session.hasRole('FACHBERATUNG'));
  /** Only a new request of the Fachberatung may bring its alliance along. */
  protected readonly canRecordNewAlliance = computed(() => this.isStaff() && !this.requestId);
  protected readonly requesterSource = toSignal(this.form.controls.requesterSource.valueChanges, {
    initialValue: this.form.controls.requesterSource.value,
  });
  protected readonly loaded = signal<MentoringRequestDetailDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly isBusy = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly today = new Date();

  protected readonly title = this.requestId ? 'Anfrage bearbeiten' : 'Neue Anfrage';
  protected readonly breadcrumbs = computed<Breadcrumb[]>(() => {
    const request = this.loaded();
    return this.requestId
      ? [{ label: 'Anfragen', link: '/anfragen' }, { label: request ? request.alliance.name : 'Anfrage', link: ['/anfragen', this.requestId] }, { label: 'Bearbeiten' }]
      : [{ label: 'Anfragen', link: '/anfragen' }, { label: 'Neue Anfrage' }];
  });

  /** Coordinators choose among their own alliances (the API lists only those for them). */
  protected readonly ownAlliances = toSignal(
    this.isStaff()
      ? of<AllianceOption[]>([])
      : this.lookups.visibleAlliances().pipe(
          map((options) => options.filter((o) => (this.session.user()?.allianceIds ?? []).includes(o.id))),
          tap((options) => this.preselectSingle(options)),
          catchError(() => of<AllianceOption[]>([])),
        ),
    { initialValue: [] },
  );
  /** What the Fachberatung types into the alliance field (the control itself holds only a picked option). */
  private readonly allianceQuery = new Subject<string>();
  /** The Fachberatung searches any alliance by name. */
  protected readonly allianceOptions = toSignal(
    this.allianceQuery.pipe(
      debounceTime(250),
      map((value) => value.trim()),
      distinctUntilChanged(),
      switchMap((q) => (q.length < 2 ? of<AllianceOption[]>([]) : this.lookups.searchAlliances(q).pipe(catchError(() => of<AllianceOption[]>([]))))),
      startWith<AllianceOption[]>([]),
    ),
    { initialValue: [] },
  );
  /** The Gemeinde of a new interested party; the API derives Kreis and Land from it. */
  protected readonly searchGemeinden = (q: string): Observable<RecordOption[]> =>
    this.lookups.searchGemeinden(q).pipe(map((list) => list.map((g) => ({ id: g.ags, label: g.label }))));
  protected readonly fachgebiete = toSignal(this.lookups.fachgebiete$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly handlungsfelder = toSignal(this.lookups.handlungsfelder$.pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly channels = REQUEST_CHANNELS;
  protected readonly channelLabels = REQUEST_CHANNEL_LABELS;
  protected readonly occasions = REQUEST_OCCASIONS;
  protected readonly occasionLabels = REQUEST_OCCASION_LABELS;
  protected readonly modes = DESIRED_MODES;
  protected readonly modeLabels = DESIRED_MODE_LABELS;
  private isSaved = false;

  constructor() {
    this.form.controls.requesterSource.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((source) => useRequesterSource(this.form, source));
    if (this.requestId) void this.load(this.requestId);
    else if (!this.isStaff()) this.form.controls.channel.setValue('WEBFORMULAR');
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.isSaved;
  }

  protected searchAlliances(event: Event): void {
    this.allianceQuery.next((event.target as HTMLInputElement).value);
  }

  protected displayAlliance(value: AllianceOption | string | null): string {
    return typeof value === 'string' ? value : (value?.name ?? '');
  }

  protected compareAlliances(a: AllianceOption | string | null, b: AllianceOption | string | null): boolean {
    return typeof a === 'object' && typeof b === 'object' ? a?.id === b?.id : a === b;
  }

  protected async save(): Promise<void> {
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const current = this.loaded();
    const kept: KeptRequestFields = current
      ? { requesterId: current.requesterId, predecessorId: current.predecessorId, relatedEventId: current.relatedEventId }
      : NOTHING_KEPT;
    this.isBusy.set(true);
    try {
      const saved = current
        ? await firstValueFrom(this.api.update(current.id, updateBody(this.form, kept, current.version)))
        : await firstValueFrom(this.api.create(createBody(this.form, kept)));
      this.isSaved = true;
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/anfragen', saved.id]);
    } catch (error) {
      await this.showSaveError(error);
    } finally {
      this.isBusy.set(false);
    }
  }

  private async showSaveError(error: unknown): Promise<void> {
    const apiError = toApiError(error);
    if (isConflict(apiError)) {
      if (this.requestId && (await this.confirm.confirmReloadAfterConflict())) await this.load(this.requestId);
      return;
    }
    const unmatched = applyServerErrors(this.form, apiError);
    this.formErrors.set(Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
  }

  private async load(id: string): Promise<void> {
    try {
      const request = await firstValueFrom(this.api.get(id));
      this.loaded.set(request);
      fillRequestForm(this.form, request);
      this.loadError.set(null);
    } catch (error) {
      this.loadError.set(toApiError(error).message);
    }
  }

  /** A coordinator of a single alliance records requests for it: no choice to make. */
  private preselectSingle(options: AllianceOption[]): void {
    const [only] = options;
    if (options.length === 1 && only && !this.requestId && this.form.controls.allianceId.value === null) {
      this.form.controls.allianceId.setValue(only);
    }
  }
}
