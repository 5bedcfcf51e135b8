import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatDatepicker, MatDatepickerInput, MatDatepickerIntl, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatDatepickerToggleHarness } from '@angular/material/datepicker/testing';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { GermanDatepickerIntl } from './german-datepicker-intl';
import { provideGermanDates } from './german-dates';

// The directives one by one, like the app's forms: MatDatepickerModule would bring its own English
// MatDatepickerIntl into a standalone component's injector and hide the German one.
@Component({
  imports: [MatFormFieldModule, MatInputModule, MatDatepicker, MatDatepickerInput, MatDatepickerToggle],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>Datum</mat-label>
      <input matInput [matDatepicker]="picker" />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
    </mat-form-field>
  `,
})
class DateHost {}

describe('GermanDatepickerIntl', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [DateHost], providers: [provideGermanDates()] });
  });

  it('is what provideGermanDates gives the date picker', () => {
    expect(TestBed.inject(MatDatepickerIntl)).toBeInstanceOf(GermanDatepickerIntl);
  });

  it('labels the toggle and the calendar controls in German', async () => {
    const fixture = TestBed.createComponent(DateHost);
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const toggle = await loader.getHarness(MatDatepickerToggleHarness);
    const toggleButton = fixture.nativeElement.querySelector('mat-datepicker-toggle button') as HTMLButtonElement;
    expect(toggleButton.getAttribute('aria-label')).toBe('Kalender öffnen');

    await toggle.openCalendar();
    const overlay = document.querySelector('.cdk-overlay-container') as HTMLElement;
    const labels = Array.from(overlay.querySelectorAll('button[aria-label]')).map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(expect.arrayContaining(['Vorheriger Monat', 'Nächster Monat', 'Monat und Jahr wählen']));
    // The close button (shown to keyboard and screen-reader users) carries its label as text.
    expect(overlay.querySelector('.mat-datepicker-close-button')?.textContent?.trim()).toBe('Kalender schließen');
    expect(labels.some((label) => /previous|next|choose|close/i.test(label ?? ''))).toBe(false);
  });

  it('formats year ranges in German', () => {
    const intl = new GermanDatepickerIntl();
    expect(intl.formatYearRange('2016', '2039')).toBe('2016 – 2039');
    expect(intl.formatYearRangeLabel('2016', '2039')).toBe('2016 bis 2039');
  });
});
