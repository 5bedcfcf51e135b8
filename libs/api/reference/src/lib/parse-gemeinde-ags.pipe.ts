import { Injectable, PipeTransform } from '@nestjs/common';
import { AGS_GEMEINDE } from '@bn/shared/contracts';
import { invalidGemeindeAgs } from './reference.errors';

/** Validates an 8-digit Gemeinde AGS path parameter; anything else is a 400 with a German field message. */
@Injectable()
export class ParseGemeindeAgsPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !AGS_GEMEINDE.test(value))
      throw invalidGemeindeAgs();
    return value;
  }
}
