import { ChangeDetectionStrategy, Component, DestroyRef, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AllianceDetailDto, GemeindeDto } from '@bn/shared/contracts';
import {
  ALLIANCE_INITIAL_STATUSES,
  ALLIANCE_STATUS_LABELS,
  BODY_TYPE_LABELS,
  BODY_TYPES,
  ORG_FORM_LABELS,
  ORG_FORMS,
  TERRITORIAL_LEVEL_LABELS,
  TERRITORIAL_LEVELS,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AlliancesApi, OrganisationLookup, ReferenceApi } from '@bn/web/alliances/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader, RecordOption, RecordPicker } from '@bn/web/ui';
import { ApiError, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { Observable, catchError, distinctUntilChanged, firstValueFrom, map, merge, of, startWith, switchMap } from 'rxjs';
import { AllianceFieldErrorPipe } from './alliance-field-error.pipe';
import { buildAllianceForm, buildBodyForm, geographyKind, toAllianceFields, toFormValue } from './alliance-form-model';
import { picked } from './alliance-form-validators';
import { CoveredGemeindenField } from './covered-gemeinden-field';

/** Roles whose answers and saves include the internal notes. */
const SERVICE_OFFICE = ['FACHBERATUNG', 'LEITUNG'] as const;

/** Create ("Neues Bündnis", Fachberatung/Leitung) and edit (also coordinators, own alliances) in one form. */
@Component({
  selector: 'bn-alliance-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatIconButton,
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatSuffix,
    MatIcon,
    MatInput,
    MatSelect,
    MatOption,
    PageHeader,
    Loading,
    MessagePage,
    AllianceFieldErrorPipe,
    RecordPicker,
    CoveredGemeindenField,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alliance-form-page.html',
  styleUrl: './alliance-form-page.scss',
})
export class AllianceFormPage implements HasUnsavedChanges {
  private readonly api = inject(AlliancesApi);
  private readonly reference = inject(ReferenceApi);
  private readonly organisations = inject(OrganisationLookup);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  /** The alliance being edited; null when creating. */
  protected readonly allianceId = this.route.snapshot.paramMap.get('id');
  protected readonly isEdit = this.allianceId !== null;
  protected readonly alliance = signal<AllianceDetailDto | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly isSaving = signal(false);
  protected readonly alerts = signal<string[]>([]);
  private isSaved = false;

  protected readonly form = buildAllianceForm(this.fb);
  protected readonly showInternalNotes = this.session.hasRole(...SERVICE_OFFICE);
  protected readonly today = new Date();
  protected readonly foundingMin = new Date(1990, 0, 1);
  protected readonly foundingMax = new Date(2100, 11, 31);
  protected readonly sensitiveHint = 'Bitte keine sensiblen personenbezogenen Daten eintragen.';

  protected readonly initialStatuses = ALLIANCE_INITIAL_STATUSES;
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly levels = TERRITORIAL_LEVELS;
  protected readonly levelLabels = TERRITORIAL_LEVEL_LABELS;
  protected readonly orgForms = ORG_FORMS;
  protected readonly orgFormLabels = ORG_FORM_LABELS;
  protected readonly bodyTypes = BODY_TYPES;
  protected readonly bodyTypeLabels = BODY_TYPE_LABELS;

  protected readonly laender = toSignal(this.reference.laender().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly handlungsfelder = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly zielgruppen = toSignal(this.reference.zielgruppen().pipe(catchError(() => of([]))), { initialValue: [] });
  /** Kreise of the chosen Land, loaded only while the level asks for a Kreis. */
  protected readonly kreise = toSignal(
    merge(this.form.controls.kreisLand.valueChanges, this.form.controls.territorialLevel.valueChanges).pipe(
      startWith(null),
      map(() => (geographyKind(this.form.controls.territorialLevel.value) === 'kreis' ? this.form.controls.kreisLand.value : '')),
      distinctUntilChanged(),
      switchMap((land) => (land ? this.reference.kreiseOf(land).pipe(catchError(() => of([]))) : of([]))),
    ),
    { initialValue: [] },
  );
  private readonly level = toSignal(this.form.controls.territorialLevel.valueChanges, { initialValue: this.form.controls.territorialLevel.value });
  protected readonly geography = computed(() => geographyKind(this.level()));
  private readonly selectedHandlungsfelder = toSignal(this.form.controls.handlungsfeldIds.valueChanges, { initialValue: [] as string[] });
  protected readonly mainCandidates = computed(() => this.handlungsfelder().filter((hf) => this.selectedHandlungsfelder().includes(hf.id)));

  protected readonly title = this.isEdit ? 'Bündnis bearbeiten' : 'Neues Bündnis';
  protected readonly breadcrumbs = computed(() => {
    const a = this.alliance();
    return this.isEdit
      ? [{ label: 'Bündnisse', link: '/buendnisse' }, { label: a?.name ?? 'Bündnis', link: ['/buendnisse', this.allianceId] }, { label: 'Bearbeiten' }]
      : [{ label: 'Bündnisse', link: '/buendnisse' }, { label: 'Neues Bündnis' }];
  });

  protected readonly searchGemeinden = (q: string): Observable<RecordOption[]> =>
    this.reference.searchGemeinden(q).pipe(map((list: GemeindeDto[]) => list.map((g) => ({ id: g.ags, label: g.label }))));
  protected readonly searchOrganisations = (q: string): Observable<RecordOption[]> =>
    this.organisations.search(q).pipe(map((list) => list.map((o) => ({ id: o.id, label: o.city ? `${o.name} (${o.city})` : o.name }))));

  constructor() {
    const controls = this.form.controls;
    controls.territorialLevel.valueChanges
      .pipe(startWith(controls.territorialLevel.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((level) => this.requirePlaceFor(geographyKind(level)));
    controls.kreisLand.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => controls.kreisAgs.setValue(''));
    controls.handlungsfeldIds.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((ids) => {
      if (controls.mainHandlungsfeldId.value && !ids.includes(controls.mainHandlungsfeldId.value)) controls.mainHandlungsfeldId.setValue('');
    });
    if (this.isEdit) this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.isSaved;
  }

  protected addBody(): void {
    this.form.controls.bodies.push(buildBodyForm(this.fb));
    this.form.controls.bodies.markAsDirty();
  }

  protected removeBody(index: number): void {
    this.form.controls.bodies.removeAt(index);
    this.form.controls.bodies.markAsDirty();
  }

  protected confirmProfileToday(): void {
    this.form.controls.profileConfirmedOn.setValue(new Date());
    this.form.controls.profileConfirmedOn.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.alerts.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.alerts.set(['Bitte prüfen Sie die markierten Felder.']);
      this.focusFirstInvalid();
      return;
    }
    this.isSaving.set(true);
    const fields = toAllianceFields(this.form.getRawValue(), this.showInternalNotes);
    const current = this.alliance();
    try {
      const saved = current
        ? await firstValueFrom(this.api.update(current.id, { ...fields, version: current.version }))
        : await firstValueFrom(this.api.create({ ...fields, status: this.form.controls.status.value }));
      this.isSaved = true;
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.', 'OK');
      await this.router.navigate(['/buendnisse', saved.id]);
    } catch (error) {
      await this.handleSaveError(toApiError(error));
    } finally {
      this.isSaving.set(false);
    }
  }

  protected load(): void {
    if (!this.allianceId) return;
    this.api
      .get(this.allianceId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (alliance) => this.fill(alliance),
        error: (error: unknown) => this.loadError.set(toApiError(error)),
      });
  }

  private fill(alliance: AllianceDetailDto): void {
    const bodies = this.form.controls.bodies;
    bodies.clear({ emitEvent: false });
    for (const body of alliance.bodies) bodies.push(buildBodyForm(this.fb, body), { emitEvent: false });
    this.form.reset({ ...toFormValue(alliance), bodies: bodies.getRawValue() });
    this.alliance.set(alliance);
    this.loadError.set(null);
  }

  private async handleSaveError(error: ApiError): Promise<void> {
    if (isConflict(error)) {
      this.alerts.set([error.message]);
      if (await this.confirm.confirmReloadAfterConflict()) {
        this.alerts.set([]);
        this.load();
      }
      return;
    }
    const unmatched = applyServerErrors(this.form, error);
    const hasFieldErrors = Object.keys(error.fields).length > 0;
    this.alerts.set(hasFieldErrors ? unmatched : [error.message]);
    if (hasFieldErrors) this.focusFirstInvalid();
  }

  /** The level decides which place key is required: Gemeinde, Kreis or Land. */
  private requirePlaceFor(kind: ReturnType<typeof geographyKind>): void {
    const { gemeindeAgs, kreisLand, kreisAgs, landCode } = this.form.controls;
    const set = (control: { setValidators(v: ValidatorFn[]): void; updateValueAndValidity(): void }, validators: ValidatorFn[]) => {
      control.setValidators(validators);
      control.updateValueAndValidity();
    };
    set(gemeindeAgs, kind === 'gemeinde' ? [picked] : []);
    set(kreisLand, kind === 'kreis' ? [Validators.required] : []);
    set(kreisAgs, kind === 'kreis' ? [Validators.required] : []);
    set(landCode, kind === 'land' ? [Validators.required] : []);
  }

  private focusFirstInvalid(): void {
    setTimeout(() => {
      const invalid = this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid');
      invalid?.focus();
    });
  }
}
