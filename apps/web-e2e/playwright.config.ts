import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { BASE_URL_VARIABLE, RUN_DIR } from './src/support/paths';

/**
 * Browser tests against the production build served by the API, with a freshly migrated and seeded
 * database (see src/support/global-setup.ts). Debian's Chromium, never a downloaded browser.
 * One worker: the machine has two cores and the server needs one of them.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: join(RUN_DIR, 'results'),
  globalSetup: './src/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    // Set by the global setup before the workers start (they read this file again).
    baseURL: process.env[BASE_URL_VARIABLE],
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'off',
    video: 'off',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
