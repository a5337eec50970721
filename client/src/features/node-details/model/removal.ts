import type { RemovalCounts } from '@parley/graph-schema';
import { pluralise } from '../../../lib/plural';

/** What a person removed from the graph, kept to tell them once the node is gone. */
export type Removal = { what: string; deleted: RemovalCounts; keptStatements?: number };

const counted = (n: number, one: string, many: string) => (n > 0 ? [pluralise(n, one, many)] : []);

/** Words for what a removal took away, biggest things first. */
export function removalWords({ deleted }: Removal): string {
  const parts = [
    ...counted(deleted.articles, 'article', 'articles'),
    ...counted(deleted.statements, 'statement', 'statements'),
    ...counted(deleted.meetings, 'meeting', 'meetings'),
    ...counted(deleted.parties, 'party', 'parties'),
  ];
  return parts.length > 0 ? parts.join(', ') : 'nothing else';
}
