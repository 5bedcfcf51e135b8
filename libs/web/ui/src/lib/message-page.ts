import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';

/** A full-page message for 403 / 404 / failures, always with a way back. */
@Component({
  selector: 'bn-message-page',
  imports: [MatIcon, MatAnchor, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    <h1>{{ title() }}</h1>
    <p>{{ message() }}</p>
    <ng-content />
    <a mat-flat-button routerLink="/">Zur Startseite</a>
  `,
  styles: `
    :host { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 8px; padding: 48px 16px; }
    mat-icon { font-size: 48px; width: 48px; height: 48px; color: var(--mat-sys-primary); }
    h1 { font: var(--mat-sys-headline-small); margin: 0; }
    p { max-width: 60ch; }
  `,
})
export class MessagePage {
  readonly title = input.required<string>();
  readonly message = input.required<string>();
  readonly icon = input('info');
}

/** Route component: the page does not exist (or is not visible to the user). */
@Component({
  selector: 'bn-not-found-page',
  imports: [MessagePage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bn-message-page icon="search_off" title="Seite nicht gefunden" message="Diese Seite oder dieser Datensatz existiert nicht oder ist für Sie nicht sichtbar. Prüfen Sie die Adresse oder suchen Sie über das Suchfeld oben." />`,
})
export class NotFoundPage {}

/** Route component: the user's role may not use this area. */
@Component({
  selector: 'bn-forbidden-page',
  imports: [MessagePage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bn-message-page icon="lock" title="Kein Zugriff" message="Dieser Bereich steht Ihrer Rolle nicht zur Verfügung. Wenn Sie Zugriff benötigen, wenden Sie sich bitte an das Servicebüro." />`,
})
export class ForbiddenPage {}
