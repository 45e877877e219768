// The DataSource the TypeORM CLI loads (`pnpm --filter @cchc/api migration:run`, after a build).
// It reads the same configuration as the app, so it acts on the embedded data directory unless
// DATABASE_URL is set, and it takes the directory's lock like the app does.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config.js';
import { openDatabase } from './open-database.js';

const config = loadAppConfig();
const database = await openDatabase(config.database, config.databaseLimits);

export default new DataSource(database.options);
