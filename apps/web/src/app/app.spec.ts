import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatToolbarHarness } from '@angular/material/toolbar/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App', () => {
  let fixture: ComponentFixture<App>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideRouter([]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    fixture = TestBed.createComponent(App);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows the app name and subtitle in the toolbar', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const toolbar = await loader.getHarness(MatToolbarHarness);

    const [row] = await toolbar.getRowsAsText();

    expect(row).toContain('Bündnisnetz');
    expect(row).toContain('Koordination der Lokalen Bündnisse für Familie');
  });

  it('offers the skip link as the first focusable element', () => {
    const focusable = host.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );

    expect(focusable[0]?.textContent?.trim()).toBe('Zum Inhalt springen');
    expect(focusable[0]?.getAttribute('href')).toBe('#inhalt');
  });

  it('moves focus to the main landmark when the skip link is used', () => {
    const skipLink = host.querySelector<HTMLAnchorElement>('a.skip-link');
    const main = host.querySelector<HTMLElement>('main#inhalt');

    skipLink?.click();

    expect(main).not.toBeNull();
    expect(document.activeElement).toBe(main);
  });

  it('credits the reference geography in the footer', () => {
    const attribution = host.querySelector<HTMLAnchorElement>('footer a');

    expect(attribution?.textContent?.trim()).toBe(
      '© GeoBasis-DE / BKG 2021 (Daten verändert)',
    );
    expect(attribution?.getAttribute('href')).toBe('http://www.bkg.bund.de');
  });
});
