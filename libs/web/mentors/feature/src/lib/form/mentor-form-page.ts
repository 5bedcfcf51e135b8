import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, FormBuilder, FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { MentorDetailDto } from '@bn/shared/contracts';
import { LookupOption, MentorLookups, MentorsApi } from '@bn/web/mentors/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { catchError, firstValueFrom, of } from 'rxjs';
import { RecordPicker } from '../shared/record-picker';
import { MENTOR_STATUS_OPTIONS, MODE_OPTIONS, SPECIALTY_LEVEL_OPTIONS, mentorName } from '../shared/mentor-display';
import { MAX_SPECIALTIES, MENTOR_FORM_MESSAGES, buildMentorForm, showMentor, specialtyGroup, toCreateMentorDto, toMentorFields } from './mentor-form.model';

/** Create (`/mentorinnen/neu`) or edit (`/mentorinnen/:id/bearbeiten`) a Mentorprofil: Fachberatung and Leitung. */
@Component({
  selector: 'bn-mentor-form-page',
  imports: [
    ReactiveFormsModule, RouterLink, PageHeader, Loading, MessagePage, RecordPicker, FieldErrorPipe,
    MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatSelect, MatOption, MatCheckbox,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatButton, MatIconButton, MatAnchor, MatIcon,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mentor-form-page.html',
  styleUrl: './mentor-form-page.scss',
})
export class MentorFormPage implements HasUnsavedChanges {
  private readonly api = inject(MentorsApi);
  private readonly lookups = inject(MentorLookups);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly confirm = inject(ConfirmService);

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly form = buildMentorForm(inject(FormBuilder));
  protected readonly statusOptions = MENTOR_STATUS_OPTIONS;
  protected readonly modeOptions = MODE_OPTIONS;
  protected readonly levelOptions = SPECIALTY_LEVEL_OPTIONS;
  protected readonly maxSpecialties = MAX_SPECIALTIES;
  protected readonly laender = toSignal(this.lookups.laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly fachgebiete = toSignal(this.lookups.fachgebiete$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly handlungsfelder = toSignal(this.lookups.handlungsfelder$.pipe(catchError(() => of([]))), { initialValue: [] });

  protected readonly mentor = signal<MentorDetailDto | null>(null);
  protected readonly loading = signal(this.id !== null);
  protected readonly loadFailed = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);
  protected readonly labels = signal<{ alliance: string | null; organisation: string | null; gemeinde: string | null }>({
    alliance: null,
    organisation: null,
    gemeinde: null,
  });
  /** Names of the conflict alliances (the form holds their ids). */
  protected readonly conflictNames = signal<Map<string, string>>(new Map());
  /** The picker that adds a conflict alliance (not part of the request). */
  protected readonly conflictPicker = new FormControl<string | null>(null);
  protected readonly title = computed(() => {
    const mentor = this.mentor();
    return mentor ? `Mentorprofil von ${mentorName(mentor.person)} bearbeiten` : 'Neues Mentorprofil';
  });
  protected readonly breadcrumbs = computed(() => {
    const mentor = this.mentor();
    return [
      { label: 'Mentor:innen', link: '/mentorinnen' },
      ...(mentor ? [{ label: mentorName(mentor.person), link: ['/mentorinnen', mentor.id] }] : []),
      { label: this.id ? 'Bearbeiten' : 'Neu' },
    ];
  });

  protected readonly searchPersons = (term: string) => this.lookups.searchRecords('person', term);
  protected readonly searchAlliances = (term: string) => this.lookups.searchRecords('alliance', term);
  protected readonly searchOrganisations = (term: string) => this.lookups.searchRecords('organisation', term);
  protected readonly searchGemeinden = (term: string) => this.lookups.searchGemeinden(term);

  constructor() {
    if (this.id) void this.load(this.id);
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected crossFieldMessage(control: AbstractControl): string | null {
    if (!control.errors || typeof control.errors['server'] === 'string') return null;
    for (const [key, message] of Object.entries(MENTOR_FORM_MESSAGES)) if (control.errors[key]) return message;
    return null;
  }

  protected addSpecialty(): void {
    this.form.controls.specialties.push(specialtyGroup());
    this.form.markAsDirty();
  }

  protected removeSpecialty(index: number): void {
    this.form.controls.specialties.removeAt(index);
    this.form.markAsDirty();
  }

  protected addConflict(option: LookupOption): void {
    const ids = this.form.controls.conflictAllianceIds.value;
    if (!ids.includes(option.id)) {
      this.form.controls.conflictAllianceIds.setValue([...ids, option.id]);
      this.form.controls.conflictAllianceIds.markAsDirty();
      this.conflictNames.update((names) => new Map(names).set(option.id, option.label));
    }
    this.conflictPicker.setValue(null);
  }

  protected removeConflict(id: string): void {
    this.form.controls.conflictAllianceIds.setValue(this.form.controls.conflictAllianceIds.value.filter((item) => item !== id));
    this.form.controls.conflictAllianceIds.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.messages.set(['Bitte prüfen Sie die markierten Felder.']);
      return;
    }
    const current = this.mentor();
    this.saving.set(true);
    try {
      const saved = this.id && current
        ? await firstValueFrom(this.api.update(this.id, { ...toMentorFields(this.form), version: current.version }))
        : await firstValueFrom(this.api.create(toCreateMentorDto(this.form)));
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/mentorinnen', saved.id]);
    } catch (error) {
      await this.showSaveError(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async showSaveError(error: unknown): Promise<void> {
    const apiError = toApiError(error);
    if (isConflict(apiError)) {
      this.messages.set([apiError.message]);
      if (this.id && (await this.confirm.confirmReloadAfterConflict())) await this.load(this.id);
      return;
    }
    const unmatched = applyServerErrors(this.form, apiError);
    const hasFieldErrors = Object.keys(apiError.fields).length > unmatched.length;
    this.messages.set(unmatched.length ? unmatched : hasFieldErrors ? ['Bitte prüfen Sie die markierten Felder.'] : [apiError.message]);
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const mentor = await firstValueFrom(this.api.get(id));
      this.mentor.set(mentor);
      showMentor(this.form, mentor);
      this.form.controls.personId.disable();
      this.labels.set({ alliance: mentor.homeAllianceName, organisation: mentor.homeOrganisationName, gemeinde: mentor.homeGemeinde?.name ?? null });
      this.conflictNames.set(new Map(mentor.conflicts.map((conflict) => [conflict.allianceId, conflict.allianceName])));
      this.messages.set([]);
    } catch (error) {
      this.loadFailed.set(toApiError(error).status);
    } finally {
      this.loading.set(false);
    }
  }
}
