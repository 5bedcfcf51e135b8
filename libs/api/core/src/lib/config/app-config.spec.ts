import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults and chooses the embedded database without DATABASE_URL', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
  });

  it('uses DATABASE_URL and does not seed by default then', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', PORT: '8080' });
    expect(config.databaseUrl).toBe('postgres://u@h:5432/db');
    expect(config.port).toBe(8080);
    expect(config.seedDemo).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SEED_DEMO', 'maybe'],
    ['NODE_ENV', 'staging'],
    ['SMTP_PORT', '0'],
    ['SMTP_SECURE', 'ja'],
    ['SMTP_HOST', 'mail host'],
    ['SMTP_FROM', 'kein-absender'],
    ['PUBLIC_BASE_URL', 'buendnisnetz.example.org'],
    ['REMINDER_INTERVAL_MINUTES', '-5'],
  ])('rejects %s=%s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('has no mail server by default (mails are logged), and links point at the local app', () => {
    const config = loadConfig({ PORT: '8080' });
    expect(config.smtp).toEqual({
      host: null,
      port: 587,
      secure: false,
      user: null,
      password: null,
      from: 'Bündnisnetz <no-reply@buendnisnetz.local>',
    });
    expect(config.publicBaseUrl).toBe('http://localhost:8080');
    expect(config.reminderIntervalMinutes).toBe(60);
  });

  it('reads the SMTP settings and drops a trailing slash of PUBLIC_BASE_URL', () => {
    const config = loadConfig({
      SMTP_HOST: 'smtp.example.org',
      SMTP_SECURE: 'true',
      SMTP_USER: 'bn',
      SMTP_PASSWORD: 'geheim',
      SMTP_FROM: 'Servicebüro <servicebuero@example.org>',
      PUBLIC_BASE_URL: 'https://buendnisnetz.example.org/',
      REMINDER_INTERVAL_MINUTES: '0',
    });
    expect(config.smtp).toEqual({
      host: 'smtp.example.org',
      port: 465,
      secure: true,
      user: 'bn',
      password: 'geheim',
      from: 'Servicebüro <servicebuero@example.org>',
    });
    expect(config.publicBaseUrl).toBe('https://buendnisnetz.example.org');
    expect(config.reminderIntervalMinutes).toBe(0);
  });
});
