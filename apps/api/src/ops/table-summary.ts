import type { TableSummary } from './backup-file.js';

/** Runs one SQL statement and returns its rows: a `pg` client and PGlite both fit. */
export type RunQuery = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Row count and checksum of every table in the public schema (the migrations table included),
 * in name order. The checksum is the MD5 of the MD5s of the rows' text, in primary-key order (in
 * row-text order for a table without one), so two databases with the same rows give the same
 * checksums whatever their physical layout. Run it inside one snapshot for a consistent picture.
 */
export async function summarizeTables(query: RunQuery): Promise<TableSummary[]> {
  const tables = await query(`
    SELECT c.relname AS name,
           (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.ord)
              FROM pg_index i
              CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE i.indrelid = c.oid AND i.indisprimary) AS key
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     ORDER BY c.relname COLLATE "C"`);
  const summaries: TableSummary[] = [];
  for (const table of tables) {
    const name = String(table.name);
    const order = typeof table.key === 'string' ? table.key.split(', ').map((column) => `t.${column}`).join(', ') : 't::text';
    const [row] = await query(
      `SELECT count(*)::text AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY ${order}), '')) AS md5 FROM public.${quoteIdent(name)} t`,
    );
    summaries.push({ name, rows: Number(row?.rows ?? 0), md5: String(row?.md5) });
  }
  return summaries;
}

/** The app's migrations applied in this database, oldest first; none when it has no migrations table. */
export async function appliedMigrations(query: RunQuery): Promise<string[]> {
  const [exists] = await query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!exists?.present) return [];
  const rows = await query(`SELECT name FROM public.migrations ORDER BY "timestamp", id`);
  return rows.map((row) => String(row.name));
}

/** `SHOW server_version`, e.g. `15.20 (Debian 15.20-0+deb12u1)` or `18.6`. */
export async function serverVersion(query: RunQuery): Promise<string> {
  const [row] = await query('SHOW server_version');
  return typeof row?.server_version === 'string' ? row.server_version : 'unknown';
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** "9 tables, 1 234 rows" for the closing lines. */
export function describeTables(tables: readonly TableSummary[]): string {
  const rows = tables.reduce((sum, table) => sum + table.rows, 0);
  return `${tables.length} ${tables.length === 1 ? 'table' : 'tables'}, ${rows} ${rows === 1 ? 'row' : 'rows'}`;
}

/** A size for people: 812 B, 4.6 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
