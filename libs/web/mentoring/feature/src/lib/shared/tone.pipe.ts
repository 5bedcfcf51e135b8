import { Pipe, PipeTransform } from '@angular/core';
import type { StatusTone } from '@bn/web/ui';

/** `<bn-status-chip [tone]="row.status | tone: STATUS_TONES" />`: the tone of a status (neutral when unknown). */
@Pipe({ name: 'tone' })
export class TonePipe implements PipeTransform {
  transform(value: string | null | undefined, tones: Readonly<Record<string, StatusTone>>): StatusTone {
    return (value ? tones[value] : undefined) ?? 'neutral';
  }
}
