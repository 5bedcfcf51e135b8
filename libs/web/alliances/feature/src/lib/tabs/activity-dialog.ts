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
import { ACTIVITY_TYPE_LABELS, ACTIVITY_TYPES } from '@bn/shared/contracts';
import type { ActivityDetailDto, ActivityType, AllianceDetailDto, CreateActivityDto } from '@bn/shared/contracts';
import { AllianceActivitiesApi, ReferenceApi } from '@bn/web/alliances/data-access';
import { ConfirmService, Loading } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { handlungsfeldChoices, partnerChoices } from './engagement-options';
import { requiredText, textOrNull } from './form-helpers';

export interface ActivityDialogData {
  alliance: AllianceDetailDto;
  /** The activity to edit (loaded by the dialog); null to log a new one. */
  activityId: string | null;
}

/** "Aktivität erfassen" / "Aktivität bearbeiten": saves itself and closes with the saved activity. */
@Component({
  selector: 'bn-activity-dialog',
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
  templateUrl: './activity-dialog.html',
  styleUrl: './tab-dialog.scss',
})
export class ActivityDialog {
  protected readonly data = inject<ActivityDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ActivityDialog, ActivityDetailDto>>(MatDialogRef);
  private readonly api = inject(AllianceActivitiesApi);
  private readonly reference = inject(ReferenceApi);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly types = ACTIVITY_TYPES;
  protected readonly typeLabels = ACTIVITY_TYPE_LABELS;
  protected readonly isEdit = this.data.activityId !== null;
  protected readonly isLoading = signal(this.isEdit);
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);
  private version = 0;

  private readonly canonical = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly current = signal<ActivityDetailDto | null>(null);
  /** Choices follow the reference list and the alliance's partners, plus what the activity already has. */
  protected readonly handlungsfeldOptions = computed(() => handlungsfeldChoices(this.canonical(), this.current()?.handlungsfelder));
  protected readonly partnerOptions = computed(() => partnerChoices(this.data.alliance, this.current()?.partners));

  protected readonly form = this.fb.group({
    activityType: this.fb.control<ActivityType | null>(null, Validators.required),
    occurredOn: this.fb.control<Date | null>(null, Validators.required),
    title: ['', [Validators.required, requiredText, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(5000)],
    reach: this.fb.control<number | null>(null, [Validators.min(0), Validators.max(10_000_000), Validators.pattern(/^\d+$/)]),
    isPublic: false,
    handlungsfeldIds: this.fb.control<string[]>([]),
    partnerOrganisationIds: this.fb.control<string[]>([]),
  });

  constructor() {
    if (this.data.activityId) void this.load(this.data.activityId);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.messages.set([]);
    try {
      const dto = this.dto();
      const saved = this.data.activityId
        ? await firstValueFrom(this.api.update(this.data.activityId, { ...dto, version: this.version }))
        : await firstValueFrom(this.api.create(dto));
      this.ref.close(saved);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (this.data.activityId && (await this.confirm.confirmReloadAfterConflict())) await this.load(this.data.activityId);
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

  private dto(): CreateActivityDto {
    const value = this.form.getRawValue();
    return {
      allianceId: this.data.alliance.id,
      activityType: value.activityType as ActivityType,
      occurredOn: toIsoDate(value.occurredOn) ?? '',
      title: value.title.trim(),
      description: textOrNull(value.description),
      reach: value.reach === null || String(value.reach) === '' ? null : Number(value.reach),
      isPublic: value.isPublic,
      handlungsfeldIds: value.handlungsfeldIds,
      partnerOrganisationIds: value.partnerOrganisationIds,
    };
  }

  private async load(id: string): Promise<void> {
    this.isLoading.set(true);
    try {
      const activity = await firstValueFrom(this.api.get(id));
      this.current.set(activity);
      this.version = activity.version;
      this.form.reset({
        activityType: activity.activityType,
        occurredOn: fromIsoDate(activity.occurredOn),
        title: activity.title,
        description: activity.description ?? '',
        reach: activity.reach,
        isPublic: activity.isPublic,
        handlungsfeldIds: activity.handlungsfelder.map((field) => field.id),
        partnerOrganisationIds: activity.partners.map((partner) => partner.organisationId),
      });
    } catch (error: unknown) {
      this.messages.set([toApiError(error).message]);
      this.form.disable();
    } finally {
      this.isLoading.set(false);
    }
  }
}
