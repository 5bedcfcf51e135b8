import { Component, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterOutlet } from '@angular/router';

/** The one component of a fresh `ng new` + `ng add @angular/material` app: a toolbar and a button. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, MatToolbarModule, MatButtonModule],
  template: `
    <mat-toolbar>{{ title() }}</mat-toolbar>
    <main>
      <button matButton="filled" (click)="clicks.set(clicks() + 1)">Klick {{ clicks() }}</button>
    </main>
    <router-outlet />
  `,
})
export class App {
  protected readonly title = signal('scaffold');
  protected readonly clicks = signal(0);
}
