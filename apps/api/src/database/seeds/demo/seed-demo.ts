// `npm run seed:demo`: loads the demo data into the configured database (embedded by default).
import 'reflect-metadata';
import { createApp } from '../../../app.factory.js';
import { loadAppConfig } from '../../../config/app-config.js';
import { DataDirectoryLockedError } from '../../data-directory-lock.js';
import { openDatabase } from '../../open-database.js';
import { seedDemo, type DemoClock } from './demo.seeder.js';

async function main(): Promise<void> {
  const config = { ...loadAppConfig(), webDistDir: null };
  const database = await openDatabase(config.database, config.databaseLimits);
  const clock: DemoClock = { current: new Date() };
  const app = await createApp(config, database, { logger: ['warn', 'error'], now: () => clock.current });
  try {
    const started = Date.now();
    const summary = await seedDemo(app, clock, (line) => console.info(line));
    if (summary.alreadyLoaded) {
      console.info('The demo data is already loaded (the user "snv" exists): nothing to do.');
    } else {
      const statuses = Object.entries(summary.reports).map(([status, n]) => `${n} ${status.toLowerCase()}`).join(', ');
      console.info(`Demo loaded in ${Math.round((Date.now() - started) / 1000)} s: ${summary.users} users (password demo123); reports: ${statuses}; ${summary.missing} missing; ${summary.compilations} compiled province report.`);
    }
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DataDirectoryLockedError) {
    console.error(`Cannot load the demo: ${error.message}`);
  } else {
    console.error('Cannot load the demo:', error);
  }
  process.exit(1);
});
