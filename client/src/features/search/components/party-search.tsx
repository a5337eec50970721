import type { NodeKind } from '@parley/graph-schema';
import type { PartyPickerProps } from '../../../components/party-picker';
import { SearchBox } from './search-box';

const PARTY_KINDS: readonly NodeKind[] = ['actor', 'institution'];

/**
 * The search box narrowed to actors and institutions, for picking a speaker, addressee or merge
 * target; or to statements, for what a reply answers.
 */
export function PartySearch({ label, onPick, excludeIds, kind, autoFocus }: PartyPickerProps) {
  return (
    <div className="party-search">
      <SearchBox
        label={label}
        placeholder={
          kind === 'statement' ? 'Search what was said…' : 'Search a person or institution…'
        }
        kinds={kind ? [kind] : PARTY_KINDS}
        excludeIds={excludeIds}
        keepFocus
        autoFocus={autoFocus}
        onChoose={(result) => onPick({ id: result.id, name: result.label })}
      />
    </div>
  );
}
