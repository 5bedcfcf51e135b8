import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';
import { FieldErrorPipe, applyServerErrors, toApiError } from '@bn/web/util';

/** Sign-in, step one (e-mail and password) and step two (code from the authenticator app or a recovery code). */
@Component({
  selector: 'bn-login-page',
  imports: [ReactiveFormsModule, MatCard, MatCardContent, MatFormField, MatLabel, MatInput, MatError, MatHint, MatButton, RouterLink, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly injector = inject(Injector);
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');

  protected readonly step = signal<'password' | 'code'>(this.session.phase() === 'second-factor' ? 'code' : 'password');
  protected readonly useRecoveryCode = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(
    this.route.snapshot.queryParamMap.get('grund') === 'abgelaufen'
      ? 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.'
      : null,
  );

  protected readonly passwordForm = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required, Validators.maxLength(200)]],
  });
  protected readonly codeForm = this.fb.group({
    code: ['', [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)]],
  });
  protected readonly recoveryForm = this.fb.group({
    recoveryCode: ['', [Validators.required, Validators.maxLength(40)]],
  });

  protected async signIn(): Promise<void> {
    if (this.passwordForm.invalid) return this.passwordForm.markAllAsTouched();
    const { email, password } = this.passwordForm.getRawValue();
    await this.run(async () => {
      const phase = await this.session.login(email.trim(), password);
      if (phase === 'second-factor') this.showCodeStep();
      else if (phase === 'totp-enrolment') await this.router.navigate(['/anmelden/zwei-faktor-einrichten']);
      else await this.continue();
    }, this.passwordForm);
  }

  protected async confirmCode(): Promise<void> {
    const form = this.useRecoveryCode() ? this.recoveryForm : this.codeForm;
    if (form.invalid) return form.markAllAsTouched();
    await this.run(async () => {
      await this.session.confirmSecondFactor(
        this.useRecoveryCode()
          ? { recoveryCode: this.recoveryForm.getRawValue().recoveryCode.trim() }
          : { code: this.codeForm.getRawValue().code.trim() },
      );
      await this.continue();
    }, form);
  }

  protected toggleRecoveryCode(): void {
    this.useRecoveryCode.update((value) => !value);
    this.message.set(null);
    this.focusCodeInput();
  }

  /** Leaves the half-finished sign-in (for example to use another account). */
  protected async cancelSecondFactor(): Promise<void> {
    await this.run(async () => {
      await this.session.logout();
      this.codeForm.reset();
      this.recoveryForm.reset();
      this.passwordForm.controls.password.reset();
      this.useRecoveryCode.set(false);
      this.step.set('password');
    }, this.codeForm);
  }

  private showCodeStep(): void {
    this.step.set('code');
    this.focusCodeInput();
  }

  /** Moves the focus to the field of the new step, so keyboard and screen-reader users land there. */
  private focusCodeInput(): void {
    afterNextRender(() => this.codeInput()?.nativeElement.focus(), { injector: this.injector });
  }

  private async continue(): Promise<void> {
    const returnUrl = this.route.snapshot.queryParamMap.get('returnUrl');
    await this.router.navigateByUrl(returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
  }

  private async run(action: () => Promise<void>, form: Parameters<typeof applyServerErrors>[0]): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(form, apiError);
      this.message.set(unmatched.length ? unmatched.join(' ') : apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
