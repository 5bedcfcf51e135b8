import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

/** The frame of the signed-out pages (sign-in, invitation, password reset). */
@Component({
  selector: 'bn-public-layout',
  imports: [MatToolbar, RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header>
      <mat-toolbar class="app-bar">
        <span class="app-name">Bündnisnetz</span>
        <span class="app-subtitle">Koordination der Lokalen Bündnisse für Familie</span>
      </mat-toolbar>
    </header>
    <main id="inhalt"><router-outlet /></main>
    <footer class="app-footer">
      <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a>
    </footer>
  `,
  styles: `
    :host { display: flex; flex-direction: column; min-height: 100vh; }
    .app-bar { flex-wrap: wrap; column-gap: 1rem; height: auto; min-height: 64px; white-space: normal; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); }
    .app-name { font: var(--mat-sys-title-large); }
    .app-subtitle { font: var(--mat-sys-body-medium); }
    main { flex: 1; }
    .app-footer { padding: 12px 24px; font: var(--mat-sys-body-small); background: var(--mat-sys-surface-container); }
    .app-footer a { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class PublicLayout {}
