import type { GraphNode } from '@parley/graph-schema';
import type { ReactNode } from 'react';
import { KindBadge } from '../../../components/kind-badge';
import { formatDate } from '../../../lib/format-date';
import { stringProp } from '../../../lib/graph-properties';
import { guessLang } from '../../../lib/script';

export type OpenNode = (id: string) => void;

/** A node named in the panel; following it shows the node on the canvas and in the panel. */
export function NodeLink({
  node,
  onOpen,
  badge = false,
}: {
  node: GraphNode;
  onOpen: OpenNode;
  badge?: boolean;
}) {
  return (
    <button type="button" className="node-link" onClick={() => onOpen(node.id)}>
      {badge && <KindBadge kind={node.kind} />}
      <span lang={guessLang(node.label)}>{node.label}</span>
    </button>
  );
}

/** A statement in a list: who, when, and its words (English summary when the original is not). */
export function StatementItem({ statement, onOpen }: { statement: GraphNode; onOpen: OpenNode }) {
  const date = stringProp(statement, 'date');
  const lang = stringProp(statement, 'lang');
  const summary = lang !== 'en' ? stringProp(statement, 'summaryEn') : undefined;
  const text = summary ?? stringProp(statement, 'text') ?? statement.label;
  return (
    <button type="button" className="statement-item" onClick={() => onOpen(statement.id)}>
      <span className="statement-item-head">
        <span>{statement.label.split(':')[0]}</span>
        {date && (
          <span className="muted">{formatDate(date, stringProp(statement, 'datePrecision'))}</span>
        )}
      </span>
      <span className="statement-item-text" lang={summary ? 'en' : lang}>
        {text}
      </span>
    </button>
  );
}

export function Section({
  title,
  count,
  children,
}: {
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section className="details-section">
      <h3>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

export function StatementList({
  title,
  statements,
  onOpen,
  empty,
}: {
  title: string;
  statements: GraphNode[];
  onOpen: OpenNode;
  empty: string;
}) {
  return (
    <Section title={title} count={statements.length}>
      {statements.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list">
          {statements.map((s) => (
            <li key={s.id}>
              <StatementItem statement={s} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
