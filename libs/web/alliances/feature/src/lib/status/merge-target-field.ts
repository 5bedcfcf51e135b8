import { ChangeDetectionStrategy, ChangeDetectorRef, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, FormControl, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger } from '@angular/material/autocomplete';
import { MatOption } from '@angular/material/core';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { AlliancesApi } from '@bn/web/alliances/data-access';
import { FieldErrorPipe } from '@bn/web/util';
import { catchError, debounceTime, filter, map, of, switchMap } from 'rxjs';

/** An alliance chosen as the receiving alliance of a merger. */
export interface AllianceOption {
  id: string;
  code: string;
  name: string;
}

export type MergeTargetValue = AllianceOption | string | null;

export const isAllianceOption = (value: MergeTargetValue): value is AllianceOption => typeof value === 'object' && value !== null;

/** Validator: the field holds an alliance picked from the list (typed text alone is not enough). */
export function allianceSelected(control: AbstractControl<MergeTargetValue>): ValidationErrors | null {
  const value = control.value;
  if (isAllianceOption(value)) return null;
  return typeof value === 'string' && value.trim() ? { notSelected: true } : { required: true };
}

/** "Aufnehmendes Bündnis" for a merger: search by name or code, pick from the list. */
@Component({
  selector: 'bn-merge-target-field',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatAutocomplete, MatAutocompleteTrigger, MatOption, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="full">
      <mat-label>Aufnehmendes Bündnis</mat-label>
      <input matInput [formControl]="control()" [matAutocomplete]="auto" autocomplete="off" />
      <mat-autocomplete #auto="matAutocomplete" [displayWith]="display">
        @for (option of options(); track option.id) {
          <mat-option [value]="option">{{ option.name }} ({{ option.code }})</mat-option>
        }
      </mat-autocomplete>
      <mat-hint>Name oder Code eingeben und aus der Liste wählen.</mat-hint>
      <mat-error>
        @if (control().hasError('notSelected')) {
          Bitte wählen Sie ein Bündnis aus der Liste.
        } @else {
          {{ control() | fieldError }}
        }
      </mat-error>
    </mat-form-field>
  `,
  styles: `.full { width: 100%; }`,
})
export class MergeTargetField implements OnInit {
  readonly control = input.required<FormControl<MergeTargetValue>>();
  /** The alliance that merges (never its own target). */
  readonly excludeId = input.required<string>();

  private readonly api = inject(AlliancesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly changeDetector = inject(ChangeDetectorRef);
  protected readonly options = signal<AllianceOption[]>([]);

  protected readonly display = (value: MergeTargetValue): string =>
    isAllianceOption(value) ? `${value.name} (${value.code})` : (value ?? '');

  ngOnInit(): void {
    // Errors, touched state and values set by the page (server errors, reload) must show in this OnPush view.
    this.control()
      .events.pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.changeDetector.markForCheck());
    this.control()
      .valueChanges.pipe(
        filter((value): value is string => typeof value === 'string'),
        debounceTime(250),
        map((q) => q.trim()),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.api.list({ q, pageSize: 10, status: 'INTERESSENT,IN_GRUENDUNG,AKTIV,RUHEND' }).pipe(
                map((page) => page.items.filter((a) => a.id !== this.excludeId()).map(({ id, code, name }) => ({ id, code, name }))),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => this.options.set(options));
  }
}
