import { LoggerService, LogLevel as NestLogLevel } from '@nestjs/common';
import type { LogLevel } from '../config/app-config';
import { RequestContext } from '../context/request-context';
import { redactString, redactValue } from './redact';

/** Most severe first: a configured level enables itself and everything before it. */
const SEVERITY: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** One log line. requestId/userId come from the request context unless the caller sets them. */
export interface LogLine {
  time: string;
  level: NestLogLevel;
  context: string | null;
  message: unknown;
  requestId?: string;
  userId?: string;
  stack?: string;
  data?: unknown[];
  [field: string]: unknown;
}

/**
 * Nest logger that writes one JSON object per line to stdout and never lets a secret through:
 * every message, stack and extra value passes `redactValue` (secret-named keys, session cookies,
 * bearer tokens, password hashes, token digests).
 */
export class JsonLogger implements LoggerService {
  private enabled = new Set<NestLogLevel>();

  constructor(level: LogLevel = 'log') {
    this.setLevel(level);
  }

  /** The configured level (config.logLevel) and everything more severe. */
  setLevel(level: LogLevel): void {
    this.enabled = new Set(SEVERITY.slice(0, SEVERITY.indexOf(level) + 1));
  }

  setLogLevels(levels: NestLogLevel[]): void {
    this.enabled = new Set(levels);
  }

  isLevelEnabled(level: NestLogLevel): boolean {
    return this.enabled.has(level);
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest calls `error(message, stack?, context?)`. */
  error(message: unknown, ...params: unknown[]): void {
    const rest = [...params];
    const context = popContext(rest, true);
    let stack: string | undefined;
    if (rest.length && (rest[rest.length - 1] === undefined || typeof rest[rest.length - 1] === 'string')) {
      stack = rest.pop() as string | undefined;
    }
    this.emit('error', context, message, { stack, extra: rest });
  }

  /** A structured event with fields of its own (e.g. the access log). */
  event(level: NestLogLevel, context: string, message: string, fields: Record<string, unknown>): void {
    this.emit(level, context, message, { fields });
  }

  private write(level: NestLogLevel, message: unknown, params: unknown[]): void {
    const rest = [...params];
    const context = popContext(rest, false);
    this.emit(level, context, message, { extra: rest });
  }

  private emit(
    level: NestLogLevel,
    context: string | null,
    message: unknown,
    options: { stack?: string; extra?: unknown[]; fields?: Record<string, unknown> },
  ): void {
    if (!this.enabled.has(level)) return;
    const request = RequestContext.current();
    const line: LogLine = { time: new Date().toISOString(), level, context, message: null };
    let stack = options.stack;
    if (message instanceof Error) {
      line.message = redactString(message.message);
      stack = stack ?? message.stack;
    } else {
      line.message = redactValue(message);
    }
    if (request?.requestId) line.requestId = request.requestId;
    if (request?.principal?.userId) line.userId = request.principal.userId;
    if (stack) line.stack = redactString(stack);
    if (options.extra?.length) line.data = options.extra.map((value) => redactValue(value));
    if (options.fields) {
      const fields = redactValue(options.fields) as Record<string, unknown>;
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null) line[key] = value;
      }
    }
    process.stdout.write(`${serialize(line)}\n`);
  }
}

/** Nest appends the context as the last string parameter (`error` passes it after the stack). */
function popContext(params: unknown[], isError: boolean): string | null {
  const last = params[params.length - 1];
  if (typeof last === 'string' && (!isError || params.length >= 2 || !looksLikeStack(last))) {
    params.pop();
    return last;
  }
  return null;
}

function looksLikeStack(text: string): boolean {
  return /\n\s+at /.test(text);
}

function serialize(line: LogLine): string {
  try {
    return JSON.stringify(line);
  } catch {
    return JSON.stringify({ time: line.time, level: line.level, context: line.context, message: '[unserialisierbare Logmeldung]' });
  }
}
