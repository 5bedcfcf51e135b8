import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import type { EventSpeakerDto } from '@bn/shared/contracts';
import { EventLookups, EventsApi } from '@bn/web/events/data-access';
import { ConfirmService } from '@bn/web/ui';
import { FieldErrorPipe, applyServerErrors, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { RecordPicker } from '../shared/record-picker';

/** Speakers (Referent:innen) of an event: a person, an organisation or a person for an organisation, with a topic. */
@Component({
  selector: 'bn-event-speakers',
  imports: [ReactiveFormsModule, RouterLink, RecordPicker, FieldErrorPipe, MatFormField, MatLabel, MatError, MatInput, MatButton, MatIconButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (speakers().length === 0) {
      <p class="muted">Noch keine Referent:innen eingetragen.</p>
    } @else {
      <ul class="plain" aria-label="Referent:innen">
        @for (speaker of speakers(); track speaker.id) {
          <li>
            <span class="who">
              @if (speaker.personId) {
                <a [routerLink]="['/personen', speaker.personId]">{{ speaker.personName }}</a>
              }
              @if (speaker.organisationId) {
                @if (speaker.personId) { – }
                <a [routerLink]="['/organisationen', speaker.organisationId]">{{ speaker.organisationName }}</a>
              }
              @if (speaker.topic) {
                <span class="secondary">Thema: {{ speaker.topic }}</span>
              }
            </span>
            @if (canEdit()) {
              <button mat-icon-button type="button" [attr.aria-label]="nameOf(speaker) + ' als Referent:in entfernen'" (click)="remove(speaker)">
                <mat-icon aria-hidden="true">delete</mat-icon>
              </button>
            }
          </li>
        }
      </ul>
    }
    @if (canEdit()) {
      <form class="add-form" [formGroup]="form" (ngSubmit)="add()" aria-labelledby="add-speaker-heading">
        <h3 id="add-speaker-heading">Referent:in eintragen</h3>
        @if (messages().length) {
          <div class="form-messages" role="alert">
            @for (message of messages(); track $index) {
              <p>{{ message }}</p>
            }
          </div>
        }
        <div class="row">
          <bn-record-picker label="Person" [control]="form.controls.personId" [search]="searchPersons" />
          <bn-record-picker label="Organisation" [control]="form.controls.organisationId" [search]="searchOrganisations" />
        </div>
        <mat-form-field class="wide">
          <mat-label>Thema</mat-label>
          <input matInput formControlName="topic" required maxlength="300" />
          <mat-error>{{ form.controls.topic | fieldError }}</mat-error>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="adding()"><mat-icon aria-hidden="true">add</mat-icon>Eintragen</button>
      </form>
    }
  `,
  styleUrl: './detail-sections.scss',
})
export class SpeakersSection {
  private readonly api = inject(EventsApi);
  private readonly lookups = inject(EventLookups);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  readonly eventId = input.required<string>();
  readonly speakers = input.required<EventSpeakerDto[]>();
  readonly canEdit = input(false);
  readonly reload = output<void>();

  protected readonly adding = signal(false);
  protected readonly messages = signal<string[]>([]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    personId: new FormControl<string | null>(null),
    organisationId: new FormControl<string | null>(null),
    topic: ['', [Validators.required, Validators.maxLength(300)]],
  });
  protected readonly searchOrganisations = (term: string) => this.lookups.searchRecords('organisation', term);
  protected readonly searchPersons = (term: string) => this.lookups.searchRecords('person', term);

  protected nameOf(speaker: EventSpeakerDto): string {
    return [speaker.personName, speaker.organisationName].filter(Boolean).join(', ') || 'Eintrag';
  }

  protected async add(): Promise<void> {
    this.messages.set([]);
    const value = this.form.getRawValue();
    if (!value.personId && !value.organisationId) {
      this.form.markAllAsTouched();
      this.messages.set(['Bitte eine Person oder eine Organisation auswählen.']);
      return;
    }
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.adding.set(true);
    try {
      await firstValueFrom(this.api.addSpeaker(this.eventId(), { ...value, topic: value.topic.trim() }));
      this.form.reset();
      this.snackBar.open('Referent:in eingetragen.');
      this.reload.emit();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.messages.set(unmatched.length ? unmatched : Object.keys(apiError.fields).length ? [] : [apiError.message]);
    } finally {
      this.adding.set(false);
    }
  }

  protected async remove(speaker: EventSpeakerDto): Promise<void> {
    const isConfirmed = await this.confirm.confirm({
      title: 'Referent:in entfernen',
      message: `Soll „${this.nameOf(speaker)}“ als Referent:in entfernt werden?`,
      confirmLabel: 'Entfernen',
      isDestructive: true,
    });
    if (!isConfirmed) return;
    try {
      await firstValueFrom(this.api.removeSpeaker(this.eventId(), speaker.id));
      this.snackBar.open('Referent:in entfernt.');
      this.reload.emit();
    } catch (error) {
      this.snackBar.open(toApiError(error).message);
    }
  }
}
