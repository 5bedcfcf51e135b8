import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelect } from '@angular/material/select';
import { DECLARATION_KIND_LABELS, DECLARATION_KINDS } from '@bn/shared/contracts';
import type { AllianceDeclarationDto, CreateAllianceDeclarationDto, DeclarationKind } from '@bn/shared/contracts';
import { AllianceDeclarationsApi, AllianceEventsApi } from '@bn/web/alliances/data-access';
import { ConfirmService } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, fromIsoDate, isConflict, toApiError, toIsoDate } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { requiredText, textOrNull } from './form-helpers';

export interface DeclarationDialogData {
  allianceId: string;
  /** The declaration to edit; null to add one. */
  declaration: AllianceDeclarationDto | null;
}

/** An event of the alliance the declaration can be linked to (where it was adopted or signed). */
interface EventOption {
  id: string;
  title: string;
  startsOn: string | null;
}

/** How many of the alliance's events (newest first) the event field offers. */
const EVENT_OPTION_LIMIT = 100;

/**
 * "Erklärung hinzufügen" / "Erklärung bearbeiten": kind, title, text version, adoption date and the
 * event at which it was adopted (one of the alliance's events, e.g. the Gründungsveranstaltung).
 */
@Component({
  selector: 'bn-declaration-dialog',
  imports: [
    DatePipe,
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
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ isEdit ? 'Erklärung bearbeiten' : 'Erklärung hinzufügen' }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        @if (messages().length) {
          <div class="form-alert" role="alert">
            @for (message of messages(); track message) {
              <p>{{ message }}</p>
            }
          </div>
        }
        <div class="grid">
          <mat-form-field class="wide">
            <mat-label>Art der Erklärung</mat-label>
            <mat-select formControlName="kind">
              @for (kind of kinds; track kind) {
                <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ form.controls.kind | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>Titel</mat-label>
            <input matInput formControlName="title" />
            <mat-error>{{ form.controls.title | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Fassung</mat-label>
            <input matInput formControlName="textVersion" />
            <mat-hint>z. B. „2. Fassung 2019“</mat-hint>
            <mat-error>{{ form.controls.textVersion | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>Beschlossen am</mat-label>
            <input matInput [matDatepicker]="adoptedPicker" formControlName="adoptedOn" placeholder="TT.MM.JJJJ" />
            <mat-datepicker-toggle matIconSuffix [for]="adoptedPicker" aria-label="Kalender für „Beschlossen am“ öffnen" />
            <mat-datepicker #adoptedPicker />
            <mat-error>{{ form.controls.adoptedOn | fieldError }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label>Veranstaltung (optional)</mat-label>
            <mat-select formControlName="eventId">
              <mat-option [value]="null">keine</mat-option>
              @for (event of events(); track event.id) {
                <mat-option [value]="event.id">{{ event.startsOn ? (event.startsOn | date: 'dd.MM.yyyy') + ' – ' : '' }}{{ event.title }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ eventsHint() }}</mat-hint>
            <mat-error>{{ form.controls.eventId | fieldError }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="cancel()">Abbrechen</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ isEdit ? 'Speichern' : 'Erklärung hinzufügen' }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './tab-dialog.scss',
})
export class DeclarationDialog {
  private readonly data = inject<DeclarationDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DeclarationDialog, AllianceDeclarationDto>>(MatDialogRef);
  private readonly api = inject(AllianceDeclarationsApi);
  private readonly eventsApi = inject(AllianceEventsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly kinds = DECLARATION_KINDS;
  protected readonly kindLabels = DECLARATION_KIND_LABELS;
  protected readonly isEdit = this.data.declaration !== null;
  protected readonly busy = signal(false);
  protected readonly messages = signal<string[]>([]);
  /** The alliance's events, newest first; the linked event is kept even when it is not among them. */
  protected readonly events = signal<EventOption[]>(this.linkedEvent(this.data.declaration));
  protected readonly eventsHint = signal('Die Veranstaltung, bei der die Erklärung beschlossen oder unterzeichnet wurde');
  private current = this.data.declaration;

  protected readonly form = this.fb.group({
    kind: this.fb.control<DeclarationKind | null>(null, Validators.required),
    title: ['', [Validators.required, requiredText, Validators.maxLength(200)]],
    textVersion: ['', Validators.maxLength(40)],
    adoptedOn: this.fb.control<Date | null>(null),
    eventId: this.fb.control<string | null>(null),
  });

  constructor() {
    if (this.current) this.fill(this.current);
    void this.loadEvents();
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const dto: CreateAllianceDeclarationDto = {
      kind: value.kind as DeclarationKind,
      title: value.title.trim(),
      textVersion: textOrNull(value.textVersion),
      adoptedOn: toIsoDate(value.adoptedOn),
      eventId: value.eventId,
    };
    this.busy.set(true);
    this.messages.set([]);
    try {
      const current = this.current;
      const saved = current
        ? await firstValueFrom(this.api.update(this.data.allianceId, current.id, { ...dto, version: current.version }))
        : await firstValueFrom(this.api.create(this.data.allianceId, dto));
      this.ref.close(saved);
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirm.confirmReloadAfterConflict()) await this.reload();
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

  private async reload(): Promise<void> {
    const id = this.current?.id;
    if (!id) return;
    try {
      const found = (await firstValueFrom(this.api.list(this.data.allianceId))).find((declaration) => declaration.id === id);
      if (!found) {
        this.messages.set(['Die Erklärung wurde inzwischen archiviert. Schließen Sie den Dialog.']);
        return;
      }
      this.current = found;
      this.fill(found);
    } catch (error: unknown) {
      this.messages.set([toApiError(error).message]);
    }
  }

  private fill(declaration: AllianceDeclarationDto): void {
    this.form.reset({
      kind: declaration.kind,
      title: declaration.title,
      textVersion: declaration.textVersion ?? '',
      adoptedOn: fromIsoDate(declaration.adoptedOn),
      eventId: declaration.eventId,
    });
  }

  private async loadEvents(): Promise<void> {
    try {
      const page = await firstValueFrom(
        this.eventsApi.list(this.data.allianceId, { page: 1, pageSize: EVENT_OPTION_LIMIT, sort: 'startsOn', direction: 'desc' }),
      );
      const options: EventOption[] = page.items.map((event) => ({ id: event.id, title: event.title, startsOn: event.startsOn }));
      const linked = this.linkedEvent(this.current).filter((event) => !options.some((option) => option.id === event.id));
      this.events.set([...linked, ...options]);
      if (!options.length) this.eventsHint.set('Zu diesem Bündnis ist noch keine Veranstaltung erfasst.');
    } catch {
      this.eventsHint.set('Die Veranstaltungen des Bündnisses konnten nicht geladen werden.');
    }
  }

  private linkedEvent(declaration: AllianceDeclarationDto | null): EventOption[] {
    return declaration?.eventId ? [{ id: declaration.eventId, title: declaration.eventTitle ?? 'Veranstaltung', startsOn: null }] : [];
  }
}
