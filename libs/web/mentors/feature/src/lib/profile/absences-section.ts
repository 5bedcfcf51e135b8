import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatCell, MatCellDef, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, MatTable } from '@angular/material/table';
import type { MentorAbsenceDto } from '@bn/shared/contracts';
import { MentorsApi } from '@bn/web/mentors/data-access';
import { ConfirmService, StatusChip } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

/** Current and future absences of a mentor; the mentor (own profile) and the Fachberatung add and remove them. */
@Component({
  selector: 'bn-mentor-absences',
  imports: [
    ReactiveFormsModule, DatePipe, FieldErrorPipe, StatusChip, MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatButton, MatIconButton, MatIcon,
    MatTable, MatColumnDef, MatHeaderCellDef, MatHeaderCell, MatCellDef, MatCell, MatHeaderRowDef, MatHeaderRow, MatRowDef, MatRow,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './absences-section.html',
  styleUrl: './profile-sections.scss',
})
export class AbsencesSection {
  private readonly api = inject(MentorsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  readonly mentorId = input.required<string>();
  readonly absences = input.required<MentorAbsenceDto[]>();
  readonly canEdit = input(false);
  /** An absence was added or removed: the page loads the profile again. */
  readonly changed = output<void>();

  protected readonly columns = ['fromDate', 'untilDate', 'note', 'actions'];
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    fromDate: new FormControl<Date | null>(null, Validators.required),
    untilDate: new FormControl<Date | null>(null, Validators.required),
    note: ['', Validators.maxLength(200)],
  });

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected async add(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) return this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    this.saving.set(true);
    try {
      await firstValueFrom(
        this.api.addAbsence(this.mentorId(), {
          fromDate: toIsoDate(value.fromDate) ?? '',
          untilDate: toIsoDate(value.untilDate) ?? '',
          note: value.note.trim() || null,
        }),
      );
      this.form.reset();
      this.snackBar.open('Abwesenheit eingetragen.');
      this.changed.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.messages.set(unmatched.length ? unmatched : Object.keys(apiError.fields).length ? [] : [apiError.message]);
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(absence: MentorAbsenceDto): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Abwesenheit entfernen',
      message: 'Soll diese Abwesenheit entfernt werden?',
      confirmLabel: 'Entfernen',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.removeAbsence(this.mentorId(), absence.id));
      this.snackBar.open('Abwesenheit entfernt.');
      this.changed.emit();
    } catch (error) {
      this.snackBar.open(toApiError(error).message);
    }
  }
}
