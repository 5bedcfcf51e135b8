import type { NextFunction, Request, Response } from 'express';
import { RequestContext } from '../context/request-context';
import { JsonLogger } from './json-logger';
import { redactPath } from './redact';

const MAX_PATH_LENGTH = 300;

/**
 * One access log line per request at level 'log': method, path (never the query string), status,
 * duration, request id and user. Headers and bodies are never logged. Must run after
 * requestContextMiddleware; the user is read when the response ends (the guard sets it later).
 */
export function accessLogMiddleware(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const context = RequestContext.current();
    let isWritten = false;
    const write = () => {
      if (isWritten) return;
      isWritten = true;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const path = redactPath((req.originalUrl ?? req.url).split('?')[0].slice(0, MAX_PATH_LENGTH));
      const fields: Record<string, unknown> = {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs,
        requestId: context?.requestId,
        userId: context?.principal?.userId,
      };
      if (!res.writableFinished) fields['aborted'] = true;
      logger.event('log', 'HTTP', `${req.method} ${path} ${res.statusCode} ${durationMs}ms`, fields);
    };
    res.on('finish', write);
    res.on('close', write);
    next();
  };
}
