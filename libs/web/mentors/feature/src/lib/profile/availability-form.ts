import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { DeploymentMode, LandDto, MentorDetailDto, UpdateMentorAvailabilityDto } from '@bn/shared/contracts';
import { MentorsApi } from '@bn/web/mentors/data-access';
import { ConfirmService } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { MODE_OPTIONS } from '../shared/mentor-display';

const WHOLE_NUMBER = /^\d+$/;

/**
 * What a mentor keeps up to date on their own profile (PUT /api/mentors/:id/availability): modes,
 * capacity per quarter, travel radius, Länder and the gallery text.
 */
@Component({
  selector: 'bn-mentor-availability-form',
  imports: [ReactiveFormsModule, FieldErrorPipe, MatFormField, MatLabel, MatHint, MatError, MatInput, MatSelect, MatOption, MatCheckbox, MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './availability-form.html',
  styleUrl: './profile-sections.scss',
})
export class AvailabilityForm {
  private readonly api = inject(MentorsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  readonly mentor = input.required<MentorDetailDto>();
  readonly laender = input.required<LandDto[]>();
  /** Saved: the page closes the form and loads the profile again. */
  readonly saved = output<void>();
  /** After a conflict the user wants the current state: the page loads the profile again. */
  readonly reload = output<void>();
  readonly cancelled = output<void>();

  protected readonly modeOptions = MODE_OPTIONS;
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    modes: [[] as DeploymentMode[]],
    capacityPerQuarter: [0 as number | null, [Validators.required, Validators.min(0), Validators.max(50), Validators.pattern(WHOLE_NUMBER)]],
    radiusKm: [null as number | null, [Validators.min(1), Validators.max(1000), Validators.pattern(WHOLE_NUMBER)]],
    regionLandCodes: [[] as string[], Validators.maxLength(16)],
    galleryText: ['', Validators.maxLength(2000)],
    galleryPublished: [false],
  });

  constructor() {
    effect(() => {
      const mentor = this.mentor();
      this.form.reset({
        modes: mentor.modes,
        capacityPerQuarter: mentor.capacityPerQuarter,
        radiusKm: mentor.radiusKm,
        regionLandCodes: mentor.regions.map((region) => region.landCode),
        galleryText: mentor.galleryText ?? '',
        galleryPublished: mentor.galleryPublished,
      });
      if (mentor.homeGemeinde) this.form.controls.radiusKm.enable();
      else this.form.controls.radiusKm.disable();
      if (mentor.hasGalleryConsent || mentor.galleryPublished) this.form.controls.galleryPublished.enable();
      else this.form.controls.galleryPublished.disable();
    });
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected async save(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.messages.set(['Bitte prüfen Sie die markierten Felder.']);
      return;
    }
    const value = this.form.getRawValue();
    const mentor = this.mentor();
    const dto: UpdateMentorAvailabilityDto = {
      modes: value.modes,
      capacityPerQuarter: Number(value.capacityPerQuarter),
      radiusKm: value.radiusKm === null || String(value.radiusKm) === '' ? null : Number(value.radiusKm),
      regionLandCodes: value.regionLandCodes,
      galleryText: value.galleryText.trim() || null,
      galleryPublished: value.galleryPublished,
      version: mentor.version,
    };
    this.saving.set(true);
    try {
      await firstValueFrom(this.api.updateAvailability(mentor.id, dto));
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      this.saved.emit();
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        this.messages.set([apiError.message]);
        if (await this.confirm.confirmReloadAfterConflict()) this.reload.emit();
        return;
      }
      const unmatched = applyServerErrors(this.form, apiError);
      this.messages.set(unmatched.length ? unmatched : Object.keys(apiError.fields).length ? ['Bitte prüfen Sie die markierten Felder.'] : [apiError.message]);
    } finally {
      this.saving.set(false);
    }
  }
}
