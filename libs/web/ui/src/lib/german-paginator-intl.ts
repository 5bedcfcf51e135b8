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
    return `${format(start)} – ${format(end)} von ${format(length)}`;
  };
}
