import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';

/** A one-time link to pass on by hand (Bündnisnetz does not send e-mails yet). */
@Component({
  selector: 'bn-one-time-link',
  imports: [CdkCopyToClipboard, DatePipe, MatButton, MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="link-box"><a [href]="url()" data-testid="one-time-link">{{ url() }}</a></p>
    <p>Gültig bis {{ expiresAt() | date: 'dd.MM.yyyy, HH:mm' }} Uhr, nur einmal verwendbar.</p>
    <button mat-stroked-button type="button" [cdkCopyToClipboard]="url()">
      <mat-icon aria-hidden="true">content_copy</mat-icon>Link kopieren
    </button>
    <p class="hint">
      Bündnisnetz verschickt noch keine E-Mails. Bitte senden Sie den Link selbst an {{ email() }} – am besten verschlüsselt oder
      über einen zweiten Weg, nicht zusammen mit weiteren Zugangsdaten.
    </p>
  `,
  styles: `
    .link-box { padding: 8px 12px; border-radius: 8px; background: var(--mat-sys-surface-container-high); word-break: break-all; }
    .hint { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class OneTimeLinkView {
  readonly url = input.required<string>();
  readonly expiresAt = input.required<string>();
  readonly email = input.required<string>();
}

export interface OneTimeLinkDialogData {
  title: string;
  intro: string;
  url: string;
  expiresAt: string;
  email: string;
}

/** Shows a freshly created one-time link (password reset) once. */
@Component({
  selector: 'bn-one-time-link-dialog',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, OneTimeLinkView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.intro }}</p>
      <bn-one-time-link [url]="data.url" [expiresAt]="data.expiresAt" [email]="data.email" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-flat-button type="button" mat-dialog-close>Schließen</button>
    </mat-dialog-actions>
  `,
})
export class OneTimeLinkDialog {
  protected readonly data = inject<OneTimeLinkDialogData>(MAT_DIALOG_DATA);
}
