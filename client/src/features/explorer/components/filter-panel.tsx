import {
  FACT_SOURCES,
  NODE_KINDS,
  REL_TYPES,
  getEmptyViewFilters,
  type FactSource,
} from '@parley/graph-schema';
import type { ReactNode } from 'react';
import { pluralise } from '../../../lib/plural';
import { guessLang, languageName } from '../../../lib/script';
import { EDGE_THEME, NODE_THEME } from '../cytoscape/theme';
import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { toggledList } from '../state/canvas-producers';
import { hasActiveFilters } from '../state/filters';

function FilterOption(props: {
  label: ReactNode;
  count: number;
  /** What the count counts, for a screen reader: nodes unless said otherwise. */
  counted?: string;
  shown: boolean;
  onChange: (shown: boolean) => void;
  lang?: string;
}) {
  return (
    <li>
      <label className="filter-option">
        <input
          type="checkbox"
          checked={props.shown}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <span className="filter-label" lang={props.lang}>
          {props.label}
        </span>
        <span
          className="filter-count"
          aria-label={`${pluralise(props.count, props.counted ?? 'node')} on the canvas`}
        >
          {props.count}
        </span>
      </label>
    </li>
  );
}

const SOURCE_NAMES: Record<FactSource, string> = {
  curated: 'Curated',
  reviewed: 'Reviewed',
  extracted: 'Extracted',
};

function FilterGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="filter-group">
      <legend>{title}</legend>
      <ul>{children}</ul>
    </fieldset>
  );
}

/** What to leave out of the canvas; counts are of what the canvas holds, so they move as it grows. */
export function FilterPanel() {
  const { state, facets, elements, visible } = useExplorerData();
  const { updateFilters } = useCanvasCommands();
  const { filters } = state;
  const wsw = state.mode === 'who-said-what';
  const kinds = wsw ? (['actor', 'institution'] as const) : NODE_KINDS;

  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <div className="panel-heading">
        <h2 id="filters-title">Filters</h2>
        {hasActiveFilters(filters) && (
          <button
            type="button"
            className="link-button"
            onClick={() => updateFilters(getEmptyViewFilters())}
          >
            Reset
          </button>
        )}
      </div>
      {!wsw && (
        <p className="filter-summary" aria-live="polite">
          Showing {elements.nodes.length} of {pluralise(visible.nodes.length, 'node')}
        </p>
      )}
      <FilterGroup title="Kind">
        {kinds.map((kind) => (
          <FilterOption
            key={kind}
            label={NODE_THEME[kind].name}
            count={facets.kinds[kind]}
            shown={!filters.hiddenKinds.includes(kind)}
            onChange={(shown) =>
              updateFilters({ hiddenKinds: toggledList(filters.hiddenKinds, kind, shown) })
            }
          />
        ))}
      </FilterGroup>
      {!wsw && (
        <>
          <FilterGroup title="Relationship">
            {REL_TYPES.map((type) => (
              <FilterOption
                key={type}
                label={EDGE_THEME[type].name}
                count={facets.relTypes[type]}
                counted="edge"
                shown={!filters.hiddenRelTypes.includes(type)}
                onChange={(shown) =>
                  updateFilters({
                    hiddenRelTypes: toggledList(filters.hiddenRelTypes, type, shown),
                  })
                }
              />
            ))}
          </FilterGroup>
          {facets.sources.extracted > 0 && (
            <FilterGroup title="Provenance">
              {FACT_SOURCES.map((source) => (
                <FilterOption
                  key={source}
                  label={SOURCE_NAMES[source]}
                  count={facets.sources[source]}
                  shown={!filters.hiddenSources.includes(source)}
                  onChange={(shown) =>
                    updateFilters({
                      hiddenSources: toggledList(filters.hiddenSources, source, shown),
                    })
                  }
                />
              ))}
            </FilterGroup>
          )}
          {facets.kinds.statement > 0 && (
            <FilterGroup title="Review">
              <FilterOption
                label="Needs review only"
                count={facets.needsReview}
                counted="statement"
                shown={filters.needsReviewOnly}
                onChange={(needsReviewOnly) => updateFilters({ needsReviewOnly })}
              />
            </FilterGroup>
          )}
          {facets.langs.length > 0 && (
            <FilterGroup title="Language">
              {facets.langs.map(({ lang, count }) => (
                <FilterOption
                  key={lang}
                  label={languageName(lang)}
                  count={count}
                  shown={!filters.hiddenLangs.includes(lang)}
                  onChange={(shown) =>
                    updateFilters({ hiddenLangs: toggledList(filters.hiddenLangs, lang, shown) })
                  }
                />
              ))}
            </FilterGroup>
          )}
          {facets.articles.length > 0 && (
            <FilterGroup title="Source article">
              {facets.articles.map(({ id, label, count }) => (
                <FilterOption
                  key={id}
                  label={label}
                  lang={guessLang(label)}
                  count={count}
                  shown={!filters.hiddenArticleIds.includes(id)}
                  onChange={(shown) =>
                    updateFilters({
                      hiddenArticleIds: toggledList(filters.hiddenArticleIds, id, shown),
                    })
                  }
                />
              ))}
            </FilterGroup>
          )}
          {facets.dateExtent && (
            <fieldset className="filter-group">
              <legend>Date</legend>
              <div className="date-range">
                <label>
                  From
                  <input
                    type="date"
                    min={facets.dateExtent.min}
                    max={facets.dateExtent.max}
                    value={filters.dateFrom ?? ''}
                    onChange={(e) => updateFilters({ dateFrom: e.target.value || null })}
                  />
                </label>
                <label>
                  To
                  <input
                    type="date"
                    min={facets.dateExtent.min}
                    max={facets.dateExtent.max}
                    value={filters.dateTo ?? ''}
                    onChange={(e) => updateFilters({ dateTo: e.target.value || null })}
                  />
                </label>
              </div>
            </fieldset>
          )}
        </>
      )}
    </section>
  );
}
