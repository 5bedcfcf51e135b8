import type { Logger as TypeOrmLogger } from 'typeorm';
import { JsonLogger } from './json-logger';
import { redactString } from './redact';

const MAX_QUERY_LENGTH = 2000;

function shorten(query: string): string {
  return redactString(query.length > MAX_QUERY_LENGTH ? `${query.slice(0, MAX_QUERY_LENGTH)} …` : query);
}

/**
 * TypeORM's logger as JSON lines through the app logger. Query parameters are never logged: they
 * carry user input, password hashes and token digests. Failed queries are warnings (most become 4xx
 * answers; a real failure is logged as an error by the exception filter).
 */
export class TypeOrmJsonLogger implements TypeOrmLogger {
  constructor(private readonly logger: JsonLogger) {}

  logQuery(): void {
    // Statement logging stays off: it would put every row of personal data into the log.
  }

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    this.logger.event('warn', 'Database', `Datenbankabfrage fehlgeschlagen: ${message}`, { query: shorten(query) });
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.event('warn', 'Database', `Langsame Datenbankabfrage (${time} ms)`, { durationMs: time, query: shorten(query) });
  }

  logSchemaBuild(message: string): void {
    this.logger.event('log', 'Database', message, {});
  }

  logMigration(message: string): void {
    this.logger.event('log', 'Database', message, {});
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    this.logger.event(level === 'warn' ? 'warn' : 'log', 'Database', String(message), {});
  }
}
