import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { ExportFormat } from '@bn/shared/contracts';
import { DownloadedFile, saveFile, toApiError } from '@bn/web/util';
import { Observable } from 'rxjs';

/** Menu entries (short names; the contract's long CSV label explains the format in the hint instead). */
const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel (XLSX)' },
  { format: 'csv', label: 'CSV' },
];

/**
 * "Exportieren" → "Excel (XLSX)" / "CSV": asks the page's download function for the file (with the
 * list's current filters), announces progress and errors, and hands the file to the browser. The page
 * shows the menu only to roles the API allows.
 */
@Component({
  selector: 'bn-export-menu',
  imports: [MatButton, MatIcon, MatMenu, MatMenuItem, MatMenuTrigger, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" [matMenuTriggerFor]="menu" [disabled]="busy()" [attr.aria-label]="subject() + ' exportieren'">
      <mat-icon aria-hidden="true">download</mat-icon>Exportieren
    </button>
    <mat-menu #menu="matMenu">
      @for (entry of formats; track entry.format) {
        <button mat-menu-item type="button" (click)="start(entry.format)">{{ entry.label }}</button>
      }
    </mat-menu>
    @if (busy()) {
      <mat-progress-bar class="progress" mode="indeterminate" aria-label="Export wird erstellt" />
    }
    <span class="status" role="status">{{ status() }}</span>
    @if (error(); as message) {
      <span class="error" role="alert">{{ message }}</span>
    }
  `,
  styles: `
    :host { display: inline-flex; flex-direction: column; align-items: flex-start; gap: 4px; }
    .progress { width: 160px; }
    .status { font: var(--mat-sys-body-small); }
    .status:empty { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    .error { font: var(--mat-sys-body-small); color: var(--mat-sys-error); max-width: 40ch; }
  `,
})
export class ExportMenu {
  private readonly destroyRef = inject(DestroyRef);

  /** Returns the file in the chosen format (e.g. `ExportsApi.downloader('alliances', () => filters)`). */
  readonly download = input.required<(format: ExportFormat) => Observable<DownloadedFile>>();
  /** What is exported, for the button's accessible name ("Bündnisse exportieren"). */
  readonly subject = input('Liste');

  protected readonly formats = FORMATS;
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  protected start(format: ExportFormat): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    this.status.set('Export wird erstellt …');
    this.download()(format)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          saveFile(file);
          this.status.set(`Export heruntergeladen: ${file.fileName}`);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.status.set('');
          this.error.set(`Der Export ist fehlgeschlagen. ${toApiError(error).message}`);
        },
        complete: () => this.busy.set(false),
      });
  }
}
