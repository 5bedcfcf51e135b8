import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

export interface Breadcrumb {
  label: string;
  /** Router link; the last crumb (the current page) has none. */
  link?: string | unknown[];
}

/** The heading of a page with breadcrumbs and a slot for the page's main actions. */
@Component({
  selector: 'bn-page-header',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (breadcrumbs().length) {
      <nav class="breadcrumbs" aria-label="Brotkrümelnavigation">
        <ol>
          @for (crumb of breadcrumbs(); track $index; let last = $last) {
            <li>
              @if (crumb.link && !last) {
                <a [routerLink]="crumb.link">{{ crumb.label }}</a>
              } @else {
                <span [attr.aria-current]="last ? 'page' : null">{{ crumb.label }}</span>
              }
            </li>
          }
        </ol>
      </nav>
    }
    <div class="title-row">
      <h1>{{ title() }}</h1>
      <div class="actions"><ng-content /></div>
    </div>
    @if (subtitle()) {
      <p class="subtitle">{{ subtitle() }}</p>
    }
  `,
  styles: `
    :host { display: block; margin-bottom: 16px; }
    .breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; padding: 0; font: var(--mat-sys-body-medium); }
    .breadcrumbs li + li::before { content: '›'; margin-right: 4px; color: var(--mat-sys-on-surface-variant); }
    .title-row { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; justify-content: space-between; }
    h1 { font: var(--mat-sys-headline-medium); margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .subtitle { margin: 4px 0 0; color: var(--mat-sys-on-surface-variant); }
  `,
})
export class PageHeader {
  readonly title = input.required<string>();
  readonly subtitle = input<string | null>(null);
  readonly breadcrumbs = input<Breadcrumb[]>([]);
}
