import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { EventDetailDto } from '@bn/shared/contracts';
import { EventsApi } from '@bn/web/events/data-access';
import { ConfirmService } from '@bn/web/ui';
import { FieldErrorPipe, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { toUpdateEventDto } from '../form/event-form.model';

/** The Nachlese (follow-up report) of an event: shown, and written in place by those who may edit the event. */
@Component({
  selector: 'bn-event-follow-up',
  imports: [ReactiveFormsModule, FieldErrorPipe, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (isEditing()) {
      <form [formGroup]="form" (ngSubmit)="save()">
        @if (message()) {
          <div class="form-messages" role="alert"><p>{{ message() }}</p></div>
        }
        <mat-form-field class="wide">
          <mat-label>Nachlese</mat-label>
          <textarea matInput formControlName="followUpReport" rows="10" maxlength="20000"></textarea>
          <mat-hint>Was ist passiert, was wurde vereinbart? Bitte keine sensiblen personenbezogenen Daten eintragen.</mat-hint>
          <mat-error>{{ text | fieldError }}</mat-error>
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit" [disabled]="saving()">Nachlese speichern</button>
          <button mat-button type="button" (click)="cancel()">Abbrechen</button>
        </div>
      </form>
    } @else {
      @if (event().followUpReport) {
        <p class="text">{{ event().followUpReport }}</p>
      } @else {
        <p class="muted">Noch keine Nachlese erfasst.</p>
      }
      @if (canEdit()) {
        <button mat-stroked-button type="button" (click)="edit()">
          <mat-icon aria-hidden="true">edit_note</mat-icon>{{ event().followUpReport ? 'Nachlese bearbeiten' : 'Nachlese schreiben' }}
        </button>
      }
    }
  `,
  styleUrl: './detail-sections.scss',
})
export class FollowUpSection {
  private readonly api = inject(EventsApi);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  readonly event = input.required<EventDetailDto>();
  readonly canEdit = input(false);
  readonly reload = output<void>();

  protected readonly isEditing = signal(false);
  protected readonly saving = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly text = new FormControl('', { nonNullable: true, validators: [Validators.maxLength(20_000)] });
  protected readonly form = new FormGroup({ followUpReport: this.text });

  /** True while the text differs from the stored Nachlese (the page asks before leaving). */
  hasUnsavedChanges(): boolean {
    return this.isEditing() && this.text.dirty;
  }

  protected edit(): void {
    this.text.reset(this.event().followUpReport ?? '');
    this.message.set(null);
    this.isEditing.set(true);
  }

  protected cancel(): void {
    this.isEditing.set(false);
  }

  protected async save(): Promise<void> {
    if (this.text.invalid) return this.text.markAsTouched();
    const followUpReport = this.text.value.trim() || null;
    this.saving.set(true);
    try {
      await firstValueFrom(this.api.update(this.event().id, toUpdateEventDto(this.event(), { followUpReport })));
      this.text.markAsPristine();
      this.isEditing.set(false);
      this.snackBar.open('Gespeichert.');
      this.reload.emit();
    } catch (error) {
      const apiError = toApiError(error);
      this.message.set(apiError.fields['followUpReport'] ?? apiError.message);
      if (isConflict(apiError) && (await this.confirm.confirmReloadAfterConflict())) {
        this.isEditing.set(false);
        this.reload.emit();
      }
    } finally {
      this.saving.set(false);
    }
  }
}
