import {
  articleIngestResponseSchema,
  articlePreviewResponseSchema,
  articleRequestSchema,
  chainResponseSchema,
  errorResponseSchema,
  graphQuerySchema,
  graphResponseSchema,
  healthResponseSchema,
  ingestBundleSchema,
  ingestResponseSchema,
  neighborhoodQuerySchema,
  saveViewRequestSchema,
  savedViewIdSchema,
  savedViewSchema,
  neighborhoodResponseSchema,
  nodeResponseSchema,
  searchQuerySchema,
  searchResponseSchema,
  subgraphRequestSchema,
  subgraphResponseSchema,
  whoSaidWhatQuerySchema,
  whoSaidWhatResponseSchema,
} from '@parley/graph-schema';
import { z } from 'zod';

/** Any id is looked up; one the graph does not hold is a 404. */
const lookupId = z.string().min(1);

type Operation = {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: Record<string, z.ZodType>;
  body?: z.ZodType;
  response: z.ZodType;
  auth?: boolean;
  successStatus?: 200 | 201;
  errors: number[];
};

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Server and Neo4j status',
    response: healthResponseSchema,
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Names, aliases in any script, statement text',
    query: searchQuerySchema,
    response: searchResponseSchema,
    errors: [400, 429, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'One node',
    pathParams: { id: lookupId },
    response: nodeResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighborhood',
    summary: 'Neighbours of a node, capped and paged',
    pathParams: { id: lookupId },
    query: neighborhoodQuerySchema,
    response: neighborhoodResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/statements/{id}/chain',
    summary: 'The RESPONDS_TO thread through a statement, oldest first',
    pathParams: { id: lookupId },
    response: chainResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/who-said-what',
    summary: 'Speaker → addressee pairs with counts',
    query: whoSaidWhatQuerySchema,
    response: whoSaidWhatResponseSchema,
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'The first view, capped',
    query: graphQuerySchema,
    response: graphResponseSchema,
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/subgraph',
    summary: 'The nodes with these ids and every relationship among them (a read)',
    body: subgraphRequestSchema,
    response: subgraphResponseSchema,
    errors: [400, 413, 415, 503],
  },
  {
    method: 'post',
    path: '/api/bundles',
    summary: 'Ingest a structured bundle in one transaction',
    body: ingestBundleSchema,
    response: ingestResponseSchema,
    auth: true,
    errors: [400, 401, 403, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest a raw article (English or Telugu): extract, resolve names, write',
    body: articleRequestSchema,
    response: articleIngestResponseSchema,
    auth: true,
    errors: [400, 401, 403, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/articles/preview',
    summary: 'The facts a raw article would add, without writing anything',
    body: articleRequestSchema,
    response: articlePreviewResponseSchema,
    errors: [400, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/views',
    summary: 'Save a view state; the answer holds its shareable id',
    successStatus: 201,
    body: saveViewRequestSchema,
    response: savedViewSchema,
    errors: [400, 413, 415, 429, 503],
  },
  {
    method: 'get',
    path: '/api/views/{id}',
    summary: 'A saved view, with the node ids that no longer exist',
    pathParams: { id: savedViewIdSchema },
    response: savedViewSchema,
    errors: [400, 404, 503],
  },
];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input; details name each bad field',
  401: 'Missing bearer token',
  403: 'Wrong bearer token',
  404: 'Not found',
  413: 'Body too large',
  415: 'Body not JSON in UTF-8, or compressed in an unsupported way',
  429: 'Rate limit reached; retry after Retry-After seconds',
  503: 'Neo4j unavailable',
};

const RETRY_AFTER_HEADER = {
  'Retry-After': {
    description: 'Seconds until the limit resets',
    required: true,
    schema: { type: 'integer', minimum: 0 },
  },
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

function queryParameters(query: z.ZodObject) {
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
}

function operationObject(op: Operation) {
  const responses: Record<string, unknown> = {
    [op.successStatus ?? 200]: {
      description: 'OK',
      content: { 'application/json': { schema: jsonSchema(op.response, 'output') } },
    },
  };
  for (const status of op.errors)
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      ...(status === 429 ? { headers: RETRY_AFTER_HEADER } : {}),
      content: { 'application/json': { schema: jsonSchema(errorResponseSchema, 'output') } },
    };
  return {
    summary: op.summary,
    parameters: [
      ...Object.entries(op.pathParams ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: jsonSchema(schema, 'input'),
      })),
      ...(op.query ? queryParameters(op.query) : []),
    ],
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    ...(op.auth ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/** The OpenAPI 3 document, generated from the graph-schema zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS)
    paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op) };
  return {
    openapi: '3.0.3',
    info: {
      title: 'Parley API',
      version: '1.0.0',
      description: 'Who said what to whom, from the news.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
