import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  viewChild,
} from '@angular/core';
import { MatToolbar } from '@angular/material/toolbar';
import { RouterLink, RouterOutlet } from '@angular/router';

@Component({
  selector: 'bn-root',
  imports: [MatToolbar, RouterLink, RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly content =
    viewChild.required<ElementRef<HTMLElement>>('content');

  /**
   * Moves keyboard focus to the main landmark. A plain `href="#inhalt"` would resolve against
   * `<base href="/">` and reload the start page when used on any other route.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.content().nativeElement.focus();
  }
}
