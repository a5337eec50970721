import { createContext, use, type ReactNode } from 'react';

/** An actor or institution a person picked. */
export type PickedParty = { id: string; name: string };

export type PartyPickerProps = {
  /** What a screen reader announces for the field, e.g. "Add an addressee". */
  label: string;
  onPick: (party: PickedParty) => void;
  /** Parties not offered, e.g. those already chosen. */
  excludeIds?: readonly string[];
  /**
   * Only actors, or only institutions (a merge stays within one kind); both when left out.
   * Statements, for what a reply answers.
   */
  kind?: 'actor' | 'institution' | 'statement';
  /** Puts the caret in the field when it appears (it was just asked for). */
  autoFocus?: boolean;
};

/**
 * Features that let a person pick a party (the Add article review, corrections in the detail
 * panel) do not import the search feature; the app hands its search-backed picker down here.
 */
export type RenderPartyPicker = (props: PartyPickerProps) => ReactNode;

const PartyPickerContext = createContext<RenderPartyPicker | null>(null);

export const PartyPickerProvider = PartyPickerContext;

export function PartyPicker(props: PartyPickerProps) {
  const render = use(PartyPickerContext);
  if (!render) throw new Error('PartyPicker needs a PartyPickerProvider above it');
  return render(props);
}
