/**
 * One feature's texts in both languages; the English must have exactly the keys of the
 * Vietnamese (the default), which the compiler checks.
 */
export function defineMessages<T extends Record<string, unknown>>(vi: T, en: DeepStrings<T>): { vi: T; en: DeepStrings<T> } {
  return { vi, en };
}

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
