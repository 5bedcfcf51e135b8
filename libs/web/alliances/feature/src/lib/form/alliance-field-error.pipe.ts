import { Pipe, PipeTransform } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { allianceFieldError } from './alliance-form-validators';

/** `<mat-error>{{ ctrl | allianceFieldError }}</mat-error>`; impure because errors change in place. */
@Pipe({ name: 'allianceFieldError', pure: false })
export class AllianceFieldErrorPipe implements PipeTransform {
  transform(control: AbstractControl | null | undefined): string {
    return allianceFieldError(control ?? null);
  }
}
