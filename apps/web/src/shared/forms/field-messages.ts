/** A message to show next to a form field: an i18n key (under the feature's errors) and its parameters. */
export interface FieldMessage {
  key: string;
  params?: Record<string, string | number>;
}

/** Messages per form field, keyed by the field's path in the request body (`code`, `name.vi`); '' holds the form's own. */
export type FieldErrors = Record<string, FieldMessage[]>;

/** The parts of a zod issue a form's messages depend on (zod's own issue type fits it). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  expected?: string;
  message?: string;
}
