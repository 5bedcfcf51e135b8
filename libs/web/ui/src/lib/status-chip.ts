import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

export type StatusTone = 'positive' | 'neutral' | 'warning' | 'negative' | 'info';

const TONE_ICONS: Record<StatusTone, string> = {
  positive: 'check_circle',
  neutral: 'radio_button_unchecked',
  warning: 'schedule',
  negative: 'cancel',
  info: 'info',
};

/** A status as text plus icon (never colour alone). */
@Component({
  selector: 'bn-status-chip',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': '"tone-" + tone()' },
  template: `<mat-icon aria-hidden="true">{{ icon() ?? toneIcons[tone()] }}</mat-icon><span>{{ label() }}</span>`,
  styles: `
    :host { display: inline-flex; align-items: center; gap: 4px; padding: 2px 10px 2px 6px; border-radius: 12px; font: var(--mat-sys-label-large); border: 1px solid currentColor; white-space: nowrap; }
    mat-icon { font-size: 18px; width: 18px; height: 18px; }
    :host(.tone-positive) { color: #0b6e2b; background: #e6f4ea; }
    :host(.tone-neutral) { color: #3c4043; background: #f1f3f4; }
    :host(.tone-warning) { color: #7a4b00; background: #fff4e0; }
    :host(.tone-negative) { color: #a50e0e; background: #fce8e6; }
    :host(.tone-info) { color: #0b57d0; background: #e8f0fe; }
  `,
})
export class StatusChip {
  readonly label = input.required<string>();
  readonly tone = input<StatusTone>('neutral');
  readonly icon = input<string | null>(null);
  protected readonly toneIcons = TONE_ICONS;
}
