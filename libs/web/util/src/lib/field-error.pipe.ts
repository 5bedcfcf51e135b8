import { Pipe, PipeTransform } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { controlErrorMessage } from './server-errors';

/**
 * `<mat-error>{{ form.controls.name | fieldError }}</mat-error>`: the German message of the control's
 * first error. Impure, because a control's errors change without a new reference.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  transform(control: AbstractControl | null | undefined): string {
    return controlErrorMessage(control ?? null);
  }
}
