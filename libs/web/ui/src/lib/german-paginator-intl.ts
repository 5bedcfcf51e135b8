import { LIST_TOTAL_CAP } from '@bn/shared/contracts';
import { Injectable } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';

/** The paginator's texts in German ("1 – 25 von 700"). */
@Injectable()
export class GermanPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = 'Einträge pro Seite';
  override nextPageLabel = 'Nächste Seite';
  override previousPageLabel = 'Vorherige Seite';
  override firstPageLabel = 'Erste Seite';
  override lastPageLabel = 'Letzte Seite';
  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0) return '0 von 0';
    const start = page * pageSize + 1;
    const end = Math.min((page + 1) * pageSize, length);
    const format = (n: number) => n.toLocaleString('de-DE');
    // The API counts at most LIST_TOTAL_CAP rows (Page.totalCapped); "mindestens" is true either way.
    const of = length >= LIST_TOTAL_CAP ? `mindestens ${format(length)}` : format(length);
    return `${format(start)} – ${format(end)} von ${of}`;
  };
}
