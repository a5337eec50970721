import type { NodeKind } from '@parley/graph-schema';

const KIND_NAMES: Record<NodeKind, string> = {
  actor: 'Actor',
  institution: 'Institution',
  statement: 'Statement',
  article: 'Article',
};

export function KindBadge({ kind }: { kind: NodeKind }) {
  return <span className={`kind-badge kind-${kind}`}>{KIND_NAMES[kind]}</span>;
}
