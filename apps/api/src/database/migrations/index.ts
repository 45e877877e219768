import { CreateReferenceTables1764115200000 } from './1764115200000-create-reference-tables.js';

/** Every migration, oldest first. Listed explicitly: no globbing of compiled files. */
export const MIGRATIONS = [CreateReferenceTables1764115200000];
