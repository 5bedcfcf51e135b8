import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** Environment variables, validated once at boot. `.env.example` documents each one. */
export class EnvironmentVariables {
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(65535)
  PORT?: number;

  @IsOptional()
  @IsString()
  HOST?: string;

  @IsOptional()
  @IsIn(['development', 'production', 'test'], { message: 'must be development, production or test' })
  NODE_ENV?: string;

  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'], { message: 'must be error, warn, log, debug or verbose' })
  LOG_LEVEL?: string;

  @IsOptional()
  @IsString()
  EMBEDDED_PG_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SEED_DEMO?: boolean;

  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(200)
  DB_POOL_SIZE?: number;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(100)
  @Max(600000)
  DB_STATEMENT_TIMEOUT_MS?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]+$/, { message: 'must be a host name or IP address' })
  SMTP_HOST?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'must be true or false' })
  SMTP_SECURE?: boolean;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsOptional()
  @Matches(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, { message: 'must be an e-mail address, optionally as "Name <address>"' })
  SMTP_FROM?: string;

  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(?:\/[^\s]*)?$/, { message: 'must be an http(s):// URL' })
  PUBLIC_BASE_URL?: string;

  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'must be an integer' })
  @Min(0)
  @Max(1440)
  REMINDER_INTERVAL_MINUTES?: number;
}

export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

/** The typed configuration the app is built from. */
export interface AppConfig {
  /** Null: no external database configured; the app starts an embedded PostgreSQL. */
  databaseUrl: string | null;
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: LogLevel;
  embeddedPgDir: string;
  embeddedPgPort: number;
  /** Load the demo seed at start (default: only with the embedded database). */
  seedDemo: boolean;
  webDistDir: string | null;
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  /** Outgoing mail; null host: mails are logged (recipient and subject only), not sent. */
  smtp: SmtpConfig;
  /** Where users reach the app; links in mails and calendar feeds start with it (no trailing slash). */
  publicBaseUrl: string;
  /** Minutes between two runs of the reminder job; 0 disables it (it never runs by itself with NODE_ENV=test). */
  reminderIntervalMinutes: number;
}

export interface SmtpConfig {
  host: string | null;
  port: number;
  /** True: TLS from the start (usually port 465); false: plain connection upgraded with STARTTLS when offered. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

export class ConfigError extends Error {}

/** Validates the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const raw = plainToInstance(EnvironmentVariables, { ...env });
  const errors = validateSync(raw, { skipMissingProperties: false, whitelist: false });
  if (errors.length) {
    const details = errors
      .map((e) => `${e.property}=${JSON.stringify(env[e.property])}: ${Object.values(e.constraints ?? {}).join(', ')}`)
      .join('; ');
    throw new ConfigError(`Invalid configuration: ${details}`);
  }
  const nodeEnv = (raw.NODE_ENV ?? 'development') as AppConfig['nodeEnv'];
  const databaseUrl = raw.DATABASE_URL ?? null;
  return {
    databaseUrl,
    port: raw.PORT ?? 3000,
    host: raw.HOST ?? '0.0.0.0',
    nodeEnv,
    logLevel: (raw.LOG_LEVEL ?? (nodeEnv === 'production' ? 'warn' : 'log')) as LogLevel,
    embeddedPgDir: raw.EMBEDDED_PG_DIR ?? '.embedded-pg',
    embeddedPgPort: raw.EMBEDDED_PG_PORT ?? 54329,
    seedDemo: raw.SEED_DEMO ?? databaseUrl === null,
    webDistDir: raw.WEB_DIST_DIR ?? null,
    dbPoolSize: raw.DB_POOL_SIZE ?? 10,
    dbStatementTimeoutMs: raw.DB_STATEMENT_TIMEOUT_MS ?? 15000,
    smtp: {
      host: raw.SMTP_HOST ?? null,
      port: raw.SMTP_PORT ?? (raw.SMTP_SECURE ? 465 : 587),
      secure: raw.SMTP_SECURE ?? false,
      user: raw.SMTP_USER || null,
      password: raw.SMTP_PASSWORD || null,
      from: raw.SMTP_FROM ?? 'Bündnisnetz <no-reply@buendnisnetz.local>',
    },
    publicBaseUrl: (raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT ?? 3000}`).replace(/\/+$/, ''),
    reminderIntervalMinutes: raw.REMINDER_INTERVAL_MINUTES ?? 60,
  };
}
