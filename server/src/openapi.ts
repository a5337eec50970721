import {
  API_LIMITS,
  ARTICLE_LIMITS,
  VIEW_LOAD_LIMITS,
  EDITOR_HEADER,
  articleIngestRequestSchema,
  articleIngestResponseSchema,
  articleRemovalResponseSchema,
  editIdSchema,
  editRequestSchema,
  editedNodeResponseSchema,
  editorSchema,
  editsQuerySchema,
  editsResponseSchema,
  mergeRequestSchema,
  partyPatchSchema,
  removalResponseSchema,
  revertResponseSchema,
  reviewQueueQuerySchema,
  reviewQueueResponseSchema,
  statementPatchSchema,
  articlePreviewResponseSchema,
  articleRequestSchema,
  chainResponseSchema,
  pathQuerySchema,
  pathResponseSchema,
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
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** The limits and refusals a caller should know beyond the schemas. */
  description?: string;
  query?: z.ZodObject;
  pathParams?: Record<string, z.ZodType>;
  body?: z.ZodType;
  /** A body that may be left out (a DELETE's, a revert's: only the editor's name). */
  bodyOptional?: boolean;
  /** A correction, recorded in the edit log with the editor's name if one is sent. */
  edit?: boolean;
  response: z.ZodType;
  /** Who may call it: everyone, readers (everyone unless PARLEY_READ_TOKEN is set) or writers. */
  access: 'public' | 'read' | 'write';
  successStatus?: 200 | 201;
  errors: number[];
};

/** A DELETE of a fact or an article by id: its body, if any, names only the editor. */
const removal = (path: string, summary: string, response: z.ZodType): Operation => ({
  method: 'delete',
  path,
  summary,
  access: 'write',
  edit: true,
  pathParams: { id: lookupId },
  body: editRequestSchema,
  bodyOptional: true,
  response,
  errors: [400, 404, 413, 415, 429, 503],
});

const OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Server and Neo4j status',
    description: "Neo4j's URI is shown only to callers that send a token (read or write).",
    access: 'public',
    response: healthResponseSchema,
    errors: [503],
  },
  {
    method: 'get',
    path: '/api/search',
    summary:
      'Names, aliases in any script, statement text. Names forgive one or two typing errors (none under four letters) and a query in another script is also spelled in Latin letters; names come first, ordered exact, by words, by sound, then typo',
    access: 'read',
    query: searchQuerySchema,
    response: searchResponseSchema,
    errors: [400, 429, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    summary: 'One node',
    access: 'read',
    pathParams: { id: lookupId },
    response: nodeResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/neighborhood',
    summary: 'Neighbours of a node, capped and paged',
    access: 'read',
    pathParams: { id: lookupId },
    query: neighborhoodQuerySchema,
    response: neighborhoodResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/statements/{id}/chain',
    summary: 'The RESPONDS_TO thread through a statement, oldest first',
    access: 'read',
    pathParams: { id: lookupId },
    response: chainResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/path',
    summary:
      'Up to 5 shortest chains between two parties through statements, meetings, affiliations',
    access: 'read',
    query: pathQuerySchema,
    response: pathResponseSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'get',
    path: '/api/who-said-what',
    summary: 'Speaker → addressee pairs with counts',
    description: `Each pair lists the ids of its newest ${API_LIMITS.whoSaidWhatStatementIds} statements at most; \`count\` counts them all.`,
    access: 'read',
    query: whoSaidWhatQuerySchema,
    response: whoSaidWhatResponseSchema,
    errors: [400, 503],
  },
  {
    method: 'get',
    path: '/api/graph',
    summary: 'The first view, capped',
    access: 'read',
    query: graphQuerySchema,
    response: graphResponseSchema,
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/subgraph',
    summary: 'The nodes with these ids and every relationship among them (a read)',
    access: 'read',
    body: subgraphRequestSchema,
    response: subgraphResponseSchema,
    errors: [400, 413, 415, 503],
  },
  {
    method: 'post',
    path: '/api/bundles',
    summary: 'Ingest a structured bundle in one transaction',
    description:
      "A bundle creates or changes only its own article's statements and meetings (their ids name the article: statement:<article>:<key>); any other is a 409 naming it. Another article's statements are referred to (respondsTo), never rewritten.",
    access: 'write',
    body: ingestBundleSchema,
    response: ingestResponseSchema,
    errors: [400, 409, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/articles',
    summary: 'Ingest a raw article (English or Telugu): extract, resolve names, write',
    description: `Reading the article may take at most ${ARTICLE_LIMITS.ingestReadMs} ms (413 naming text beyond); it runs off the server's event loop, at most 16 articles waiting (429 beyond).`,
    access: 'write',
    body: articleIngestRequestSchema,
    response: articleIngestResponseSchema,
    errors: [400, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/articles/preview',
    summary: 'The facts a raw article would add, without writing anything',
    description: `Without the write token the text may have at most ${ARTICLE_LIMITS.previewTextChars} characters (413 naming text beyond). Reading it may take at most ${ARTICLE_LIMITS.previewReadMs} ms (413 naming text beyond). The answer lists at most ${ARTICLE_LIMITS.previewFacts} statements, meetings and ambiguities each; \`omitted\` counts the rest.`,
    access: 'read',
    body: articleRequestSchema,
    response: articlePreviewResponseSchema,
    errors: [400, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/views',
    summary: 'Save a view state; the answer holds its shareable id',
    description: `A view may ask for at most ${VIEW_LOAD_LIMITS.expansionPages} neighbourhood pages over all its expansions and add at most ${VIEW_LOAD_LIMITS.addedNodes} nodes (400 naming state.expansions or state.addedNodeIds). Saved views have a rate limit of their own, apart from writes.`,
    access: 'read',
    successStatus: 201,
    body: saveViewRequestSchema,
    response: savedViewSchema,
    errors: [400, 413, 415, 429, 503],
  },
  {
    method: 'get',
    path: '/api/views/{id}',
    summary: 'A saved view, with the node ids that no longer exist',
    access: 'read',
    pathParams: { id: savedViewIdSchema },
    response: savedViewSchema,
    errors: [400, 404, 503],
  },
  {
    method: 'patch',
    path: '/api/statements/{id}',
    summary: "Correct a statement's speakers, addressees, replies, direct or date",
    access: 'write',
    edit: true,
    pathParams: { id: lookupId },
    body: statementPatchSchema,
    response: editedNodeResponseSchema,
    errors: [400, 404, 409, 413, 415, 429, 503],
  },
  removal(
    '/api/statements/{id}',
    'Remove a statement; re-ingesting its article does not bring it back',
    removalResponseSchema,
  ),
  removal(
    '/api/meetings/{id}',
    'Remove a meeting (a MEETS_WITH id); re-ingesting does not bring it back',
    removalResponseSchema,
  ),
  {
    method: 'patch',
    path: '/api/parties/{id}',
    summary: "Correct an actor's or institution's name, role or aliases",
    access: 'write',
    edit: true,
    pathParams: { id: lookupId },
    body: partyPatchSchema,
    response: editedNodeResponseSchema,
    errors: [400, 404, 413, 415, 429, 503],
  },
  {
    method: 'post',
    path: '/api/parties/{id}/merge',
    summary: 'Merge a party into another of its kind; the old id keeps naming the merged node',
    access: 'write',
    edit: true,
    pathParams: { id: lookupId },
    body: mergeRequestSchema,
    response: editedNodeResponseSchema,
    errors: [400, 404, 409, 413, 415, 429, 503],
  },
  removal(
    '/api/articles/{id}',
    'Remove an article and every fact only it reports, in one transaction',
    articleRemovalResponseSchema,
  ),
  {
    method: 'get',
    path: '/api/edits',
    summary: 'The log of corrections, newest first, a page at a time',
    access: 'read',
    query: editsQuerySchema,
    response: editsResponseSchema,
    errors: [400, 503],
  },
  {
    method: 'post',
    path: '/api/edits/{id}/revert',
    summary: 'Revert a correction, unless later edits depend on it',
    access: 'write',
    edit: true,
    pathParams: { id: editIdSchema },
    body: editRequestSchema,
    bodyOptional: true,
    response: revertResponseSchema,
    errors: [400, 404, 409, 413, 415, 429, 503],
  },
  {
    method: 'get',
    path: '/api/review-queue',
    summary: 'The statements that need review, over the whole graph, a page at a time',
    description:
      'Statements no person has vouched for: extracted ones, and uncertain speakers not yet reviewed. Uncertain speakers first, then the least confident, then the newest (undated last). Each comes with its speakers, candidates, addressees and the words of its article between the evidence offsets; `remaining` counts them all. Accepting or correcting one (PATCH /api/statements/{id}) takes it off.',
    access: 'read',
    query: reviewQueueQuerySchema,
    response: reviewQueueResponseSchema,
    errors: [400, 503],
  },
];

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Bad input; details name each bad field',
  401: 'Missing bearer token',
  403: 'Wrong bearer token',
  404: 'Not found',
  409: 'The change conflicts with the graph; the message says what stands in the way',
  413: 'Body too large, or an article text too long or too hard to read in time (details name text)',
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

const TOKEN_ERRORS = [401, 403];

function operationObject(op: Operation, readsNeedToken: boolean) {
  const needsToken = op.access === 'write' || (op.access === 'read' && readsNeedToken);
  const errors = needsToken
    ? [...new Set([...op.errors, ...TOKEN_ERRORS])].sort((a, b) => a - b)
    : op.errors;
  const responses: Record<string, unknown> = {
    [op.successStatus ?? 200]: {
      description: 'OK',
      content: { 'application/json': { schema: jsonSchema(op.response, 'output') } },
    },
  };
  for (const status of errors)
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      ...(status === 429 ? { headers: RETRY_AFTER_HEADER } : {}),
      content: { 'application/json': { schema: jsonSchema(errorResponseSchema, 'output') } },
    };
  return {
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    parameters: [
      ...Object.entries(op.pathParams ?? {}).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: jsonSchema(schema, 'input'),
      })),
      ...(op.query ? queryParameters(op.query) : []),
      ...(op.edit
        ? [
            {
              name: EDITOR_HEADER,
              in: 'header',
              required: false,
              description: "Who made the change, for the edit log (a body's `editor` wins)",
              schema: jsonSchema(editorSchema, 'input'),
            },
          ]
        : []),
    ],
    ...(op.body
      ? {
          requestBody: {
            required: !op.bodyOptional,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    ...(needsToken ? { security: [{ bearer: [] }] } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3 document, generated from the graph-schema zod schemas. Reads declare a bearer
 * token when the server requires one for them (PARLEY_READ_TOKEN).
 */
export function buildOpenApiDocument({ readsNeedToken }: { readsNeedToken: boolean }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS)
    paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op, readsNeedToken) };
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
