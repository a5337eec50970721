import {
  LABEL_BY_KIND,
  MERGED_INTO,
  NODE_KINDS,
  NodeLabel,
  RecordLabel,
} from '@parley/graph-schema';

const PARTY_LABELS: ReadonlySet<string> = new Set([NodeLabel.Actor, NodeLabel.Institution]);
const LABELS = [...NODE_KINDS.map((kind) => LABEL_BY_KIND[kind]), RecordLabel.MergedId];

/** The party a merged party's old id now names: the one it went into. */
const mergedInto = (idExpr: string, variable: string, label = '') =>
  `MATCH (:${RecordLabel.MergedId} {id: ${idExpr}})-[:${MERGED_INTO}]->(${variable}${label ? `:${label}` : ''}) RETURN ${variable}`;

/**
 * A subquery binding `variable` to the node whose id is `idExpr`, whatever its label, through
 * one unique-id index per label. With `followMerges`, a merged party's old id binds the party it
 * went into; without, it binds the MergedId record itself (to restore what pointed at it).
 */
export function anyNodeById(
  scope: string,
  idExpr: string,
  variable: string,
  { followMerges }: { followMerges: boolean },
): string {
  const branches = LABELS.filter((label) => !followMerges || label !== RecordLabel.MergedId).map(
    (label) => `MATCH (${variable}:${label} {id: ${idExpr}}) RETURN ${variable}`,
  );
  if (followMerges) branches.push(mergedInto(idExpr, variable));
  return `
CALL (${scope}) {
  ${branches.join('\n  UNION\n  ')}
}`;
}

/**
 * `variable` bound to the node of `label` whose id is `idExpr` (`scope` names the variables it
 * reads); for actors and institutions a merged id binds the party it went into, so old links
 * keep opening.
 */
export function labelledNodeById(
  label: NodeLabel,
  idExpr: string,
  variable: string,
  scope = '',
): string {
  const match = `MATCH (${variable}:${label} {id: ${idExpr}})`;
  if (!PARTY_LABELS.has(label)) return match;
  return `
CALL (${scope}) {
  ${match} RETURN ${variable}
  UNION
  ${mergedInto(idExpr, variable, label)}
}`;
}

/** Whether a node of `label` answers `idExpr` (a merged party's old id does). */
export function nodeWithIdExists(label: NodeLabel, idExpr: string): string {
  const own = `EXISTS { MATCH (:${label} {id: ${idExpr}}) }`;
  if (!PARTY_LABELS.has(label)) return own;
  return `(${own} OR EXISTS { MATCH (:${RecordLabel.MergedId} {id: ${idExpr}})-[:${MERGED_INTO}]->(:${label}) })`;
}

/** A subquery binding `variable` to the actor or institution whose id is `idExpr`. */
export const partyById = (scope: string, idExpr: string, variable: string) => `
CALL (${scope}) {
  MATCH (${variable}:${NodeLabel.Actor} {id: ${idExpr}}) RETURN ${variable}
  UNION
  MATCH (${variable}:${NodeLabel.Institution} {id: ${idExpr}}) RETURN ${variable}
}`;
