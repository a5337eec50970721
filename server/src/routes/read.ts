import {
  neighborhoodQuerySchema,
  graphQuerySchema,
  searchQuerySchema,
  subgraphRequestSchema,
  whoSaidWhatQuerySchema,
  type ChainResponse,
  type GraphResponse,
  type NeighborhoodResponse,
  type NodeResponse,
  type SearchResponse,
  type SubgraphResponse,
  type WhoSaidWhatResponse,
} from '@parley/graph-schema';
import { Router } from 'express';
import type { Db } from '../db/driver';
import { getChain } from '../db/queries/chain';
import { getOverview } from '../db/queries/graph';
import { getNeighborhood, getNode } from '../db/queries/nodes';
import { search } from '../db/queries/search';
import { getSubgraphByIds } from '../db/queries/subgraph-by-ids';
import { getWhoSaidWhat } from '../db/queries/who-said-what';
import { parseOrThrow } from '../errors';

/** The read API: validate the query, call one query module, answer. */
export function readRoutes(db: Db): Router {
  const router = Router();

  router.get('/search', async (req, res) => {
    const { q, limit } = parseOrThrow(searchQuerySchema, req.query, 'search query');
    const body: SearchResponse = { results: await search(db, q, limit) };
    res.json(body);
  });

  router.get('/nodes/:id', async (req, res) => {
    const body: NodeResponse = { node: await getNode(db, req.params.id) };
    res.json(body);
  });

  router.get('/nodes/:id/neighborhood', async (req, res) => {
    const options = parseOrThrow(neighborhoodQuerySchema, req.query, 'neighborhood query');
    const body: NeighborhoodResponse = await getNeighborhood(db, req.params.id, options);
    res.json(body);
  });

  router.get('/statements/:id/chain', async (req, res) => {
    const body: ChainResponse = await getChain(db, req.params.id);
    res.json(body);
  });

  router.get('/who-said-what', async (req, res) => {
    const { limit } = parseOrThrow(whoSaidWhatQuerySchema, req.query, 'who-said-what query');
    const body: WhoSaidWhatResponse = { pairs: await getWhoSaidWhat(db, limit) };
    res.json(body);
  });

  router.get('/graph', async (req, res) => {
    const { limit } = parseOrThrow(graphQuerySchema, req.query, 'graph query');
    const body: GraphResponse = await getOverview(db, limit);
    res.json(body);
  });

  // A read sent as POST: five hundred ids do not fit in a query string.
  router.post('/subgraph', async (req, res) => {
    const { ids } = parseOrThrow(subgraphRequestSchema, req.body, 'subgraph request');
    const body: SubgraphResponse = await getSubgraphByIds(db, ids);
    res.json(body);
  });

  return router;
}
