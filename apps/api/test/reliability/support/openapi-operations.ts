import { sample } from 'openapi-sampler';
import { jsonBody, type RawHttpClient } from './raw-http.js';

/** A schema as openapi-sampler takes it. */
type JsonSchema = Parameters<typeof sample>[0];

/** One operation of the app's own OpenAPI document, with what a fuzzer needs to build requests. */
export interface ApiOperation {
  method: string;
  /** The path template, e.g. `/api/reports/{id}`. */
  path: string;
  pathParams: string[];
  queryParams: { name: string; required: boolean; values: unknown[] }[];
  /** Well-formed bodies: the document's examples and a sample generated from the body schema. */
  bodies: unknown[];
  secured: boolean;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: RequestBody; security?: unknown[] }>>;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
}

interface RequestBody {
  content?: Record<string, { schema?: JsonSchema; examples?: Record<string, { value?: unknown }> }>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Reads the app's OpenAPI document over HTTP, as any client would. */
export async function fetchOpenApiDocument(http: RawHttpClient): Promise<OpenApiDocument> {
  const response = await http.send({ method: 'GET', path: '/api/docs/json' });
  if (response.status !== 200) throw new Error(`GET /api/docs/json answered ${response.status}`);
  return jsonBody(response) as OpenApiDocument;
}

/**
 * Every operation in the document. Well-formed bodies come from openapi-sampler, which builds a
 * value that satisfies a schema (enums, formats, minimums, nested objects): a fuzzer that starts
 * from a body the API accepts and breaks one part of it reaches the checks deep inside a route,
 * where random JSON is refused at the first field.
 */
export function listOperations(document: OpenApiDocument): ApiOperation[] {
  const operations: ApiOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const parameters = operation.parameters ?? [];
      const json = operation.requestBody?.content?.['application/json'];
      const bodies: unknown[] = Object.values(json?.examples ?? {}).map((example) => example.value);
      if (json?.schema) bodies.push(sample(json.schema, { skipReadOnly: true }, document));
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({
            name: p.name,
            required: p.required ?? false,
            values: [...((p.schema?.enum as unknown[] | undefined) ?? []), ...(p.example === undefined ? [] : [p.example]), ...(p.schema ? [sample(p.schema, {}, document)] : [])],
          })),
        bodies,
        secured: (operation.security ?? []).length > 0,
      });
    }
  }
  return operations;
}
