import { ChangeDetectionStrategy, Component, inject, input, linkedSignal, output, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatSelect, MatSelectChange } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatCell, MatCellDef, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, MatTable } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { ATTENDANCE_LABELS, type Attendance, type EventParticipantDto } from '@bn/shared/contracts';
import { EventLookups, EventsApi } from '@bn/web/events/data-access';
import { ConfirmService, EmptyState, StatusChip, StatusTone } from '@bn/web/ui';
import { applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { RecordPicker } from '../shared/record-picker';
import { ATTENDANCE_OPTIONS } from '../shared/options';

const ATTENDANCE_TONES: Record<Attendance, StatusTone> = {
  ANGEMELDET: 'info',
  TEILGENOMMEN: 'positive',
  ENTSCHULDIGT: 'neutral',
  NICHT_ERSCHIENEN: 'negative',
};

/** Participants of an event with their attendance; those who may write the event change it here. */
@Component({
  selector: 'bn-event-participants',
  imports: [
    ReactiveFormsModule, RouterLink, RecordPicker, EmptyState, StatusChip, MatFormField, MatLabel, MatSelect, MatOption,
    MatButton, MatIconButton, MatIcon,
    MatTable, MatColumnDef, MatHeaderCellDef, MatHeaderCell, MatCellDef, MatCell, MatHeaderRowDef, MatHeaderRow, MatRowDef, MatRow,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participants-section.html',
  styleUrl: './detail-sections.scss',
})
export class ParticipantsSection {
  private readonly api = inject(EventsApi);
  private readonly lookups = inject(EventLookups);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  readonly eventId = input.required<string>();
  readonly participants = input.required<EventParticipantDto[]>();
  readonly canEdit = input(false);
  /** The event should be loaded again (after a conflict, an addition or a removal). */
  readonly reload = output<void>();

  protected readonly rows = linkedSignal(() => this.participants());
  protected readonly attendanceOptions = ATTENDANCE_OPTIONS;
  protected readonly columns = ['name', 'attendance', 'actions'];
  protected readonly busyRowId = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly addMessages = signal<string[]>([]);

  protected readonly addForm = inject(FormBuilder).nonNullable.group({
    organisationId: new FormControl<string | null>(null),
    personId: new FormControl<string | null>(null),
    attendance: ['ANGEMELDET' as Attendance, Validators.required],
  });
  protected readonly searchOrganisations = (term: string) => this.lookups.searchRecords('organisation', term);
  protected readonly searchPersons = (term: string) => this.lookups.searchRecords('person', term);

  protected attendanceLabel(row: EventParticipantDto): string {
    return ATTENDANCE_LABELS[row.attendance];
  }

  protected attendanceTone(row: EventParticipantDto): StatusTone {
    return ATTENDANCE_TONES[row.attendance];
  }

  protected nameOf(row: EventParticipantDto): string {
    if (row.personName && row.organisationName) return `${row.personName} (${row.organisationName})`;
    return row.personName ?? row.organisationName ?? '–';
  }

  protected async changeAttendance(row: EventParticipantDto, change: MatSelectChange): Promise<void> {
    const attendance = change.value as Attendance;
    if (attendance === row.attendance) return;
    this.busyRowId.set(row.id);
    try {
      const updated = await firstValueFrom(this.api.updateParticipant(this.eventId(), row.id, { attendance, version: row.version }));
      this.rows.update((rows) => rows.map((item) => (item.id === updated.id ? updated : item)));
      this.snackBar.open(`Teilnahme gespeichert: ${ATTENDANCE_LABELS[updated.attendance]}.`);
    } catch (error) {
      this.restoreRow(row);
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) this.reload.emit();
      } else {
        this.snackBar.open(apiError.message);
      }
    } finally {
      this.busyRowId.set(null);
    }
  }

  protected async remove(row: EventParticipantDto): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Teilnahme entfernen',
      message: `Soll „${this.nameOf(row)}“ aus der Liste der Teilnehmenden entfernt werden?`,
      confirmLabel: 'Entfernen',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.removeParticipant(this.eventId(), row.id));
      this.snackBar.open('Teilnahme entfernt.');
      this.reload.emit();
    } catch (error) {
      this.snackBar.open(toApiError(error).message);
    }
  }

  protected async add(): Promise<void> {
    this.addMessages.set([]);
    const value = this.addForm.getRawValue();
    if (!value.organisationId && !value.personId) {
      this.addForm.markAllAsTouched();
      this.addMessages.set(['Bitte eine Organisation oder eine Person auswählen.']);
      return;
    }
    if (this.addForm.invalid) return this.addForm.markAllAsTouched();
    this.adding.set(true);
    try {
      await firstValueFrom(this.api.addParticipant(this.eventId(), value));
      this.addForm.reset({ organisationId: null, personId: null, attendance: 'ANGEMELDET' });
      this.snackBar.open('Teilnahme eingetragen.');
      this.reload.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.addForm, apiError);
      this.addMessages.set(unmatched.length ? unmatched : Object.keys(apiError.fields).length ? [] : [apiError.message]);
    } finally {
      this.adding.set(false);
    }
  }

  /** A new row object makes the table render the row again, so its select shows the stored value. */
  private restoreRow(row: EventParticipantDto): void {
    this.rows.update((rows) => rows.map((item) => (item.id === row.id ? { ...item } : item)));
  }
}
