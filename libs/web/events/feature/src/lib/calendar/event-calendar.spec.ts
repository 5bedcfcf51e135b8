import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideRouter } from '@angular/router';
import { EventCalendar } from './event-calendar';
import { listItem } from '../testing/fixtures';

describe('EventCalendar', () => {
  async function render(month: string, events = [listItem()]) {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(EventCalendar);
    fixture.componentRef.setInput('month', month);
    fixture.componentRef.setInput('events', events);
    fixture.componentRef.setInput('today', '2025-11-20');
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const cell = (element: HTMLElement, iso: string) => element.querySelector<HTMLTableCellElement>(`td[data-date="${iso}"]`);

  it('is a table with the month as caption and weekday headers Mo–So', async () => {
    const { element } = await render('2025-11');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('November 2025');
    const headers = Array.from(element.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
    expect(element.querySelectorAll('thead th[scope="col"] abbr[title="Montag"]')).toHaveLength(1);
    expect(element.querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('puts each event as a link on its day, with its start time', async () => {
    const { element } = await render('2025-11', [
      listItem({ id: 'e1', title: 'Fachtag Familie', startsOn: '2025-11-14', startTime: '10:00' }),
      listItem({ id: 'e2', title: 'Netzwerktreffen', startsOn: '2025-11-03', startTime: null }),
      listItem({ id: 'e3', title: 'Bündnisdialog', startsOn: '2025-11-14', startTime: '18:00' }),
    ]);
    const links14 = Array.from(cell(element, '2025-11-14')?.querySelectorAll('a') ?? []);
    expect(links14.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['10:00 Fachtag Familie', '18:00 Bündnisdialog']);
    expect(links14[0].getAttribute('href')).toBe('/veranstaltungen/e1');
    expect(cell(element, '2025-11-03')?.querySelector('a')?.getAttribute('href')).toBe('/veranstaltungen/e2');
    expect(cell(element, '2025-11-04')?.querySelector('a')).toBeNull();
    // The leading days of October are empty cells.
    expect(cell(element, '2025-10-27')?.textContent?.trim()).toBe('');
  });

  it('marks today', async () => {
    const { element } = await render('2025-11');
    expect(cell(element, '2025-11-20')?.getAttribute('aria-current')).toBe('date');
    expect(element.querySelectorAll('[aria-current="date"]')).toHaveLength(1);
  });

  it('asks for the previous, next and current month', async () => {
    const { fixture, loader } = await render('2026-01');
    const requested: string[] = [];
    fixture.componentInstance.monthChange.subscribe((month) => requested.push(month));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Vorheriger Monat/ }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Nächster Monat/ }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Aktueller Monat' }))).click();
    expect(requested).toEqual(['2025-12', '2026-02', '2025-11']);
  });
});
