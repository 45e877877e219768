import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read from a log and typed again has no look-alikes.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

/**
 * A new one-time setup code, `XXXX-XXXX-XXXX`: 12 random base32 characters, 60 bits. Each byte
 * picks one character by its low 5 bits (256 is a multiple of 32, so every character is as likely).
 */
export function newSetupCode(): string {
  const characters = [...randomBytes(LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return characters.match(/.{4}/g)?.join('-') ?? characters;
}

/**
 * What is stored of a code: the SHA-256 of its normalised form. A fast hash is enough here (unlike
 * for passwords): 60 random bits cannot be guessed from the hash, and a few wrong tries lock it.
 */
export function setupCodeHash(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}
