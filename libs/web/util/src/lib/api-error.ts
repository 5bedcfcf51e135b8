import { HttpErrorResponse } from '@angular/common/http';

/** The body of every error response of the API: `{ code, message, fields? }` with German messages. */
export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** An API failure in a shape the client can show: HTTP status, stable code, German message(s). */
export interface ApiError {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Turns whatever an HTTP call threw into an ApiError (network failures and non-JSON bodies included). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    if (isErrorBody(error.error)) {
      return {
        status: error.status,
        code: error.error.code,
        message: error.error.message,
        fields: error.error.fields ?? {},
      };
    }
    if (error.status === 0) {
      return {
        status: 0,
        code: 'NETWORK_ERROR',
        message: 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
        fields: {},
      };
    }
    return {
      status: error.status,
      code: 'HTTP_' + error.status,
      message: 'Die Anfrage ist fehlgeschlagen (HTTP ' + error.status + '). Bitte versuchen Sie es erneut.',
      fields: {},
    };
  }
  return {
    status: -1,
    code: 'CLIENT_ERROR',
    message: 'Ein unerwarteter Fehler ist aufgetreten. Bitte laden Sie die Seite neu.',
    fields: {},
  };
}

/** True when the error means "someone else changed the record" (optimistic locking). */
export function isConflict(error: ApiError): boolean {
  return error.status === 409 && error.code === 'VERSION_CONFLICT';
}
