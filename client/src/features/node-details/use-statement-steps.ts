import { useNodeRelations } from './api/get-node-relations';
import { relationsOf } from './model/relations';

export type StatementSteps = { previous: string | undefined; next: string | undefined };

/** Where the arrow keys lead from a statement: what it answers, and the first thing answering it. */
export function useStatementSteps(
  nodeId: string | undefined,
  isStatement: boolean,
): StatementSteps {
  const relations = useNodeRelations(isStatement ? nodeId : undefined);
  if (!nodeId || !relations.data) return { previous: undefined, next: undefined };
  const { respondsTo, answeredBy } = relationsOf(nodeId, relations.data);
  return { previous: respondsTo[0]?.id, next: answeredBy[0]?.id };
}
