import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { AppLogger } from './common/logging/app-logger.js';
import { ConfigError, loadAppConfig } from './config/app-config.js';
import { DataDirectoryLockedError } from './database/data-directory-lock.js';
import { openDatabase } from './database/open-database.js';
import { SetupService } from './modules/setup/setup.service.js';
import { startupNotice } from './startup-notice.js';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  const config = loadAppConfig();
  const level = config.logLevel ?? 'log';
  const database = await openDatabase(config.database, config.databaseLimits);
  const app = await createApp(config, database, { logger: new AppLogger(level) }).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: closing.`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(config.port, config.host);
  const { setupCode } = await app.get(SetupService).prepare();
  // Without the setup code nobody can get in, so it is printed whatever LOG_LEVEL says.
  if (setupCode || level !== 'error' && level !== 'warn') {
    const notice = startupNotice({ url: `http://localhost:${config.port}`, database: config.database, servesDashboard: config.webDistDir !== null, setupCode });
    process.stdout.write(`\n${notice}\n\n`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError || error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
