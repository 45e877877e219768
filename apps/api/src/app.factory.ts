import { type INestApplication, Logger, type LoggerService, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { CSRF_COOKIE, CSRF_HEADER, type ApiError } from '@cchc/domain';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { DatabaseAvailability, DatabaseAvailabilitySubscriber } from './common/database/database-availability.js';
import { queryPriorityMiddleware } from './common/database/query-priority.js';
import { AllExceptionsFilter } from './common/filters/all-exceptions.filter.js';
import { ReadAdmission } from './common/http/read-admission.js';
import { responseCompression } from './common/http/response-compression.js';
import { securityHeaders } from './common/http/security-headers.js';
import { SESSION_COOKIE } from './modules/auth/session-cookies.js';
import { DEFAULT_DATABASE_LIMITS, type AppConfig } from './config/app-config.js';
import { checkKeyFile } from './modules/auth/signing-key.js';
import type { OpenedDatabase } from './database/open-database.js';
import { ensureInitialAdmin } from './database/seeds/initial-admin.js';
import { describeSeed, seedReferenceData } from './database/seeds/reference-data.seeder.js';

export const API_PREFIX = 'api';

export interface CreateAppOptions {
  logger?: LoggerService | LogLevel[] | false;
  /** The clock: which years get reporting periods on first start, submission times, findings. */
  now?: () => Date;
  /** Create the first administrator from ADMIN_PASSWORD at start, when set and none exists; default true. */
  ensureAdmin?: boolean;
}

/**
 * Builds the whole application (API, OpenAPI document, dashboard) on an opened database:
 * the same assembly for `main.ts` and for the HTTP tests.
 */
export async function createApp(
  config: AppConfig,
  database: OpenedDatabase,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  // A key file others can read stops the start before the database is touched.
  if (!config.jwtSecret && config.jwtKeyFile) checkKeyFile(config.jwtKeyFile);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database, options.now), {
    logger: options.logger ?? ['log', 'warn', 'error'],
    abortOnError: false,
  });
  // First, so that every answer written after it (errors of the body parser included) can be
  // compressed; it leaves alone what the dashboard's files bring compressed already.
  app.use(responseCompression());
  // A long report (ten sections of narrative, hundreds of records) stays well under this; the
  // limit is in the README. Larger bodies get 413 PAYLOAD_TOO_LARGE.
  app.useBodyParser('json', { limit: '2mb' });
  // After the body parser, so that the priority reaches the handlers (query-priority.ts).
  app.use(queryPriorityMiddleware);
  if (database.kind === 'embedded') {
    const limits = config.databaseLimits ?? DEFAULT_DATABASE_LIMITS;
    app.use(`/${API_PREFIX}`, new ReadAdmission(limits.embeddedMaxConcurrentReads).middleware);
  }
  app.setGlobalPrefix(API_PREFIX);
  const availability = app.get(DatabaseAvailability);
  app.get(DataSource).subscribers.push(new DatabaseAvailabilitySubscriber(availability));
  app.useGlobalFilters(new AllExceptionsFilter(availability));
  app.disable('x-powered-by');
  // Whose X-Forwarded-For to believe for req.ip, the client address sign-in throttling counts.
  app.set('trust proxy', config.trustProxy ?? false);
  // The browser's session arrives in a cookie (modules/auth/session-cookies.ts).
  app.use(cookieParser());
  // Before the OpenAPI page and the dashboard are mounted, so their answers carry the headers too.
  app.use(...securityHeaders(`/${API_PREFIX}/docs`));
  setUpOpenApi(app);
  if (config.webDistDir) serveDashboard(app, config.webDistDir);

  await app.init();
  const summary = await seedReferenceData(app.get(DataSource), (options.now ?? (() => new Date()))());
  // The start-up notice (main.ts) names the database; the seeding details are for debugging.
  new Logger('Database').debug(`${database.kind} database ready. ${describeSeed(summary)}`);
  if (options.ensureAdmin ?? true) await ensureInitialAdmin(app, config.initialAdminPassword);
  return app;
}

function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CCHC reporting API')
      .setDescription(
        'Administrative-reform (cải cách hành chính) reporting for Vietnamese provinces. ' +
          'Every error answers `{ code, message, details? }` with a stable `code`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API clients: the `accessToken` of `POST /api/auth/login`.' }, 'bearer')
      .addCookieAuth(
        SESSION_COOKIE,
        {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'The browser: the httpOnly cookie set by `POST /api/auth/session`. Every POST, PUT, PATCH and DELETE made with it must ' +
            `echo the \`${CSRF_COOKIE}\` cookie in the \`${CSRF_HEADER}\` header (403 \`CSRF_TOKEN_INVALID\` otherwise).`,
        },
        'cookie',
      )
      .build(),
  );
  acceptCookieWhereBearerIs(document);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs/json` });
}

/** Every route that takes a bearer token takes the browser's session cookie as well (the guard reads either). */
function acceptCookieWhereBearerIs(document: OpenAPIObject): void {
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.put, path.post, path.delete, path.patch]) {
      if (operation?.security?.some((requirement) => 'bearer' in requirement)) operation.security.push({ cookie: [] });
    }
  }
}

/** Build file names carry a content hash: a changed file gets a new name, so they can be kept for good. */
const HASHED_ASSETS = /[\\/]assets[\\/]/;

/**
 * Serves the built dashboard at `/`; any other page address (no file extension) outside /api
 * gets index.html so the dashboard's router can handle deep links. index.html is never cached
 * (`no-cache`: revalidated on each visit, so a new release shows at once); the hashed build files
 * are cached for a year; a missing file is a 404, never the page.
 *
 * The build writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of 1 kB or more
 * (apps/web/vite.config.ts): express-static-gzip (serve-static, as Nest's useStaticAssets, plus
 * the choice of copy) sends the copy the request's Accept-Encoding prefers, brotli first, with
 * the original's Content-Type, `Content-Encoding` and `Vary: Accept-Encoding`, so no file is
 * compressed again on each request. It learns which copies exist when the app starts.
 */
function serveDashboard(app: NestExpressApplication, distDir: string): void {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('Dashboard').warn(`No built dashboard at ${distDir}: serving the API only (run the build first).`);
    return;
  }
  const files = expressStaticGzip(resolve(distDir), {
    index: false,
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    serveStatic: {
      index: false,
      // Given the path of the file sent: a compressed copy sits beside its file, under assets/ too.
      setHeaders: (response: ServerResponse, path: string) => {
        response.setHeader('Cache-Control', HASHED_ASSETS.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      },
    },
  }) as (request: Request, response: Response, next: NextFunction) => void;
  // Not for API routes: they never name a file, and a malformed address there (or anywhere) must
  // get the API's error answer, not the plain-text 400 express-static-gzip sends when it cannot
  // decode one.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path) || !isDecodable(request.path)) {
      next();
      return;
    }
    files(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && request.accepts('html') === 'html';
    const lastSegment = request.path.slice(request.path.lastIndexOf('/') + 1);
    if (!isPage || lastSegment.includes('.') || isApiPath(request.path)) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml, { cacheControl: false });
  });
  // A missing file outside /api: the error shape of the API, rather than Express's HTML page,
  // whose own Content-Security-Policy would replace ours (and drop frame-ancestors).
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) {
      next();
      return;
    }
    const body: ApiError = { code: 'NOT_FOUND', message: `No file ${request.path}.` };
    response.status(404).json(body);
  });
}

function isApiPath(path: string): boolean {
  return path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
