import { EnvironmentProviders, Provider, makeEnvironmentProviders } from '@angular/core';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { MAT_DATE_LOCALE } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { de } from 'date-fns/locale';
import { format, isValid, parseISO } from 'date-fns';
import { GermanDatepickerIntl } from './german-datepicker-intl';

/** Dates are typed or picked as TT.MM.JJJJ (also T.M.JJJJ and ISO), shown as TT.MM.JJJJ. */
export const GERMAN_DATE_FORMATS = {
  parse: { dateInput: ['dd.MM.yyyy', 'd.M.yyyy', 'dd.MM.yy', 'yyyy-MM-dd'] },
  display: {
    dateInput: 'dd.MM.yyyy',
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'PPP',
    monthYearA11yLabel: 'LLLL yyyy',
  },
};

/** German date adapter and formats, and the date picker's German texts ("Kalender öffnen", …). */
export function provideGermanDates(): (Provider | EnvironmentProviders)[] {
  return [
    provideDateFnsAdapter(GERMAN_DATE_FORMATS),
    makeEnvironmentProviders([
      { provide: MAT_DATE_LOCALE, useValue: de },
      { provide: MatDatepickerIntl, useClass: GermanDatepickerIntl },
    ]),
  ];
}

/** A date picked in the client as the API's ISO date (YYYY-MM-DD), or null. */
export function toIsoDate(value: Date | null | undefined): string | null {
  return value && isValid(value) ? format(value, 'yyyy-MM-dd') : null;
}

/** The API's ISO date (YYYY-MM-DD) as a Date for a date picker, or null. */
export function fromIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}
