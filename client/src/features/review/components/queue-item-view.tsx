import type { ReviewQueueItem } from '@parley/graph-schema';
import { forwardRef } from 'react';
import { booleanProp, numberProp, stringProp } from '../../../lib/graph-properties';

const names = (parties: ReviewQueueItem['speakers']) => parties.map((p) => p.label).join(', ');

function People({ item }: { item: ReviewQueueItem }) {
  const { speakers, candidates, addressees } = item;
  return (
    <dl className="queue-people">
      {candidates.length > 1 ? (
        <>
          <dt>Uncertain between</dt>
          <dd>{names(candidates)}</dd>
        </>
      ) : (
        <>
          <dt>Said by</dt>
          <dd>{speakers.length > 0 ? names(speakers) : 'nobody recorded'}</dd>
        </>
      )}
      {addressees.length > 0 && (
        <>
          <dt>To</dt>
          <dd>{names(addressees)}</dd>
        </>
      )}
    </dl>
  );
}

/** One statement of the queue: why it needs eyes, who is said to have said it, and its sentence. */
export const QueueItemView = forwardRef<HTMLElement, { item: ReviewQueueItem }>(
  function QueueItemView({ item }, ref) {
    const { statement, sentence } = item;
    const confidence = numberProp(statement, 'confidence');
    return (
      <article className="queue-item" aria-label="Statement to review" ref={ref} tabIndex={-1}>
        <p className="queue-why">
          {booleanProp(statement, 'ambiguous') ? 'Uncertain speaker · ' : ''}
          {confidence !== undefined && `${Math.round(confidence * 100)}% confident`}
          {stringProp(statement, 'date') && ` · ${stringProp(statement, 'date')}`}
        </p>
        <h3 className="queue-label" lang={stringProp(statement, 'lang')}>
          {statement.label}
        </h3>
        <People item={item} />
        {sentence ? (
          <figure className="queue-sentence">
            <blockquote className="evidence original-text" lang={stringProp(statement, 'lang')}>
              <mark>{sentence.text}</mark>
            </blockquote>
            <figcaption>
              In <cite>{sentence.articleTitle}</cite>, characters {sentence.start}–{sentence.end}
            </figcaption>
          </figure>
        ) : (
          <p className="muted">No source passage recorded.</p>
        )}
      </article>
    );
  },
);
