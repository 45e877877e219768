import type { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfigError, type AppConfig } from '../../config/app-config.js';

/** Where earlier versions kept a generated key; read once to move it out, then deleted. */
export const STORED_KEY_SETTING = 'jwt_secret';

/** A generated key: 48 random bytes, 64 base64url characters. Shorter keys in a file are refused. */
const MIN_KEY_LENGTH = 32;

/** What the signing key needs of the `app_setting` table. */
export interface StoredKeySettings {
  find(key: string): Promise<string | null>;
  delete(key: string): Promise<void>;
}

/**
 * Checks a key file that exists before anything else starts, so that a file others can read
 * stops the server with a clear message before the database is touched. A missing file is fine
 * (it is created on first start).
 */
export function checkKeyFile(path: string): void {
  readKeyFile(path);
}

/**
 * The key signing session tokens: JWT_SECRET when set; otherwise the key file, created on first
 * start. A key an older version kept in the database (`app_setting.jwt_secret`) is moved into a
 * new key file so its sessions go on, and is deleted only once the file is safely written; a key
 * in the database is never used again, so a database backup alone cannot sign a token.
 *
 * No migration deletes the stored key: migrations run before this code, and would destroy the
 * key of every signed-in session before it could be saved.
 */
export async function resolveSigningKey(config: AppConfig, settings: StoredKeySettings, logger: Logger): Promise<string> {
  const stored = await settings.find(STORED_KEY_SETTING);
  const key = signingKeyFrom(config, stored, logger);
  if (stored !== null) {
    await settings.delete(STORED_KEY_SETTING);
    logger.log(`Deleted the token signing key stored in the database (app_setting.${STORED_KEY_SETTING}).`);
  }
  return key;
}

function signingKeyFrom(config: AppConfig, stored: string | null, logger: Logger): string {
  if (config.jwtSecret) return config.jwtSecret;
  const path = config.jwtKeyFile ?? null;
  if (path === null) {
    // A throwaway (memory://) database: its sessions cannot outlive the process anyway.
    return generateKey();
  }
  const existing = readKeyFile(path);
  if (existing !== null) {
    if (stored !== null && stored !== existing) {
      logger.warn(`The key file ${path} is used; sessions signed with the key stored in the database end.`);
    }
    return existing;
  }
  const created = createKeyFile(path, stored ?? generateKey());
  logger.log(stored !== null ? `Moved the token signing key from the database to ${path}.` : `Created the token signing key file ${path}.`);
  return created;
}

function generateKey(): string {
  return randomBytes(48).toString('base64url');
}

/** The key in the file, or null when there is no file; ConfigError when it cannot be trusted or read. */
function readKeyFile(path: string): string | null {
  let mode: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ConfigError(`The token signing key file ${path} is not a file. Set JWT_KEY_FILE to a file path.`);
    mode = stat.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`Cannot read the token signing key file ${path}: ${(error as Error).message}`);
  }
  if ((mode & 0o077) !== 0) {
    throw new ConfigError(
      `The token signing key file ${path} has permissions ${mode.toString(8).padStart(4, '0')}: others can read it. ` +
        `Only its owner may (run: chmod 600 ${path}), or replace the key if it may have been copied.`,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the token signing key file ${path}: ${(error as Error).message}`);
  }
  const key = text.trim();
  if (key.length === 0) throw new ConfigError(`The token signing key file ${path} holds no key. Delete it to have a new one created.`);
  if (key.length < MIN_KEY_LENGTH) {
    throw new ConfigError(`The key in ${path} is too short (${key.length} characters; at least ${MIN_KEY_LENGTH}).`);
  }
  return key;
}

/**
 * Writes the key to a new file of mode 0600, or reads the file another process (another replica
 * sharing the path) created first. Written whole to a temporary file, flushed, then linked to its
 * name: the name never shows a half-written key, and linking fails if the name is taken.
 */
function createKeyFile(path: string, key: string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}`);
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${key}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  syncDirectory(dirname(path));
  const written = readKeyFile(path);
  if (written === null) throw new ConfigError(`The token signing key file ${path} vanished as it was created.`);
  return written;
}

/** Makes the new name durable before the stored key is deleted. */
function syncDirectory(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
