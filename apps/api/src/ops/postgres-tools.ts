import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { OpsError } from './ops-error.js';

/** A PostgreSQL client program found on this machine. */
export interface PgTool {
  path: string;
  /** What `--version` printed, e.g. `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`. */
  version: string;
  major: number;
}

/** The major version in a `--version` line or `SHOW server_version` text: 15 for "15.20 (Debian…)". */
export function parseMajor(version: string): number | null {
  const match = /(?:^|\s)(\d+)(?:\.\d+)?/.exec(version.replace(/^.*\(PostgreSQL\)/, ''));
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Finds a PostgreSQL client program: Debian's versioned copy for the server's major version when
 * installed (/usr/lib/postgresql/<major>/bin), so the tool matches the server, else the one on
 * PATH.
 */
export function findPgTool(name: 'pg_dump' | 'pg_restore' | 'psql', preferredMajor?: number): PgTool {
  const candidates = [...(preferredMajor ? [`/usr/lib/postgresql/${preferredMajor}/bin/${name}`] : []), name];
  for (const path of candidates) {
    if (path.startsWith('/') && !existsSync(path)) continue;
    const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
    if (result.error || result.status !== 0) continue;
    const version = result.stdout.trim();
    const major = parseMajor(version);
    if (major !== null) return { path, version, major };
  }
  throw new OpsError(
    `${name} was not found. Install the PostgreSQL client programs` +
      (preferredMajor ? ` of version ${preferredMajor} or newer (Debian: apt-get install postgresql-client-${preferredMajor})` : ' (Debian: apt-get install postgresql-client)') +
      ', or put their directory on PATH.',
  );
}

/** pg_dump refuses a server newer than itself; say so before it starts, with what to install. */
export function checkDumpCanRead(tool: PgTool, serverMajor: number): void {
  if (tool.major < serverMajor) {
    throw new OpsError(
      `${tool.path} is version ${tool.major} and cannot back up a PostgreSQL ${serverMajor} server. ` +
        `Install pg_dump ${serverMajor} or newer (Debian: apt-get install postgresql-client-${serverMajor}) and run this again.`,
    );
  }
}

/** pg_restore cannot read archives written by a newer pg_dump. */
export function checkRestoreCanRead(tool: PgTool, dumpMajor: number | null): void {
  if (dumpMajor !== null && tool.major < dumpMajor) {
    throw new OpsError(
      `This backup was written by pg_dump ${dumpMajor}, which ${tool.path} (version ${tool.major}) cannot read. ` +
        `Install pg_restore ${dumpMajor} or newer (Debian: apt-get install postgresql-client-${dumpMajor}) and run this again.`,
    );
  }
}

/**
 * How to hand a connection URL to the client programs: the URL without its password (command
 * lines are visible to every user of the machine) and the password in PGPASSWORD.
 */
export function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    dbname: parsed.toString(),
    env: {
      ...process.env,
      ...(password ? { PGPASSWORD: password } : {}),
      // The restore script drops objects that may not exist; those notices are noise here.
      PGOPTIONS: '-c client_min_messages=warning',
    },
  };
}

/** The URL as it can be shown: without its password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}

/** Runs a client program to the end; a failure carries what it printed on stderr. */
export function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => reject(new OpsError(`${tool.path} could not be started: ${error.message}`)));
    child.once('close', (code) => {
      if (code === 0) resolve();
      else reject(new OpsError(`${tool.path.replace(/^.*\//, '')} failed (exit status ${code}): ${stderr.trim() || 'no message'}`));
    });
  });
}
