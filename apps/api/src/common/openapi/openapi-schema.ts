import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiErrorSchema } from '@cchc/domain';
import { z } from 'zod';

type SchemaObject = Record<string, unknown>;

/**
 * The OpenAPI form of a domain contract: the documentation is generated from the very zod
 * schemas the API validates with, so the two cannot drift apart.
 */
export function jsonSchemaOf(schema: z.ZodType): SchemaObject {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: 'output',
    unrepresentable: 'any',
  }) as SchemaObject;
  return jsonSchema;
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: `code` is VALIDATION_FAILED (with `details` per field) or MALFORMED_JSON.',
  401: 'Not logged in, or the session expired.',
  403: 'This user may not do this (FORBIDDEN), a wrong current password or setup code, a password to change first (PASSWORD_CHANGE_REQUIRED), or a write with the session cookie but without its CSRF token (CSRF_TOKEN_INVALID).',
  404: 'No such resource.',
  409: 'Conflicts with the current state (duplicate, or a stale version).',
  415: 'The body is not JSON (UNSUPPORTED_MEDIA_TYPE).',
  429: 'Too many wrong attempts.',
};

/** Documents the error answers of a route, all in the one {@link ApiErrorSchema} shape. */
export function apiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  const schema = jsonSchemaOf(ApiErrorSchema);
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        schema,
        example:
          status === 400
            ? {
                code: 'VALIDATION_FAILED',
                message: 'The request query is not valid.',
                details: [{ path: 'query.kind', message: 'Invalid option: expected one of "department"|"board"|"district"|"commune"' }],
              }
            : undefined,
      }),
    ),
  );
}
