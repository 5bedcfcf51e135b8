import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { type DemoRole, DEMO_PASSWORD, demoEmail, demoTotpCode, needsTotp } from './demo-accounts';

/** Signs in through the real sign-in page (with the TOTP step where the role needs it). */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse', { exact: true }).fill(demoEmail(role));
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  if (needsTotp(role)) {
    await page.getByLabel('Sicherheitscode', { exact: true }).fill(demoTotpCode());
    await page.getByRole('button', { name: 'Bestätigen' }).click();
  }
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
}

/** Signs an API request context in (for arranging data or looking it up; the browser tests use the UI). */
export async function signInApi(request: APIRequestContext, role: DemoRole): Promise<void> {
  const login = await request.post('/api/auth/login', { data: { email: demoEmail(role), password: DEMO_PASSWORD } });
  expect(login.status(), `API login as ${role}`).toBe(200);
  if (needsTotp(role)) {
    const totp = await request.post('/api/auth/totp', { data: { code: demoTotpCode() } });
    expect(totp.status(), `API TOTP step as ${role}`).toBe(200);
  }
}
