import { kindOfId, relTypesOfKind, type NodeKind } from '@parley/graph-schema';
import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { copyText } from '../../../lib/copy-text';
import { useDismiss } from '../../../lib/use-dismiss';
import { EDGE_THEME } from '../cytoscape/theme';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { useNodeSelection } from '../data/use-node-selection';
import { nodeLink } from '../location/node-link';
import { notify } from '../state/announcement-store';
import { closeContextMenu, useContextMenu, type ContextMenuAt } from '../state/context-menu-store';
import { requestPathFrom } from '../state/path-request-store';

type MenuItem = { label: string; run: () => void };

const isParty = (kind: NodeKind | undefined) => kind === 'actor' || kind === 'institution';

function useMenuItems(nodeId: string): MenuItem[] {
  const commands = useCanvasCommands();
  const selection = useNodeSelection();
  const { graph } = useExplorerData();
  const kind = kindOfId(nodeId);
  const name = graph.index.nodes.get(nodeId)?.label ?? nodeId;
  const copyLink = async () => {
    const copied = await copyText(nodeLink(nodeId, window.location.origin));
    notify(copied ? `Link to ${name} copied` : 'This page may not copy to the clipboard');
  };
  return [
    { label: 'Expand', run: () => commands.expand(nodeId) },
    ...(kind ? relTypesOfKind(kind) : []).map((type) => ({
      label: `Expand: ${EDGE_THEME[type].name}`,
      run: () => commands.expandAlong(nodeId, type),
    })),
    { label: 'Hide', run: () => commands.hide(nodeId) },
    { label: 'Select neighbours', run: () => selection.selectNeighbours(nodeId) },
    ...(isParty(kind)
      ? [
          {
            label: 'Path to…',
            run: () => {
              commands.select(nodeId);
              requestPathFrom(nodeId);
            },
          },
        ]
      : []),
    { label: 'Copy link to this node', run: () => void copyLink() },
  ];
}

function OpenMenu({
  at: { nodeId, x, y, leftwards, upwards },
  returnFocusTo,
}: {
  at: NonNullable<ContextMenuAt>;
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const menu = useRef<HTMLUListElement>(null);
  const items = useMenuItems(nodeId);
  const { graph } = useExplorerData();
  const name = graph.index.nodes.get(nodeId)?.label ?? nodeId;
  useDismiss(true, menu, closeContextMenu);
  useLayoutEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [nodeId]);

  const close = () => {
    closeContextMenu();
    returnFocusTo.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const moveTo = (index: number) => entries[(index + entries.length) % entries.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(at + 1),
      ArrowUp: () => moveTo(at - 1),
      Home: () => moveTo(0),
      End: () => moveTo(entries.length - 1),
      Escape: close,
      Tab: close,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  return (
    <ul
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${name}`}
      data-leftwards={leftwards || undefined}
      data-upwards={upwards || undefined}
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              close();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * A node's actions (right-click, long-press, or the Menu key / Shift+F10 on the canvas): an ARIA
 * menu, stepped with the arrow keys; Escape closes it and gives focus back to the canvas.
 */
export function NodeContextMenu({
  returnFocusTo,
}: {
  returnFocusTo: RefObject<HTMLElement | null>;
}) {
  const at = useContextMenu();
  if (!at) return null;
  return <OpenMenu key={at.nodeId} at={at} returnFocusTo={returnFocusTo} />;
}
