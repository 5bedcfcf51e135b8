import { Pipe, PipeTransform } from '@angular/core';

/** `{{ alliance.status | label: STATUS_LABELS }}`: the German label of an enumeration value. */
@Pipe({ name: 'label' })
export class LabelPipe implements PipeTransform {
  transform(value: string | null | undefined, labels: Readonly<Record<string, string>>): string {
    if (value === null || value === undefined || value === '') return '–';
    return labels[value] ?? value;
  }
}
