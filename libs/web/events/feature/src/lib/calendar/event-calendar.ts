import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { EventListItemDto } from '@bn/shared/contracts';
import { MonthKey, buildMonthGrid, localIsoDate, monthOf, monthTitle, shiftMonth } from './month-grid';

const WEEKDAYS = [
  { short: 'Mo', long: 'Montag' },
  { short: 'Di', long: 'Dienstag' },
  { short: 'Mi', long: 'Mittwoch' },
  { short: 'Do', long: 'Donnerstag' },
  { short: 'Fr', long: 'Freitag' },
  { short: 'Sa', long: 'Samstag' },
  { short: 'So', long: 'Sonntag' },
];

/**
 * A month as a table (weeks Monday to Sunday): each event is a link on its day. Previous/next month
 * are buttons; the page keeps the month in the URL.
 */
@Component({
  selector: 'bn-event-calendar',
  imports: [RouterLink, MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="calendar-nav">
      <button mat-stroked-button type="button" (click)="monthChange.emit(previous())">
        <mat-icon aria-hidden="true">chevron_left</mat-icon>Vorheriger Monat
      </button>
      <button mat-stroked-button type="button" (click)="monthChange.emit(next())">
        Nächster Monat<mat-icon iconPositionEnd aria-hidden="true">chevron_right</mat-icon>
      </button>
      @if (month() !== currentMonth()) {
        <button mat-button type="button" (click)="monthChange.emit(currentMonth())">Aktueller Monat</button>
      }
    </div>
    <table class="month">
      <caption aria-live="polite">{{ title() }}</caption>
      <thead>
        <tr>
          @for (weekday of weekdays; track weekday.short) {
            <th scope="col"><abbr [title]="weekday.long">{{ weekday.short }}</abbr></th>
          }
        </tr>
      </thead>
      <tbody>
        @for (week of weeks(); track week.key) {
          <tr>
            @for (day of week.days; track day.iso) {
              <td [class.outside]="!day.isInMonth" [class.today]="day.isToday" [attr.aria-current]="day.isToday ? 'date' : null" [attr.data-date]="day.iso">
                @if (day.isInMonth) {
                  <span class="day-number">{{ day.day }}.<span class="visually-hidden"> {{ title() }}@if (day.isToday) { (heute)}</span></span>
                  @if (day.items.length) {
                    <ul>
                      @for (event of day.items; track event.id) {
                        <li>
                          <a [routerLink]="['/veranstaltungen', event.id]">
                            @if (event.startTime) {
                              <span class="time">{{ event.startTime }}</span>
                            }
                            {{ event.title }}
                          </a>
                        </li>
                      }
                    </ul>
                  }
                }
              </td>
            }
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host { display: block; }
    .calendar-nav { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 8px; }
    .month { width: 100%; border-collapse: collapse; table-layout: fixed; }
    caption { font: var(--mat-sys-title-large); text-align: left; padding: 8px 0; }
    th { font: var(--mat-sys-title-small); padding: 8px 4px; text-align: left; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    abbr { text-decoration: none; }
    td { vertical-align: top; height: 96px; padding: 4px; border: 1px solid var(--mat-sys-outline-variant); overflow-wrap: anywhere; }
    td.outside { background: var(--mat-sys-surface-container-low); }
    td.today { background: var(--mat-sys-secondary-container); }
    td.today .day-number { font-weight: 700; }
    .day-number { font: var(--mat-sys-label-large); }
    ul { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
    a { display: block; font: var(--mat-sys-body-small); color: var(--mat-sys-primary); }
    .time { font-weight: 600; margin-right: 2px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class EventCalendar {
  /** `YYYY-MM` */
  readonly month = input.required<MonthKey>();
  readonly events = input.required<readonly EventListItemDto[]>();
  /** Today (`YYYY-MM-DD`); set in tests. */
  readonly today = input<string>(localIsoDate());
  /** The month the user wants to see (`YYYY-MM`). */
  readonly monthChange = output<MonthKey>();

  protected readonly weekdays = WEEKDAYS;
  protected readonly title = computed(() => monthTitle(this.month()));
  protected readonly currentMonth = computed(() => monthOf(this.today()));
  protected readonly previous = computed(() => shiftMonth(this.month(), -1));
  protected readonly next = computed(() => shiftMonth(this.month(), 1));
  protected readonly weeks = computed(() => buildMonthGrid(this.month(), this.events(), (event) => event.startsOn, this.today()));
}
