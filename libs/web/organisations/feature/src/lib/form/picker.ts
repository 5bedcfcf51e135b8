import { Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, ValidationErrors } from '@angular/forms';
import { Observable, catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';

/** An entry of an autocomplete picker (a Gemeinde, an organisation). */
export interface PickOption {
  id: string;
  label: string;
  hint: string | null;
}

/** What a picker's control holds: the picked entry, the text typed so far, or nothing. */
export type PickValue = PickOption | string | null;

/** Search terms shorter than this do not ask the server (its pickers need two characters too). */
export const PICKER_MIN_LENGTH = 2;

/** Typed text that was not turned into an entry of the list is an error (`notPicked`). */
export function pickedValidator(control: AbstractControl<PickValue>): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() !== '' ? { notPicked: true } : null;
}

export function pickedId(value: PickValue): string | null {
  return value !== null && typeof value === 'object' ? value.id : null;
}

/** `displayWith` of the autocomplete: the picked entry's label, or the typed text. */
export function displayPick(value: PickValue): string {
  return typeof value === 'string' ? value : (value?.label ?? '');
}

/**
 * The options of a picker as a signal: what the user types is searched (debounced, at least two
 * characters); a failed search shows no options rather than an error. Call in an injection context.
 */
export function pickerOptions(control: AbstractControl<PickValue>, search: (term: string) => Observable<PickOption[]>): Signal<PickOption[]> {
  return toSignal(
    control.valueChanges.pipe(
      filter((value): value is string => typeof value === 'string'),
      map((value) => value.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((term) => (term.length < PICKER_MIN_LENGTH ? of([]) : search(term).pipe(catchError(() => of([]))))),
    ),
    { initialValue: [] },
  );
}
