import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatSelect } from '@angular/material/select';
import {
  ACTOR_TYPE_LABELS,
  ACTOR_TYPES,
  COMPANY_SIZE_LABELS,
  COMPANY_SIZES,
  CONTRIBUTION_TYPE_LABELS,
  CONTRIBUTION_TYPES,
  PARTNER_ROLE_LABELS,
  PARTNER_ROLES,
  SECTOR_LABELS,
  SECTORS,
} from '@bn/shared/contracts';
import type {
  ActorType,
  AlliancePartnershipDto,
  CompanySize,
  ContributionType,
  CreateOrganisationDto,
  PartnerRole,
  PartnershipFieldsDto,
  Sector,
} from '@bn/shared/contracts';
import { AllianceContactsApi, AlliancePartnershipsApi, PartnerOrganisationsApi } from '@bn/web/alliances/data-access';
import { ConfirmService, RecordPicker } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom, map } from 'rxjs';
import { RefValue, pickedFromList, refId, requiredText, setFieldMessage, textOrNull } from './form-helpers';
import { organisationOptions, personOptions } from './ref-options';

export interface PartnerDialogData {
  allianceId: string;
  /** The partnership to edit; null to add a partner. */
  partnership: AlliancePartnershipDto | null;
}

type OrganisationSource = 'existing' | 'new';

/** The organisation could not be created; its messages are already shown at its fields. */
class OrganisationNotCreated extends Error {}

/**
 * "Partner hinzufügen" / "Partnerschaft bearbeiten": an existing organisation (search) or a new one created
 * on the spot, then roles, period, contributions and the representing person. Saves itself; closes with the
 * saved partnership.
 */
@Component({
  selector: 'bn-partner-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatButton,
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
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    FieldErrorPipe,
    RecordPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-dialog.html',
  styleUrl: './tab-dialog.scss',
})
export class PartnerDialog {
  protected readonly data = inject<PartnerDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<PartnerDialog, AlliancePartnershipDto>>(MatDialogRef);
  private readonly partnerships = inject(AlliancePartnershipsApi);
  private readonly organisations = inject(PartnerOrganisationsApi);
  private readonly contacts = inject(AllianceContactsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly roles = PARTNER_ROLES;
  protected readonly roleLabels = PARTNER_ROLE_LABELS;
  protected readonly sectors = SECTORS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly actorTypes = ACTOR_TYPES;
  protected readonly actorTypeLabels = ACTOR_TYPE_LABELS;
  protected readonly companySizes = COMPANY_SIZES;
  protected readonly companySizeLabels = COMPANY_SIZE_LABELS;
  protected readonly contributionTypes = CONTRIBUTION_TYPES;
  protected readonly contributionTypeLabels = CONTRIBUTION_TYPE_LABELS;

  protected readonly isEdit = this.data.partnership !== null;
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);
  /** Name of an organisation this dialog created (kept if adding the partnership then failed). */
  protected readonly createdOrganisation = signal<string | null>(null);
  private version = this.data.partnership?.version ?? 0;

  protected readonly form = this.fb.group({
    source: this.fb.control<OrganisationSource>('existing'),
    organisationId: this.fb.control<RefValue>(null, [Validators.required, pickedFromList]),
    organisation: this.fb.group({
      name: ['', [Validators.required, requiredText, Validators.maxLength(200)]],
      sector: this.fb.control<Sector | null>(null, Validators.required),
      actorType: this.fb.control<ActorType | null>(null, Validators.required),
      companySize: this.fb.control<CompanySize | null>(null),
      legalForm: ['', Validators.maxLength(100)],
      postalCode: ['', Validators.pattern(/^\d{5}$/)],
      city: ['', Validators.maxLength(120)],
      email: ['', [Validators.email, Validators.maxLength(200)]],
    }),
    roles: this.fb.control<PartnerRole[]>([]),
    since: this.fb.control<Date | null>(null),
    until: this.fb.control<Date | null>(null),
    contributionTypes: this.fb.control<ContributionType[]>([]),
    contribution: ['', Validators.maxLength(2000)],
    representativeId: this.fb.control<RefValue>(null, pickedFromList),
  });

  protected readonly searchOrganisations = (term: string) =>
    this.organisations.search({ q: term }).pipe(map((page) => organisationOptions(page.items)));
  protected readonly searchPersons = (term: string) =>
    this.contacts.searchPersons({ q: term }).pipe(map((page) => personOptions(page.items)));

  constructor() {
    const { controls } = this.form;
    if (this.data.partnership) {
      controls.source.disable();
      controls.organisationId.disable();
      controls.organisation.disable();
      this.fill(this.data.partnership);
    } else {
      controls.organisation.disable();
      controls.source.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((source) => this.switchSource(source));
    }
  }

  protected async save(): Promise<void> {
    const { controls } = this.form;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const fields = this.fields();
    if (fields.since && fields.until && fields.until < fields.since) {
      setFieldMessage(controls.until, 'Das Ende darf nicht vor dem Beginn der Partnerschaft liegen.');
      return;
    }
    this.busy.set(true);
    this.messages.set([]);
    try {
      const saved = this.data.partnership ? await this.update(this.data.partnership.id, fields) : await this.create(fields);
      this.ref.close(saved);
    } catch (error: unknown) {
      await this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    this.ref.close();
  }

  private async create(fields: PartnershipFieldsDto): Promise<AlliancePartnershipDto> {
    let organisationId = refId(this.form.controls.organisationId.value);
    if (this.form.controls.source.value === 'new') organisationId = await this.createOrganisation();
    return firstValueFrom(this.partnerships.create(this.data.allianceId, { ...fields, organisationId: organisationId ?? '' }));
  }

  /** Creates the organisation, then treats it as chosen, so that a retry does not create it twice. */
  private async createOrganisation(): Promise<string> {
    const group = this.form.controls.organisation;
    const value = group.getRawValue();
    const dto: CreateOrganisationDto = {
      name: value.name.trim(),
      sector: value.sector as Sector,
      actorType: value.actorType as ActorType,
      companySize: value.actorType === 'UNTERNEHMEN' ? value.companySize : null,
      legalForm: textOrNull(value.legalForm),
      postalCode: textOrNull(value.postalCode),
      city: textOrNull(value.city),
      email: textOrNull(value.email),
    };
    const created = await firstValueFrom(this.organisations.create(dto)).catch((error: unknown) => {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(group, apiError);
      this.messages.set(Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
      throw new OrganisationNotCreated();
    });
    this.createdOrganisation.set(created.name);
    this.form.controls.organisationId.setValue({ id: created.id, label: created.name });
    this.form.controls.source.setValue('existing');
    return created.id;
  }

  private async update(partnershipId: string, fields: PartnershipFieldsDto): Promise<AlliancePartnershipDto> {
    return firstValueFrom(this.partnerships.update(this.data.allianceId, partnershipId, { ...fields, version: this.version }));
  }

  private fields(): PartnershipFieldsDto {
    const value = this.form.getRawValue();
    return {
      roles: value.roles,
      since: toIsoDate(value.since),
      until: toIsoDate(value.until),
      contributionTypes: value.contributionTypes,
      contribution: textOrNull(value.contribution),
      representativeId: refId(value.representativeId),
    };
  }

  private async showError(error: unknown): Promise<void> {
    if (error instanceof OrganisationNotCreated) return;
    const apiError = toApiError(error);
    if (isConflict(apiError)) {
      if (await this.confirm.confirmReloadAfterConflict()) await this.reload();
      return;
    }
    const unmatched = applyServerErrors(this.form, apiError);
    const hasFieldErrors = Object.keys(apiError.fields).length > 0;
    this.messages.set(hasFieldErrors ? unmatched : [apiError.message]);
  }

  /** After a conflict: the partnership as it is stored now (there is no single-record endpoint, so search by name). */
  private async reload(): Promise<void> {
    const current = this.data.partnership;
    if (!current) return;
    try {
      const page = await firstValueFrom(
        this.partnerships.list(this.data.allianceId, { page: 1, pageSize: 100 }, { q: current.organisationName, includeArchived: true }),
      );
      const found = page.items.find((item) => item.id === current.id);
      if (!found || found.archivedAt) {
        this.messages.set(['Die Partnerschaft wurde inzwischen archiviert. Schließen Sie den Dialog und laden Sie die Liste neu.']);
        return;
      }
      this.fill(found);
    } catch (error: unknown) {
      this.messages.set([toApiError(error).message]);
    }
  }

  private fill(partnership: AlliancePartnershipDto): void {
    this.version = partnership.version;
    this.form.patchValue({
      organisationId: { id: partnership.organisationId, label: partnership.organisationName },
      roles: partnership.roles,
      since: fromIsoDate(partnership.since),
      until: fromIsoDate(partnership.until),
      contributionTypes: partnership.contributionTypes,
      contribution: partnership.contribution ?? '',
      representativeId:
        partnership.representativeId && partnership.representativeName
          ? { id: partnership.representativeId, label: partnership.representativeName }
          : null,
    });
    this.form.markAsPristine();
  }

  private switchSource(source: OrganisationSource): void {
    const { organisationId, organisation } = this.form.controls;
    if (source === 'new') {
      organisationId.disable();
      organisation.enable();
    } else {
      organisation.disable();
      organisationId.enable();
    }
  }
}
