import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { ACTOR_TYPE_LABELS, COMPANY_SIZE_LABELS, SECTOR_LABELS, type OrganisationDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { OrganisationsApi, ReferenceGeographyApi } from '@bn/web/organisations/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { ApiError, FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { EMPTY, catchError, firstValueFrom, map, switchMap } from 'rxjs';
import { createOrganisationForm, fromOrganisation, isCompany, toOrganisationInput } from './organisation-form';
import { PickOption, displayPick, pickerOptions } from './picker';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** `/organisationen/neu` and `/organisationen/:id/bearbeiten` (Fachberatung and coordinators). */
@Component({
  selector: 'bn-organisation-form-page',
  imports: [
    ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption,
    MatAutocomplete, MatAutocompleteTrigger, MatButton, MatAnchor, PageHeader, Loading, MessagePage, FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-form-page.html',
  styleUrl: './organisation-form-page.scss',
})
export class OrganisationFormPage implements HasUnsavedChanges {
  private readonly api = inject(OrganisationsApi);
  private readonly geography = inject(ReferenceGeographyApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Route parameter `:id`; absent when a new organisation is created. */
  readonly id = input<string>();

  protected readonly form = createOrganisationForm(inject(FormBuilder).nonNullable);
  protected readonly sectorOptions = options(SECTOR_LABELS);
  protected readonly actorTypeOptions = options(ACTOR_TYPE_LABELS);
  protected readonly companySizeOptions = options(COMPANY_SIZE_LABELS);
  protected readonly displayPick = displayPick;

  protected readonly isNew = computed(() => !this.id());
  protected readonly name = signal('');
  protected readonly isLoading = signal(false);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly isSaving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly title = computed(() => (this.isNew() ? 'Neue Organisation' : 'Organisation bearbeiten'));
  protected readonly breadcrumbs = computed(() =>
    this.isNew()
      ? [{ label: 'Organisationen', link: '/organisationen' }, { label: 'Neue Organisation' }]
      : [
          { label: 'Organisationen', link: '/organisationen' },
          { label: this.name() || 'Organisation', link: ['/organisationen', this.id()] },
          { label: 'Bearbeiten' },
        ],
  );

  protected readonly gemeindeOptions = pickerOptions(this.form.controls.gemeindeAgs, (q) =>
    this.geography.gemeinden(q).pipe(map((list) => list.map((g): PickOption => ({ id: g.ags, label: g.label, hint: null })))),
  );
  protected readonly parentOptions = pickerOptions(this.form.controls.parentId, (q) =>
    this.api
      .list({ q, pageSize: '10', sort: 'name' })
      .pipe(
        map((page) =>
          page.items
            .filter((org) => org.id !== this.id())
            .map((org): PickOption => ({ id: org.id, label: org.name, hint: org.city })),
        ),
      ),
  );

  private version = 0;
  private isSaved = false;

  constructor() {
    this.form.controls.actorType.valueChanges.pipe(takeUntilDestroyed()).subscribe((actorType) => this.toggleCompanySize(actorType));
    toObservable(this.id)
      .pipe(
        switchMap((id) => {
          if (!id) return EMPTY;
          this.isLoading.set(true);
          return this.api.get(id).pipe(
            catchError((error: unknown) => {
              this.loadError.set(toApiError(error));
              this.isLoading.set(false);
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((organisation) => {
        this.showOrganisation(organisation.name, organisation.version, fromOrganisation(organisation));
        this.isLoading.set(false);
      });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.isSaved;
  }

  protected async save(): Promise<void> {
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set(['Bitte prüfen Sie die markierten Felder.']);
      this.focusFirstInvalid();
      return;
    }
    const id = this.id();
    const input = toOrganisationInput(this.form.getRawValue());
    this.isSaving.set(true);
    try {
      const saved: OrganisationDto = id
        ? await firstValueFrom(this.api.update(id, { ...input, version: this.version }))
        : await firstValueFrom(this.api.create(input));
      this.isSaved = true;
      this.form.markAsPristine();
      await this.afterSave(saved);
    } catch (error) {
      await this.showSaveError(toApiError(error));
    } finally {
      this.isSaving.set(false);
    }
  }

  private async afterSave(saved: OrganisationDto): Promise<void> {
    const isNewForCoordinator = this.isNew() && this.session.hasRole('KOORDINATION');
    if (!isNewForCoordinator) {
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/organisationen', saved.id]);
      return;
    }
    // A coordinator sees an organisation once it is a partner of an own alliance: that is the next step.
    this.snackBar.open('Gespeichert. Fügen Sie die Organisation jetzt im Bündnis unter „Partner“ hinzu.', 'OK', { duration: 10000 });
    const allianceIds = this.session.user()?.allianceIds ?? [];
    await this.router.navigate(allianceIds.length === 1 ? ['/buendnisse', allianceIds[0]] : ['/buendnisse']);
  }

  private async showSaveError(error: ApiError): Promise<void> {
    if (isConflict(error)) {
      this.formErrors.set([error.message]);
      if (await this.confirm.confirmReloadAfterConflict()) await this.reloadFromServer();
      return;
    }
    const unmatched = applyServerErrors(this.form, error);
    const hasFieldErrors = Object.keys(error.fields).length > unmatched.length;
    this.formErrors.set(
      unmatched.length || !hasFieldErrors ? [...new Set([error.message, ...unmatched])] : ['Bitte prüfen Sie die markierten Felder.'],
    );
    if (hasFieldErrors) this.focusFirstInvalid();
  }

  /** After a 409: the stored state replaces the form (the user enters the changes again). */
  private async reloadFromServer(): Promise<void> {
    const id = this.id();
    if (!id) return;
    try {
      const organisation = await firstValueFrom(this.api.get(id));
      this.showOrganisation(organisation.name, organisation.version, fromOrganisation(organisation));
      this.formErrors.set([]);
      this.snackBar.open('Der aktuelle Stand wurde geladen.');
    } catch (error) {
      this.formErrors.set([toApiError(error).message]);
    }
  }

  private showOrganisation(name: string, version: number, value: ReturnType<typeof fromOrganisation>): void {
    this.name.set(name);
    this.version = version;
    this.toggleCompanySize(value.actorType);
    this.form.reset(value);
  }

  private toggleCompanySize(actorType: string): void {
    const control = this.form.controls.companySize;
    if (isCompany(actorType)) control.enable({ emitEvent: false });
    else {
      control.setValue('', { emitEvent: false });
      control.disable({ emitEvent: false });
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[formControlName].ng-invalid')?.focus());
  }
}
