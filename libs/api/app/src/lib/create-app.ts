import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import {
  accessLogMiddleware,
  AppConfig,
  bodyParserErrorHandler,
  HttpExceptionFilter,
  JsonLogger,
  requestContextMiddleware,
  TypeOrmJsonLogger,
  validationExceptionFactory,
} from '@bn/api/core';
import { AppModule } from './app.module';
import { ShutdownState } from './shutdown-state';

/** Builds the configured Nest application (not yet listening): used by main.ts and the API tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  // Structured JSON lines (with request id and user, secrets redacted) from the first boot message on.
  const logger = new JsonLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger,
    bufferLogs: true,
  });
  app.useLogger(logger);
  // Nest flushes the boot buffer only on listen(); the tests never listen, so flush here.
  app.flushLogs();
  // TypeORM's console logger would print failed statements with their parameters (hashes, personal data).
  app.get(DataSource).setOptions({ logger: new TypeOrmJsonLogger(logger) });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContextMiddleware);
  // While draining, every answer closes its connection, so no client reuses a socket the server is about to close.
  const shutdown = app.get(ShutdownState);
  app.use((_req: Request, res: Response, next: NextFunction) => {
    if (shutdown.isShuttingDown) res.setHeader('Connection', 'close');
    next();
  });
  app.use(accessLogMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          // 'self', not 'none': the client's <base href="/"> must apply, or deep links (/buendnisse/<id>)
          // resolve its scripts relative to the path and load a blank page.
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  app.use('/api', express.json({ limit: '1mb' }));
  app.use(bodyParserErrorHandler);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      validationError: { target: false, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Bündnisnetz API')
      .setDescription('Koordinations-CRM der Bundesinitiative „Lokale Bündnisse für Familie“. Fehler: { code, message, fields? }.')
      .setVersion('1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveWebClient(app, config);
  return app;
}

/** Serves the built Angular client on the same port; unknown non-API paths get index.html (SPA). */
function serveWebClient(app: NestExpressApplication, config: AppConfig): void {
  const candidates = [config.webDistDir, join(__dirname, '..', 'web', 'browser'), resolve('dist/apps/web/browser')];
  const webDir = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'index.html')));
  if (!webDir) {
    return;
  }
  // API requests skip the static files: serve-static would otherwise look each /api path up on disk.
  const staticFiles = express.static(webDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (isApiPath(req.path)) {
      next();
      return;
    }
    staticFiles(req, res, next);
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path)) {
      next();
      return;
    }
    res.sendFile(join(webDir, 'index.html'));
  });
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
