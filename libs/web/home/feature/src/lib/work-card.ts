import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { Params, RouterLink } from '@angular/router';
import { Loading, StatusChip, StatusTone } from '@bn/web/ui';
import { ApiError, toApiError } from '@bn/web/util';
import { Observable, catchError, map, of, startWith } from 'rxjs';

/** One record in a work card: a link to it, a line about it, optionally its status. */
export interface WorkItem {
  id: string;
  title: string;
  link: unknown[];
  meta?: string;
  status?: { label: string; tone: StatusTone };
}

/** What a work card shows: how many there are and the first few. */
export interface WorkList {
  count: number;
  /** True when the count was taken from a capped page and there may be more. */
  isAtLeast?: boolean;
  items: WorkItem[];
}

export type WorkState = { kind: 'loading' } | { kind: 'loaded'; list: WorkList } | { kind: 'error'; error: ApiError };

export const WORK_LOADING: WorkState = { kind: 'loading' };

/** Items shown per card; "Alle anzeigen" leads to the whole (filtered) list. */
export const WORK_CARD_ITEMS = 5;

export function workState(source: Observable<WorkList>): Observable<WorkState> {
  return source.pipe(
    map((list): WorkState => ({ kind: 'loaded', list: { ...list, items: list.items.slice(0, WORK_CARD_ITEMS) } })),
    catchError((error: unknown) => of<WorkState>({ kind: 'error', error: toApiError(error) })),
    startWith(WORK_LOADING),
  );
}

/** A card of the start page: heading, count, up to five records, and the way to the filtered list. */
@Component({
  selector: 'bn-work-card',
  imports: [DecimalPipe, RouterLink, MatAnchor, Loading, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" [attr.aria-labelledby]="headingId()" [attr.aria-busy]="state().kind === 'loading'">
      <header>
        <h2 [id]="headingId()">{{ heading() }}</h2>
        @if (state(); as s) {
          @if (s.kind === 'loaded') {
            <p class="count"><span class="number">{{ s.list.isAtLeast ? 'mind. ' : '' }}{{ s.list.count | number }}</span> {{ s.list.count === 1 ? unit()[0] : unit()[1] }}</p>
          }
        }
      </header>
      @switch (state().kind) {
        @case ('loading') {
          <bn-loading [label]="heading() + ' werden geladen …'" />
        }
        @case ('error') {
          <p class="error">Konnte nicht geladen werden. {{ errorMessage() }}</p>
        }
        @default {
          @if (items().length) {
            <ul>
              @for (item of items(); track item.id) {
                <li>
                  <a [routerLink]="item.link">{{ item.title }}</a>
                  @if (item.status; as status) {
                    <bn-status-chip [label]="status.label" [tone]="status.tone" />
                  }
                  @if (item.meta) {
                    <span class="meta">{{ item.meta }}</span>
                  }
                </li>
              }
            </ul>
          } @else {
            <p class="empty">{{ emptyMessage() }}</p>
          }
        }
      }
      @if (allLink(); as link) {
        <a mat-button class="all" [routerLink]="link" [queryParams]="allQueryParams()" [attr.aria-label]="'Alle anzeigen: ' + heading()">Alle anzeigen</a>
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .card { height: 100%; box-sizing: border-box; display: flex; flex-direction: column; padding: 16px; border-radius: 12px;
      background: var(--mat-sys-surface-container-low); border: 1px solid var(--mat-sys-outline-variant); }
    header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
    h2 { font: var(--mat-sys-title-medium); margin: 0; }
    .count { margin: 0; color: var(--mat-sys-on-surface-variant); }
    .number { font: var(--mat-sys-headline-small); color: var(--mat-sys-on-surface); }
    ul { list-style: none; margin: 12px 0 0; padding: 0; flex: 1; }
    li { padding: 6px 0; border-top: 1px solid var(--mat-sys-outline-variant); display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; }
    .meta { width: 100%; font: var(--mat-sys-body-small); color: var(--mat-sys-on-surface-variant); }
    .empty, .error { flex: 1; margin: 12px 0 0; color: var(--mat-sys-on-surface-variant); }
    .all { align-self: flex-start; margin-top: 8px; }
  `,
})
export class WorkCard {
  readonly heading = input.required<string>();
  /** Unique id of the heading (the card is labelled by it). */
  readonly headingId = input.required<string>();
  readonly state = input.required<WorkState>();
  /** Singular and plural of what is counted, e.g. ['neue Anfrage', 'neue Anfragen']. */
  readonly unit = input.required<readonly string[]>();
  readonly emptyMessage = input('Nichts zu tun.');
  readonly allLink = input<string | unknown[] | null>(null);
  readonly allQueryParams = input<Params | null>(null);

  protected readonly items = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.list.items : [];
  });
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.error.message : '';
  });
}
