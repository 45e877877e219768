import type { INestApplication, LoggerService } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import type { AppConfig, DatabaseConfig } from '../../src/config/app-config.js';
import { openDatabase } from '../../src/database/open-database.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: INestApplication;
  http: App;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real application on a fresh database of its own, as `main.ts` assembles it. Silent unless
 * given a `logger` (e.g. a CaptureLogger, to assert on what it logs).
 */
export async function createTestApp(
  options: { now?: () => Date; config?: Partial<AppConfig>; logger?: LoggerService; database?: (config: DatabaseConfig) => DatabaseConfig } = {},
): Promise<TestApp> {
  const testDatabase = await createTestDatabase();
  // A test may change how the app reaches its fresh database (a replica URL, say).
  const databaseConfig = options.database ? options.database(testDatabase.config) : testDatabase.config;
  const database = await openDatabase(databaseConfig);
  const app = await createApp(
    // PDF off unless a test turns it on (sofficePath: null finds LibreOffice): a conversion takes
    // seconds, and the fuzz and the matrices would start hundreds.
    { port: 0, host: '127.0.0.1', database: databaseConfig, webDistDir: null, jwtSecret: null, tokenTtlSeconds: 3600, sofficePath: 'none', ...options.config },
    database,
    { logger: options.logger ?? false, now: options.now ?? (() => new Date('2026-11-26T00:00:00Z')) },
  );
  return {
    app,
    http: app.getHttpServer() as App,
    dataSource: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.close();
      await testDatabase.drop();
    },
  };
}
