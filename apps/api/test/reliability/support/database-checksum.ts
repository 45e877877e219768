import type { DataSource } from 'typeorm';

/**
 * Tables that record refused requests on purpose, and so may change when a request is refused:
 * each with the reason. Every other table must be byte-for-byte the same after a refusal.
 */
export const TABLES_RECORDING_REFUSALS: Readonly<Record<string, string>> = {
  sign_in_throttle: 'counts failed sign-ins per account and per address: a refused sign-in is recorded by design',
};

/** One digest per table: which table changed is named when a refusal changed something. */
export type DatabaseChecksum = Readonly<Record<string, string>>;

/**
 * Digests every table of the app's schema (rows as text, in a stable order) in one query, so a
 * fuzz run can check after each refused request that nothing at all changed, cheaply enough to
 * do it thousands of times.
 */
export class DatabaseChecksummer {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
    readonly tables: readonly string[],
  ) {}

  static async create(dataSource: DataSource): Promise<DatabaseChecksummer> {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((row) => row.table_name).filter((name) => !(name in TABLES_RECORDING_REFUSALS));
    if (tables.length === 0) throw new Error('No tables found to checksum: is the schema migrated?');
    const parts = tables.map(
      (table, index) => `(SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM "${table}" t) AS t${index}`,
    );
    return new DatabaseChecksummer(dataSource, `SELECT ${parts.join(', ')}`, tables);
  }

  async checksum(): Promise<DatabaseChecksum> {
    const [row] = await this.dataSource.query<Record<string, string>[]>(this.sql);
    if (!row) throw new Error('The checksum query returned no row.');
    return Object.fromEntries(this.tables.map((table, index) => [table, row[`t${index}`] ?? '']));
  }
}

/** The tables whose digest differs between two checksums (empty when nothing changed). */
export function changedTables(before: DatabaseChecksum, after: DatabaseChecksum): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
