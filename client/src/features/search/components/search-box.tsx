import type { NodeKind, SearchResult } from '@parley/graph-schema';
import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { describeError } from '../../../lib/api-error';
import { guessLang } from '../../../lib/script';
import { KindBadge } from '../../../components/kind-badge';
import { useSearch } from '../api/search-nodes';
import { useDebouncedValue } from './use-debounced-value';

const TYPING_PAUSE_MS = 180;
/** No option highlighted: nothing is until the person moves (Enter then picks the first). */
const NONE = -1;

export type SearchBoxProps = {
  onChoose: (result: SearchResult) => void;
  /** Lets the app's "/" shortcut put the caret here. */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** What a screen reader announces for the field. */
  label?: string;
  placeholder?: string;
  /** Only results of these kinds are offered. */
  kinds?: readonly NodeKind[];
  /** Results not offered, e.g. what is already chosen. */
  excludeIds?: readonly string[];
  /** Keeps the caret in the field after a choice, for choosing several in a row. */
  keepFocus?: boolean;
  autoFocus?: boolean;
};

/** Autocomplete over names, aliases in any script and statement text (ARIA combobox pattern). */
export function SearchBox({
  onChoose,
  inputRef,
  label = 'Search actors, institutions and statements',
  placeholder = 'Search names, aliases, statements — any script (/)',
  kinds,
  excludeIds = [],
  keepFocus = false,
  autoFocus = false,
}: SearchBoxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(NONE);
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  const query = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const search = useSearch(query);
  const results = (query ? (search.data?.results ?? []) : []).filter(
    (r) => (!kinds || kinds.includes(r.kind)) && !excludeIds.includes(r.id),
  );
  const showList = open && text.trim().length > 0;

  const highlighted = showList ? results[active] : undefined;

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    onChoose(result);
    setOpen(false);
    setText('');
    setActive(NONE);
    if (!keepFocus) ref.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = results.length - 1;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      // Alt+↓ only opens the list; ↓ from the last option comes back to the first.
      if (!event.altKey) setActive((i) => (i >= last ? 0 : i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter') {
      if (!showList || results.length === 0) return;
      event.preventDefault();
      choose(highlighted ?? results[0]);
    } else if (event.key === 'Escape' && showList) {
      // Closes the list only; a dialog or editor around the field stays open.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      setActive(NONE);
    }
  };

  const settling = text.trim() !== query || (search.isFetching && query !== '');
  let status: string | null = null;
  if (showList && search.isError) status = describeError(search.error);
  else if (showList && results.length === 0 && !settling && search.isSuccess)
    status = `No matches for “${text.trim()}”`;
  else if (showList && results.length === 0) status = 'Searching…';

  return (
    <div className="search-box">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${listId}-input`}
        ref={ref}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={highlighted ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        autoFocus={autoFocus}
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(NONE);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setActive(NONE);
        }}
        onKeyDown={onKeyDown}
      />
      {/* Always in the page: aria-controls must name an element that exists. */}
      <div className="search-popup" hidden={!showList}>
        <p className="search-status" role="status" hidden={!status}>
          {status}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label}: results`}
          hidden={results.length === 0}
        >
          {results.map((result, i) => (
            <li
              key={result.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list first
              onMouseDown={(event) => {
                event.preventDefault();
                choose(result);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <KindBadge kind={result.kind} />
              <span className="search-label" lang={guessLang(result.label)}>
                {result.label}
              </span>
              {result.matched !== result.label && (
                <span className="search-matched" lang={guessLang(result.matched)}>
                  {result.matched}
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
