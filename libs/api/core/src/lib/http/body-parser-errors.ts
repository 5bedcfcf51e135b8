import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '@bn/shared/contracts';

interface BodyParserError {
  type?: string;
  status?: number;
}

/**
 * Express error middleware for failures before Nest sees the request (body parsing): malformed
 * JSON, oversized or unsupported bodies get the same `{ code, message }` body as everything else.
 */
export function bodyParserErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const parserError = error as BodyParserError;
  if (!parserError || typeof parserError.type !== 'string') {
    next(error);
    return;
  }
  let status = parserError.status ?? 400;
  let body: ErrorBody;
  switch (parserError.type) {
    case 'entity.parse.failed':
      body = { code: 'MALFORMED_JSON', message: 'Der Inhalt der Anfrage ist kein gültiges JSON.' };
      break;
    case 'entity.too.large':
      status = 413;
      body = { code: 'PAYLOAD_TOO_LARGE', message: 'Die Anfrage ist zu groß.' };
      break;
    case 'encoding.unsupported':
    case 'charset.unsupported':
      status = 415;
      body = { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Die Zeichenkodierung wird nicht unterstützt; bitte UTF-8 verwenden.' };
      break;
    default:
      status = 400;
      body = { code: 'BAD_REQUEST', message: 'Die Anfrage ist ungültig.' };
  }
  res.status(status).json(body);
}
