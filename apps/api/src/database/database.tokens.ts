/** Injection token: which database the app runs on (`embedded` or `postgres`). */
export const DATABASE_KIND = Symbol('DATABASE_KIND');
