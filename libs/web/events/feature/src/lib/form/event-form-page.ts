import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { EventDetailDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { EventLookups, EventsApi } from '@bn/web/events/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { RecordPicker } from '../shared/record-picker';
import { EVENT_FORMAT_OPTIONS, EVENT_ORGANISER_OPTIONS, EVENT_TYPE_OPTIONS } from '../shared/options';
import { buildEventForm, crossFieldMessage, eventFormValue, linkDependentControls, toCreateEventDto } from './event-form.model';

/** Create (`/veranstaltungen/neu`, optionally `?allianceId=`) or edit (`/veranstaltungen/:id/bearbeiten`) an event. */
@Component({
  selector: 'bn-event-form-page',
  imports: [
    ReactiveFormsModule, RouterLink, PageHeader, Loading, MessagePage, RecordPicker, FieldErrorPipe,
    MatFormField, MatLabel, MatHint, MatError, MatSuffix, MatInput, MatSelect, MatOption, MatCheckbox,
    MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatButton, MatAnchor,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-form-page.html',
  styleUrl: './event-form-page.scss',
})
export class EventFormPage implements HasUnsavedChanges {
  private readonly api = inject(EventsApi);
  private readonly lookups = inject(EventLookups);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly confirm = inject(ConfirmService);
  private readonly session = inject(SessionStore);

  protected readonly id = this.route.snapshot.paramMap.get('id');
  protected readonly form = buildEventForm(inject(FormBuilder));
  protected readonly typeOptions = EVENT_TYPE_OPTIONS;
  protected readonly organiserOptions = EVENT_ORGANISER_OPTIONS;
  protected readonly formatOptions = EVENT_FORMAT_OPTIONS;
  protected readonly crossFieldMessage = crossFieldMessage;
  protected readonly sensitiveHint = 'Bitte keine sensiblen personenbezogenen Daten eintragen.';

  protected readonly event = signal<EventDetailDto | null>(null);
  protected readonly loading = signal(this.id !== null);
  protected readonly loadFailed = signal<number | null>(null);
  protected readonly saving = signal(false);
  protected readonly messages = signal<string[]>([]);
  protected readonly allianceLabel = signal<string | null>(null);
  protected readonly gemeindeLabel = signal<string | null>(null);
  protected readonly title = computed(() => (this.id ? 'Veranstaltung bearbeiten' : 'Neue Veranstaltung'));
  protected readonly breadcrumbs = computed(() => {
    const event = this.event();
    return [
      { label: 'Veranstaltungen', link: '/veranstaltungen' },
      ...(event ? [{ label: event.title, link: ['/veranstaltungen', event.id] }] : []),
      { label: this.id ? 'Bearbeiten' : 'Neu' },
    ];
  });

  protected readonly searchAlliances = (term: string) => this.lookups.searchRecords('alliance', term);
  protected readonly searchGemeinden = (term: string) => this.lookups.searchGemeinden(term);

  constructor() {
    linkDependentControls(this.form);
    if (this.id) void this.load(this.id);
    else void this.prefill();
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty && !this.saving();
  }

  protected async save(): Promise<void> {
    this.messages.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.messages.set(['Bitte prüfen Sie die markierten Felder.']);
      return;
    }
    const dto = toCreateEventDto(this.form);
    const current = this.event();
    this.saving.set(true);
    try {
      const saved = this.id && current
        ? await firstValueFrom(this.api.update(this.id, { ...dto, version: current.version }))
        : await firstValueFrom(this.api.create(dto));
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.');
      await this.router.navigate(['/veranstaltungen', saved.id]);
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
      const event = await firstValueFrom(this.api.get(id));
      this.event.set(event);
      this.allianceLabel.set(event.alliance?.name ?? null);
      this.gemeindeLabel.set(event.gemeindeName);
      this.form.reset(eventFormValue(event));
      this.messages.set([]);
    } catch (error) {
      this.loadFailed.set(toApiError(error).status);
    } finally {
      this.loading.set(false);
    }
  }

  /** A new event: `?allianceId=` preselects the alliance; coordinators record their alliance's events. */
  private async prefill(): Promise<void> {
    const allianceId = this.route.snapshot.queryParamMap.get('allianceId');
    if (allianceId || this.session.role() === 'KOORDINATION') this.form.controls.organiser.setValue('BUENDNIS');
    if (!allianceId) return;
    this.form.controls.allianceId.setValue(allianceId);
    try {
      this.allianceLabel.set(await firstValueFrom(this.lookups.allianceName(allianceId)));
    } catch {
      this.form.controls.allianceId.setValue(null);
      this.messages.set(['Das Bündnis aus dem Link wurde nicht gefunden. Bitte wählen Sie es aus.']);
    }
  }
}
