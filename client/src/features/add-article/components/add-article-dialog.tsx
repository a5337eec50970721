import type { ArticlePreviewResponse, ArticleRequest } from '@parley/graph-schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeError, describeWriteError, isApiError } from '../../../lib/api-error';
import { afterGraphChange } from '../../../lib/graph-changed';
import { languageName } from '../../../lib/script';
import { useFocusKeptInside } from '../../../lib/use-focus-kept-inside';
import { addArticle, previewArticle } from '../api/article-requests';
import { checkDraft, EMPTY_DRAFT, type ArticleDraft } from '../model/article-draft';
import { locateProblems } from '../model/fact-problems';
import {
  isReviewed,
  openStatements,
  selfMeetings,
  startReview,
  type Review,
} from '../model/review';
import { reviewedFacts } from '../model/reviewed-facts';
import { writeTokenStore } from '../../../lib/write-token';
import { ArticleForm } from './article-form';
import { DiscardConfirm } from './discard-confirm';
import { ExtractedText, factSpans } from './extracted-text';
import { FactList } from './fact-list';
import { pluralise } from '../../../lib/plural';

type Props = {
  onClose: () => void;
  /** Opens the added article on the canvas. */
  onShowArticle: (articleId: string) => void;
};

function describeAddError(error: unknown, factProblems: number): string {
  if (isApiError(error) && error.code === 'bad_request' && factProblems > 0)
    return factProblems === 1
      ? 'The server refused a field of the facts: see the fact marked above.'
      : `The server refused ${pluralise(factProblems, 'field')} of the facts: see the facts marked above.`;
  return describeWriteError(error);
}

/**
 * Paste an article, see what Parley would extract from it marked in its own text, then add it.
 * Only a preview that matches the text as it now stands can be added: edit, and it asks for a
 * new preview, so what is written is always what was shown.
 */
export function AddArticleDialog({ onClose, onShowArticle }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY_DRAFT);
  const [showProblems, setShowProblems] = useState(false);
  const [token, setToken] = useState(writeTokenStore.read);
  const [activeFactId, setActiveFactId] = useState<string | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [askingToDiscard, setAskingToDiscard] = useState(false);
  const focusBeforeAsking = useRef<HTMLElement | null>(null);
  useFocusKeptInside(dialog);

  const check = useMemo(() => checkDraft(draft), [draft]);
  const requestKey = check.ok ? JSON.stringify(check.request) : null;
  const preview = useMutation({
    mutationFn: (request: ArticleRequest) => previewArticle(request),
    onSuccess: (data: ArticlePreviewResponse) => setReview(startReview(data)),
  });
  const add = useMutation({
    mutationFn: ({
      request,
      token,
    }: {
      request: Parameters<typeof addArticle>[0];
      token: string;
    }) => addArticle(request, token),
    onSuccess: () => afterGraphChange(queryClient),
  });
  const previewCurrent =
    preview.data !== undefined && JSON.stringify(preview.variables) === requestKey;

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const unsaved = draft.text.trim() !== '' && !add.isSuccess;
  const requestClose = () => {
    if (!unsaved) return onClose();
    if (document.activeElement instanceof HTMLElement)
      focusBeforeAsking.current = document.activeElement;
    setAskingToDiscard(true);
  };
  const keepEditing = () => {
    setAskingToDiscard(false);
    focusBeforeAsking.current?.focus();
  };
  // Escape is taken here rather than left to the browser, which may close a dialog on a second
  // Escape whatever its cancel handler says.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    requestClose();
  };

  const problems = new Map(
    showProblems && !check.ok ? check.problems.map((p) => [p.field, p.message]) : [],
  );
  const change = (update: Partial<ArticleDraft>) => {
    setDraft((current) => ({ ...current, ...update }));
    add.reset();
  };
  const runPreview = () => {
    if (preview.isPending) return;
    setShowProblems(true);
    if (check.ok) preview.mutate(check.request);
  };
  const runAdd = () => {
    if (!check.ok || !previewCurrent || !preview.data || !review) return;
    writeTokenStore.write(token);
    const facts = isReviewed(review) ? reviewedFacts(preview.data, review) : undefined;
    add.mutate({ request: { ...check.request, ...(facts ? { facts } : {}) }, token });
  };
  const unchosen = review ? openStatements(review) : 0;
  const selfMet = review ? selfMeetings(review).length : 0;
  const sentFacts = add.variables?.request.facts;
  const refused =
    add.isError && isApiError(add.error) && add.error.code === 'bad_request' && sentFacts
      ? locateProblems(add.error.details, sentFacts)
      : { byFact: [], general: [] };

  return (
    <dialog
      ref={dialog}
      className="add-article-dialog"
      aria-labelledby="add-article-title"
      tabIndex={-1}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        requestClose();
      }}
      onKeyDown={onKeyDown}
    >
      <header className="dialog-header">
        <h2 id="add-article-title">Add an article</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={requestClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        <ArticleForm draft={draft} onChange={change} problems={problems} />
        <div className="dialog-actions">
          {/* aria-disabled rather than disabled: a disabled button would drop the focus. */}
          <button type="button" onClick={runPreview} aria-disabled={preview.isPending}>
            {preview.isPending ? 'Extracting…' : previewCurrent ? 'Preview again' : 'Preview facts'}
          </button>
          {preview.data && !previewCurrent && (
            <span className="muted">The text changed since the preview below.</span>
          )}
        </div>
        {preview.isError && (
          <p className="dialog-error" role="alert">
            {describeError(preview.error)}
          </p>
        )}
        {preview.data && review && (
          <section className="article-preview" aria-label="Extracted facts">
            <p className="muted">
              Read as {languageName(preview.data.lang)}. Marked: statements in amber, meetings in
              violet. Point at a fact to find it in the text; correct or drop it before adding.
            </p>
            <div className="preview-columns">
              <ExtractedText
                text={preview.variables?.text ?? ''}
                lang={preview.data.lang}
                spans={factSpans(preview.data)}
                activeFactId={activeFactId}
              />
              <FactList
                preview={preview.data}
                review={review}
                problems={refused.byFact}
                onReview={(next) => {
                  setReview(next);
                  add.reset();
                }}
                onPoint={setActiveFactId}
              />
            </div>
          </section>
        )}
      </div>
      {askingToDiscard && <DiscardConfirm onDiscard={onClose} onKeep={keepEditing} />}
      <footer className="dialog-footer">
        {add.isSuccess ? (
          <>
            <p role="status" className="dialog-success">
              Added: {pluralise(add.data.extracted.statements, 'statement')},{' '}
              {pluralise(add.data.extracted.meetings, 'meeting')} (
              {pluralise(add.data.nodes.created, 'new node')},{' '}
              {pluralise(add.data.relationships.created, 'new relationship')}).
            </p>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                onShowArticle(add.data.articleId);
                onClose();
              }}
            >
              Show in the explorer
            </button>
          </>
        ) : (
          <>
            <label className="token-field">
              Write token
              <input
                type="password"
                autoComplete="off"
                value={token}
                onChange={(e) => setToken(e.target.value)}
                placeholder="PARLEY_API_TOKEN"
              />
            </label>
            {unchosen > 0 && previewCurrent && (
              <p className="muted">
                {pluralise(unchosen, 'statement')} with an unclear speaker will be left out unless
                you choose who said {unchosen === 1 ? 'it' : 'them'}.
              </p>
            )}
            {selfMet > 0 && (
              <p className="dialog-error">Correct or drop the meeting of a party with itself.</p>
            )}
            {add.isError && (
              <div className="dialog-error" role="alert">
                <p>{describeAddError(add.error, refused.byFact.length)}</p>
                {refused.general.length > 0 && (
                  <ul>
                    {refused.general.map((d) => (
                      <li key={d.path}>
                        <strong>{d.path}:</strong> {d.message}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <button
              type="button"
              className="primary"
              onClick={runAdd}
              disabled={!previewCurrent || token.trim() === '' || add.isPending || selfMet > 0}
              title={previewCurrent ? undefined : 'Preview the facts first'}
            >
              {add.isPending ? 'Adding…' : 'Add to the graph'}
            </button>
          </>
        )}
      </footer>
    </dialog>
  );
}
