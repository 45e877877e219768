import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { ConfigError, loadAppConfig } from './config/app-config.js';
import { DataDirectoryLockedError } from './database/data-directory-lock.js';
import { openDatabase } from './database/open-database.js';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  const config = loadAppConfig();
  const database = await openDatabase(config.database);
  const app = await createApp(config, database).catch(async (error: unknown) => {
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
  const url = `http://localhost:${config.port}`;
  logger.log(`Listening on ${url} (dashboard ${url}/, API ${url}/api, OpenAPI ${url}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError || error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
