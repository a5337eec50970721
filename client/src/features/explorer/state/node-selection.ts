/**
 * Several nodes chosen at once (shift-click, box select, "Select neighbours"), beside the one
 * selection the canvas state keeps for the details. A passing choice: not undone, not shared.
 * Pure updates, each returning the list it was given when nothing changes.
 */
export type NodeSelection = readonly string[];

/** What is selected: the chosen nodes, or else the one the details show. */
export function selectedNodeIds(chosen: NodeSelection, primary: string | null): NodeSelection {
  if (chosen.length > 0) return chosen;
  return primary === null ? [] : [primary];
}

/** Shift-click: in or out of the selection, which starts from the node already selected. */
export function toggleChosen(
  chosen: NodeSelection,
  primary: string | null,
  id: string,
): NodeSelection {
  const current = selectedNodeIds(chosen, primary);
  return current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
}

/** Box select and "Select neighbours": these join the selection. */
export function addChosen(
  chosen: NodeSelection,
  primary: string | null,
  ids: readonly string[],
): NodeSelection {
  const current = selectedNodeIds(chosen, primary);
  const added = ids.filter((id, i) => !current.includes(id) && ids.indexOf(id) === i);
  return added.length === 0 ? current : [...current, ...added];
}

/** Nodes that left the canvas (hidden, collapsed, filtered out) leave the selection too. */
export function keepDrawn(chosen: NodeSelection, drawn: ReadonlySet<string>): NodeSelection {
  return chosen.every((id) => drawn.has(id)) ? chosen : chosen.filter((id) => drawn.has(id));
}

/** The ids of the nodes joined to `id` by the edges drawn. */
export function neighbourIds(
  id: string,
  edges: readonly { source: string; target: string }[],
): string[] {
  const found = new Set<string>();
  for (const { source, target } of edges) {
    if (source === id && target !== id) found.add(target);
    if (target === id && source !== id) found.add(source);
  }
  return [...found];
}
