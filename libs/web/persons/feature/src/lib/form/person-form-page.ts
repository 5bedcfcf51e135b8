import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CONTACT_CHANNEL_LABELS, DATA_SOURCE_LABELS, SALUTATION_LABELS, type PersonDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { OrganisationsApi } from '@bn/web/organisations/data-access';
import { PersonsApi } from '@bn/web/persons/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { ApiError, FieldErrorPipe, applyServerErrors, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { EMPTY, catchError, firstValueFrom, switchMap } from 'rxjs';
import { today } from '../dialogs/dialog-support';
import { FunctionFields } from '../shared/function-fields';
import { createFunctionGroup, toFunctionInput } from '../shared/function-form';
import { personDisplayName } from '../shared/person-format';
import { toPick } from '../shared/picker';
import { atLeastOneFunction, createPersonForm, fromPerson, toPersonFields } from './person-form';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** `/personen/neu` (with initial functions) and `/personen/:id/bearbeiten` (Fachberatung and coordinators). */
@Component({
  selector: 'bn-person-form-page',
  imports: [
    ReactiveFormsModule, RouterLink, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatSelect, MatOption,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatButton, MatAnchor, MatIcon, PageHeader, Loading, MessagePage,
    FieldErrorPipe, FunctionFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-form-page.html',
  styleUrl: './person-form-page.scss',
})
export class PersonFormPage implements HasUnsavedChanges {
  private readonly api = inject(PersonsApi);
  private readonly organisations = inject(OrganisationsApi);
  private readonly session = inject(SessionStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(FormBuilder).nonNullable;

  /** Route parameter `:id`; absent when a new person is entered. */
  readonly id = input<string>();

  protected readonly form = createPersonForm(this.fb);
  protected readonly salutationOptions = options(SALUTATION_LABELS);
  protected readonly channelOptions = options(CONTACT_CHANNEL_LABELS);
  protected readonly dataSourceOptions = options(DATA_SOURCE_LABELS);
  protected readonly maxDate = today();
  /** Coordinators enter persons as data source KOORDINATION and with a function in their reach. */
  protected readonly isCoordinator = computed(() => this.session.hasRole('KOORDINATION'));

  protected readonly isNew = computed(() => !this.id());
  protected readonly name = signal('');
  protected readonly isLoading = signal(false);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly isSaving = signal(false);
  protected readonly formErrors = signal<string[]>([]);
  protected readonly title = computed(() => (this.isNew() ? 'Neue Person' : 'Person bearbeiten'));
  protected readonly breadcrumbs = computed(() =>
    this.isNew()
      ? [{ label: 'Personen', link: '/personen' }, { label: 'Neue Person' }]
      : [{ label: 'Personen', link: '/personen' }, { label: this.name() || 'Person', link: ['/personen', this.id()] }, { label: 'Bearbeiten' }],
  );

  private version = 0;
  private isSaved = false;

  constructor() {
    toObservable(this.id)
      .pipe(
        switchMap((id) => {
          if (!id) {
            this.prepareNew();
            return EMPTY;
          }
          this.prepareEdit();
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
      .subscribe((person) => {
        this.showPerson(person);
        this.isLoading.set(false);
      });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.isSaved;
  }

  protected addFunction(): void {
    this.form.controls.functions.push(createFunctionGroup(this.fb));
    this.form.controls.functions.markAsDirty();
  }

  protected removeFunction(index: number): void {
    this.form.controls.functions.removeAt(index);
    this.form.controls.functions.markAsDirty();
    this.form.controls.functions.markAsTouched();
  }

  protected async save(): Promise<void> {
    this.formErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formErrors.set(['Bitte prüfen Sie die markierten Felder.']);
      this.focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const fields = toPersonFields(value);
    const id = this.id();
    this.isSaving.set(true);
    try {
      const saved: PersonDto = id
        ? await firstValueFrom(this.api.update(id, { ...fields, version: this.version }))
        : await firstValueFrom(
            this.api.create({
              ...fields,
              privacyNoticeSentOn: toIsoDate(value.privacyNoticeSentOn),
              functions: value.functions.map(toFunctionInput),
            }),
          );
      this.isSaved = true;
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/personen', saved.id]);
    } catch (error) {
      await this.showSaveError(toApiError(error));
    } finally {
      this.isSaving.set(false);
    }
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
      this.showPerson(await firstValueFrom(this.api.get(id)));
      this.formErrors.set([]);
      this.snackBar.open('Der aktuelle Stand wurde geladen.');
    } catch (error) {
      this.formErrors.set([toApiError(error).message]);
    }
  }

  private prepareNew(): void {
    const functions = this.form.controls.functions;
    if (this.isCoordinator()) {
      this.form.controls.dataSource.setValue('KOORDINATION');
      this.form.controls.dataSource.disable();
      functions.addValidators(atLeastOneFunction);
    } else {
      this.form.controls.dataSource.setValue('SERVICEBUERO');
    }
    const organisationId = this.route.snapshot.queryParamMap.get('organisationId');
    if (organisationId || this.isCoordinator()) functions.push(createFunctionGroup(this.fb));
    if (organisationId) void this.prefillOrganisation(organisationId);
    functions.updateValueAndValidity();
  }

  /** Coming from an organisation's page: the first function names that organisation. */
  private async prefillOrganisation(organisationId: string): Promise<void> {
    try {
      const organisation = await firstValueFrom(this.organisations.get(organisationId));
      const first = this.form.controls.functions.at(0);
      if (first && !first.controls.organisationId.value) {
        first.patchValue({ functionType: 'ANSPRECHPERSON', organisationId: toPick(organisation.id, organisation.name) });
      }
    } catch {
      // The organisation cannot be read (gone or outside the scope): the user picks one instead.
    }
  }

  private prepareEdit(): void {
    this.form.controls.privacyNoticeSentOn.disable();
    this.form.controls.functions.disable();
    if (this.isCoordinator()) this.form.controls.dataSource.disable();
  }

  private showPerson(person: PersonDto): void {
    this.name.set(personDisplayName(person));
    this.version = person.version;
    this.form.reset({ ...fromPerson(person), privacyNoticeSentOn: null });
  }

  private focusFirstInvalid(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('[formControlName].ng-invalid')?.focus());
  }
}
