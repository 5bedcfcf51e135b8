import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import type { Response } from 'express';
import type { ErrorBody } from '@bn/shared/contracts';
import { DomainError } from './domain-error';

const STATUS_MESSAGES: Record<number, { code: string; message: string }> = {
  400: { code: 'BAD_REQUEST', message: 'Die Anfrage ist ungültig.' },
  401: { code: 'UNAUTHENTICATED', message: 'Bitte melden Sie sich an.' },
  403: { code: 'FORBIDDEN', message: 'Dafür fehlt Ihnen die Berechtigung.' },
  404: { code: 'NOT_FOUND', message: 'Die angeforderte Ressource gibt es nicht.' },
  405: { code: 'METHOD_NOT_ALLOWED', message: 'Diese Methode ist hier nicht erlaubt.' },
  409: { code: 'CONFLICT', message: 'Die Änderung steht im Konflikt mit vorhandenen Daten.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'Die Anfrage ist zu groß.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Bitte senden Sie JSON (Content-Type: application/json).' },
  429: { code: 'TOO_MANY_REQUESTS', message: 'Zu viele Anfragen. Bitte warten Sie einen Moment.' },
  503: { code: 'SERVICE_UNAVAILABLE', message: 'Der Dienst ist vorübergehend nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.' },
};

/** PostgreSQL error codes that bad input can still provoke, mapped to client errors. */
const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'DUPLICATE', message: 'Ein solcher Eintrag existiert bereits.' },
  '23503': { status: 409, code: 'REFERENCE_CONFLICT', message: 'Der Eintrag verweist auf nicht vorhandene Daten oder wird noch verwendet.' },
  '23514': { status: 400, code: 'CONSTRAINT_VIOLATED', message: 'Die Eingaben verletzen eine Regel der Datenhaltung.' },
  '23502': { status: 400, code: 'CONSTRAINT_VIOLATED', message: 'Ein erforderlicher Wert fehlt.' },
  '22P02': { status: 400, code: 'BAD_REQUEST', message: 'Ein Wert hat das falsche Format.' },
  '22003': { status: 400, code: 'BAD_REQUEST', message: 'Ein Zahlenwert liegt außerhalb des erlaubten Bereichs.' },
  '22001': { status: 400, code: 'BAD_REQUEST', message: 'Ein Text ist zu lang.' },
  '22007': { status: 400, code: 'BAD_REQUEST', message: 'Ein Datum hat das falsche Format.' },
  '22008': { status: 400, code: 'BAD_REQUEST', message: 'Ein Datum liegt außerhalb des erlaubten Bereichs.' },
  '57014': { status: 503, code: 'QUERY_TIMEOUT', message: 'Die Abfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.' },
  '40001': { status: 409, code: 'CONCURRENT_UPDATE', message: 'Gleichzeitige Änderung erkannt. Bitte wiederholen Sie die Aktion.' },
  '40P01': { status: 409, code: 'CONCURRENT_UPDATE', message: 'Gleichzeitige Änderung erkannt. Bitte wiederholen Sie die Aktion.' },
  '57P01': { status: 503, code: 'DATABASE_UNAVAILABLE', message: 'Die Datenbank ist vorübergehend nicht erreichbar.' },
};

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P03', '08006', '08001', '08003']);

function errorCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = candidate.driverError?.code ?? candidate.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps every failure to `{ code, message, fields? }`; never a stack trace in a body. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toResponse(exception);
    if (status >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) {
      return;
    }
    response.status(status).json(body);
  }

  private toResponse(exception: unknown): { status: number; body: ErrorBody } {
    if (exception instanceof DomainError) {
      const body: ErrorBody = { code: exception.code, message: exception.message };
      if (exception.fields) body.fields = exception.fields;
      return { status: exception.status, body };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const known = STATUS_MESSAGES[status] ?? { code: `HTTP_${status}`, message: 'Die Anfrage konnte nicht bearbeitet werden.' };
      const cause = exception.getResponse() as { message?: unknown };
      // body-parser reports malformed JSON as a 400 with this message
      if (status === 400 && typeof cause.message === 'string' && /JSON/i.test(cause.message)) {
        return { status, body: { code: 'MALFORMED_JSON', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' } };
      }
      return { status, body: { ...known } };
    }
    const code = errorCode(exception);
    if (exception instanceof QueryFailedError && code && PG_ERRORS[code]) {
      const mapped = PG_ERRORS[code];
      return { status: mapped.status, body: { code: mapped.code, message: mapped.message } };
    }
    // TypeORM releases a transaction's connection when it breaks; the next statement of that request then fails like this
    const isReleasedConnection = exception instanceof QueryRunnerAlreadyReleasedError || exception instanceof QueryRunnerProviderAlreadyReleasedError;
    if ((code && CONNECTION_ERRORS.has(code)) || isReleasedConnection) {
      return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: STATUS_MESSAGES[503].message } };
    }
    if (exception instanceof Error && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(exception.message)) {
      return { status: 503, body: { code: 'DATABASE_UNAVAILABLE', message: STATUS_MESSAGES[503].message } };
    }
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_ERROR', message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.' },
    };
  }
}
