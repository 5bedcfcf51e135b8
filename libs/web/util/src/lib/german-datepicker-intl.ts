import { Injectable } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';

/** The date picker's texts for screen readers and its year-range captions, in German. */
@Injectable()
export class GermanDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = 'Kalender';
  override openCalendarLabel = 'Kalender öffnen';
  override closeCalendarLabel = 'Kalender schließen';
  override prevMonthLabel = 'Vorheriger Monat';
  override nextMonthLabel = 'Nächster Monat';
  override prevYearLabel = 'Vorheriges Jahr';
  override nextYearLabel = 'Nächstes Jahr';
  override prevMultiYearLabel = 'Vorherige 24 Jahre';
  override nextMultiYearLabel = 'Nächste 24 Jahre';
  override switchToMonthViewLabel = 'Datum wählen';
  override switchToMultiYearViewLabel = 'Monat und Jahr wählen';
  override startDateLabel = 'Anfangsdatum';
  override endDateLabel = 'Enddatum';
  override comparisonDateLabel = 'Vergleichszeitraum';

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return `${start} bis ${end}`;
  }
}
