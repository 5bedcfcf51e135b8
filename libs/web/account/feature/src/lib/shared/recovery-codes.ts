import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

/** The recovery codes, shown once: copy, save as a text file, then confirm they are kept safe. */
@Component({
  selector: 'bn-recovery-codes',
  imports: [CdkCopyToClipboard, MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      Mit jedem dieser Wiederherstellungscodes können Sie sich <strong>einmal</strong> anmelden, wenn Sie keinen Zugriff auf
      Ihre Authenticator-App haben. Sie werden nur jetzt angezeigt. Bewahren Sie sie sicher auf, zum Beispiel ausgedruckt oder
      in einem Passwort-Manager.
    </p>
    <ol class="codes" aria-label="Wiederherstellungscodes">
      @for (code of codes(); track code) {
        <li><code>{{ code }}</code></li>
      }
    </ol>
    <div class="actions">
      <button mat-stroked-button type="button" [cdkCopyToClipboard]="asText()">
        <mat-icon aria-hidden="true">content_copy</mat-icon>Codes kopieren
      </button>
      <button mat-stroked-button type="button" (click)="download()">
        <mat-icon aria-hidden="true">download</mat-icon>Als Textdatei speichern
      </button>
      <button mat-flat-button type="button" (click)="confirmed.emit()">Ich habe die Codes gespeichert</button>
    </div>
  `,
  styles: `
    .codes { display: grid; grid-template-columns: repeat(auto-fill, minmax(14ch, 1fr)); gap: 4px 24px; padding-left: 2.5em; font: var(--mat-sys-body-large); }
    code { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; letter-spacing: 0.05em; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
  `,
})
export class RecoveryCodes {
  readonly codes = input.required<string[]>();
  readonly confirmed = output<void>();

  protected asText(): string {
    return ['Bündnisnetz – Wiederherstellungscodes (jeder Code gilt einmal)', '', ...this.codes()].join('\n');
  }

  protected download(): void {
    const url = URL.createObjectURL(new Blob([this.asText() + '\n'], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'buendnisnetz-wiederherstellungscodes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }
}
