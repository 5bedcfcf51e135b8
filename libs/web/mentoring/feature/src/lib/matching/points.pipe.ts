import { Pipe, PipeTransform } from '@angular/core';

const POINTS = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Matching points in German notation with at most one decimal: 78,5. */
@Pipe({ name: 'points' })
export class PointsPipe implements PipeTransform {
  transform(value: number | null | undefined): string {
    return value === null || value === undefined ? '–' : POINTS.format(value);
  }
}
