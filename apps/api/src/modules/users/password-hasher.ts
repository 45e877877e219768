import { hash, verify } from '@node-rs/argon2';

// Argon2id (the OWASP recommendation) through @node-rs/argon2: maintained, and its prebuilt
// binaries come from the npm registry itself, so installs need no compiler.
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = async (passwordHash: string, password: string): Promise<boolean> => {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
};
