/**
 * A read as it is sent: the Cypher and its parameters. Each read module builds its own, so the
 * query-plan test can EXPLAIN exactly what the API runs.
 */
export type ReadQuery = { cypher: string; params: Record<string, unknown> };
