import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCES } from '@bn/shared/contracts';
import type { AllianceDetailDto, CreateProjectDto, FundingSource, ProjectDetailDto } from '@bn/shared/contracts';
import { AllianceProjectsApi, ReferenceApi } from '@bn/web/alliances/data-access';
import { ConfirmService, Loading } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { handlungsfeldChoices, partnerChoices } from './engagement-options';
import { requiredText, setFieldMessage, textOrNull } from './form-helpers';

export interface ProjectDialogData {
  alliance: AllianceDetailDto;
  /** The project to edit (loaded by the dialog); null to create one. */
  projectId: string | null;
}

/** "Projekt anlegen" / "Projekt bearbeiten": saves itself and closes with the saved project. */
@Component({
  selector: 'bn-project-dialog',
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
    MatCheckbox,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    FieldErrorPipe,
    Loading,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-dialog.html',
  styleUrl: './tab-dialog.scss',
})
export class ProjectDialog {
  protected readonly data = inject<ProjectDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ProjectDialog, ProjectDetailDto>>(MatDialogRef);
  private readonly api = inject(AllianceProjectsApi);
  private readonly reference = inject(ReferenceApi);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly fundingSources = FUNDING_SOURCES;
  protected readonly fundingLabels = FUNDING_SOURCE_LABELS;
  protected readonly isEdit = this.data.projectId !== null;
  protected readonly isLoading = signal(this.isEdit);
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);
  private version = 0;

  private readonly canonical = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly zielgruppen = toSignal(this.reference.zielgruppen().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly current = signal<ProjectDetailDto | null>(null);
  protected readonly handlungsfeldOptions = computed(() => handlungsfeldChoices(this.canonical(), this.current()?.handlungsfelder));
  protected readonly partnerOptions = computed(() => partnerChoices(this.data.alliance, this.current()?.partners));
  protected readonly zielgruppeOptions = computed(() => {
    const options = this.zielgruppen().map((group) => ({ value: group.code, label: group.name }));
    for (const group of this.current()?.zielgruppen ?? []) {
      if (!options.some((option) => option.value === group.code)) options.push({ value: group.code, label: group.name });
    }
    return options;
  });

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, requiredText, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
    startsOn: this.fb.control<Date | null>(null),
    endsOn: this.fb.control<Date | null>(null),
    isOngoing: false,
    fundingSources: this.fb.control<FundingSource[]>([]),
    outputNote: ['', Validators.maxLength(2000)],
    handlungsfeldIds: this.fb.control<string[]>([]),
    zielgruppeCodes: this.fb.control<string[]>([]),
    partnerOrganisationIds: this.fb.control<string[]>([]),
  });

  constructor() {
    if (this.data.projectId) void this.load(this.data.projectId);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const dto = this.dto();
    if (dto.startsOn && dto.endsOn && dto.endsOn < dto.startsOn) {
      setFieldMessage(this.form.controls.endsOn, 'Das Ende darf nicht vor dem Beginn liegen.');
      return;
    }
    this.busy.set(true);
    this.messages.set([]);
    try {
      const saved = this.data.projectId
        ? await firstValueFrom(this.api.update(this.data.projectId, { ...dto, version: this.version }))
        : await firstValueFrom(this.api.create(dto));
      this.ref.close(saved);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (this.data.projectId && (await this.confirm.confirmReloadAfterConflict())) await this.load(this.data.projectId);
        return;
      }
      const unmatched = applyServerErrors(this.form, apiError);
      this.messages.set(Object.keys(apiError.fields).length ? unmatched : [apiError.message]);
    } finally {
      this.busy.set(false);
    }
  }

  protected cancel(): void {
    this.ref.close();
  }

  private dto(): CreateProjectDto {
    const value = this.form.getRawValue();
    return {
      allianceId: this.data.alliance.id,
      name: value.name.trim(),
      description: textOrNull(value.description),
      startsOn: toIsoDate(value.startsOn),
      endsOn: toIsoDate(value.endsOn),
      isOngoing: value.isOngoing,
      fundingSources: value.fundingSources,
      outputNote: textOrNull(value.outputNote),
      handlungsfeldIds: value.handlungsfeldIds,
      zielgruppeCodes: value.zielgruppeCodes,
      partnerOrganisationIds: value.partnerOrganisationIds,
    };
  }

  private async load(id: string): Promise<void> {
    this.isLoading.set(true);
    try {
      const project = await firstValueFrom(this.api.get(id));
      this.current.set(project);
      this.version = project.version;
      this.form.reset({
        name: project.name,
        description: project.description ?? '',
        startsOn: fromIsoDate(project.startsOn),
        endsOn: fromIsoDate(project.endsOn),
        isOngoing: project.isOngoing,
        fundingSources: project.fundingSources,
        outputNote: project.outputNote ?? '',
        handlungsfeldIds: project.handlungsfelder.map((field) => field.id),
        zielgruppeCodes: project.zielgruppen.map((group) => group.code),
        partnerOrganisationIds: project.partners.map((partner) => partner.organisationId),
      });
    } catch (error: unknown) {
      this.messages.set([toApiError(error).message]);
      this.form.disable();
    } finally {
      this.isLoading.set(false);
    }
  }
}
