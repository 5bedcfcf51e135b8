import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import type { TotpSetupResponseDto } from '@bn/shared/contracts';
import { AccountApi } from '@bn/web/account/data-access';
import { Loading } from '@bn/web/ui';
import { FieldErrorPipe, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { RecoveryCodes } from './recovery-codes';

/** The secret in blocks of four characters, as authenticator apps show it ("ABCD EFGH …"). */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * Setting up the second factor: a new secret (`POST /api/account/totp/setup`), entered in an
 * authenticator app by hand or through the otpauth link; a first code activates it
 * (`POST /api/account/totp/enable`); the recovery codes are shown once. Emits `finished` afterwards.
 */
@Component({
  selector: 'bn-totp-enrolment',
  imports: [ReactiveFormsModule, CdkCopyToClipboard, MatButton, MatIcon, MatFormField, MatLabel, MatInput, MatHint, MatError, FieldErrorPipe, Loading, RecoveryCodes],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './totp-enrolment.html',
  styleUrl: './totp-enrolment.scss',
})
export class TotpEnrolment implements OnInit {
  private readonly api = inject(AccountApi);

  /** Heading level of the steps: 2 on a page of its own, 3 inside a section of the account page. */
  readonly headingLevel = input<2 | 3>(2);
  readonly finished = output<void>();

  protected readonly setup = signal<TotpSetupResponseDto | null>(null);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)] }),
  });
  protected readonly code = this.form.controls.code;
  protected readonly groupSecret = groupSecret;

  ngOnInit(): void {
    void this.start();
  }

  protected async start(): Promise<void> {
    this.message.set(null);
    try {
      this.setup.set(await firstValueFrom(this.api.setupTotp()));
    } catch (error) {
      this.message.set(toApiError(error).message);
    }
  }

  protected async enable(): Promise<void> {
    if (this.code.invalid) return this.code.markAsTouched();
    this.busy.set(true);
    this.message.set(null);
    try {
      const response = await firstValueFrom(this.api.enableTotp(this.code.value.trim()));
      this.recoveryCodes.set(response.recoveryCodes);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.fields['code']) {
        this.code.setErrors({ server: apiError.fields['code'] });
        this.code.markAsTouched();
      } else {
        this.message.set(apiError.message);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
