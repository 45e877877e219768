/**
 * The statements the app runs on nearly every request (the signed-in user, the data version, the
 * dashboard's reads, a report's edit), declared with {@link prepared} so that on PostgreSQL each
 * connection prepares them once: the server then binds and runs them without parsing and planning
 * them again, which took about as long as running the smaller ones (docs/benchmarks.md).
 *
 * Only declared texts are prepared, and at most MAX_PREPARED_STATEMENTS of them: every prepared
 * statement stays in its connection's memory on the server, and a text built per request (a list
 * of parameters as long as the request's) would fill it. Each text gets one name, numbered in the
 * order texts are declared, whichever connection runs it.
 *
 * A declared statement names its columns (no `*`, nor `RETURNING *`): the server refuses to run a
 * prepared statement whose columns changed ("cached plan must not change result type"), and with
 * named columns a migration that adds one leaves it as it was. A migration that changes the type
 * of a column one returns still does that; the pool then drops each connection it happened on
 * (database/prioritised-pg.ts), and the statement fails once per connection.
 */

/** How many distinct texts may be declared; later ones run as ordinary statements. */
export const MAX_PREPARED_STATEMENTS = 256;

const names = new Map<string, string>();

/** A select or returning list with `*`, `alias.*` or `"alias".*` in it (`count(*)` is no column list). */
const STAR_COLUMNS = /\b(?:SELECT\s+(?:DISTINCT\s+)?|RETURNING\s+)(?:"?\w+"?\.)?\*|,\s*(?:"?\w+"?\.)?\*\s*(?:,|FROM\b|$)/i;

/**
 * Declares `sql` as one of the statements prepared on each connection, and returns it unchanged
 * (so it can wrap a query's text where it is written).
 */
export function prepared(sql: string): string {
  if (names.has(sql)) return sql;
  if (STAR_COLUMNS.test(sql)) throw new Error(`A prepared statement names its columns, without *: ${sql.slice(0, 200)}`);
  if (names.size < MAX_PREPARED_STATEMENTS) names.set(sql, `cchc_${names.size + 1}`);
  return sql;
}

/** The name `sql` is prepared under, or undefined if it was not declared. */
export function preparedStatementName(sql: string): string | undefined {
  return names.get(sql);
}

/**
 * `statements` (a module's texts, or functions building them) with each text declared by
 * {@link prepared}: those built by a function as they are built.
 */
export function preparedAll<T extends Record<string, string | ((...args: never[]) => string)>>(statements: T): T {
  return Object.fromEntries(
    Object.entries(statements).map(([key, statement]) => [
      key,
      typeof statement === 'string' ? prepared(statement) : (...args: never[]) => prepared(statement(...args)),
    ]),
  ) as T;
}
