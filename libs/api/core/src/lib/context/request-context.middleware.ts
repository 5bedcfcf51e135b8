import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { RequestContext } from './request-context';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Opens the request context; echoes or assigns an X-Request-Id. */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  RequestContext.run({ requestId, ip: req.ip ?? null, principal: null }, () => next());
}
