import { caseOf, readings, stems } from './morphology';
import { normalizeRu, type RuToken } from './tokens';

export interface PhraseMatch<T> {
  value: T;
  /** Token index after the phrase. */
  end: number;
}

interface Node<T> {
  value?: T;
  next: Map<string, Node<T>>;
}

/**
 * Russian phrases keyed by their nominative ("южная корея"); a text's words match in any case
 * ("Южной Кореи", "Южную Корею"), each word through the nominatives it may stand for.
 */
export class RussianPhrases<T> {
  private readonly root: Node<T> = { next: new Map() };

  /** `properNames`: the phrase opens with a capital, so "того" in "кроме того" is not Того (Togo). */
  constructor(
    record: Iterable<[string, T]>,
    private readonly options: { properNames?: boolean } = {},
  ) {
    for (const [phrase, value] of record) {
      let node = this.root;
      for (const word of normalizeRu(phrase).split(' ')) {
        let child = node.next.get(word);
        if (!child) node.next.set(word, (child = { next: new Map() }));
        node = child;
      }
      node.value ??= value;
    }
  }

  /** The case the phrase's first word is in: its reading whose stem opens a phrase. */
  caseAt(tokens: RuToken[], i: number): string {
    const token = tokens[i];
    const reading = token && readings(token.lower).find((r) => this.root.next.has(r.stem));
    return reading ? caseOf(reading.tag) : 'nom';
  }

  /** The longest phrase that starts at token `i`. */
  at(tokens: RuToken[], i: number): PhraseMatch<T> | undefined {
    if (this.options.properNames && !tokens[i]?.capitalized) return undefined;
    return this.longest(this.root, tokens, i, undefined);
  }

  private longest(
    node: Node<T>,
    tokens: RuToken[],
    k: number,
    best: PhraseMatch<T> | undefined,
  ): PhraseMatch<T> | undefined {
    let found =
      node.value !== undefined && (!best || k > best.end) ? { value: node.value, end: k } : best;
    const token = tokens[k];
    if (!token?.isWord) return found;
    for (const stem of stems(token.lower)) {
      const child = node.next.get(stem);
      if (child) found = this.longest(child, tokens, k + 1, found);
    }
    return found;
  }
}

/** Adjectives by stem ("российск" + ий, ого, ая, ой …), for states named by their adjective. */
/** Shortest start an adjective shares with its state's name ("поль|ский", "поль|ша"). */
const MIN_SHARED_START = 4;
/** Letters of the base past the shared start ("итал|ьян|ский", "италия"), at most. */
const MAX_UNSHARED = 3;

/**
 * Adjectives of states by stem: those a table lists, and else the one state whose name starts
 * most like the adjective's base ("эфиопск-ого" → Эфиопия, "словацк-ий" → Словакия, "кенийск-ий"
 * → Кения), so every state has its adjective without a hand-typed list.
 */
export class RussianAdjectives<T> {
  private readonly derived = new Map<string, T | null>();

  constructor(
    private readonly byStem: ReadonlyMap<string, T>,
    private readonly byName: readonly (readonly [string, T])[] = [],
  ) {}

  of(word: string): T | undefined {
    const match = /^(.+?)(?:ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ые|ие|ых|их|ыми|ими|ей)$/.exec(word);
    if (!match) return undefined;
    const stem = match[1]!;
    return this.byStem.get(stem) ?? this.fromName(stem);
  }

  private fromName(stem: string): T | undefined {
    const base = /^(.+)[сц]к$/.exec(stem)?.[1];
    if (!base || base.length < MIN_SHARED_START) return undefined;
    let found = this.derived.get(base);
    if (found === undefined) {
      found = bestStart(base, this.byName);
      this.derived.set(base, found);
    }
    return found ?? undefined;
  }
}

function bestStart<T>(base: string, byName: readonly (readonly [string, T])[]): T | null {
  let best = MIN_SHARED_START - 1;
  let values: T[] = [];
  for (const [name, value] of byName) {
    let shared = 0;
    while (shared < base.length && name[shared] === base[shared]) shared++;
    if (shared > best) [best, values] = [shared, [value]];
    else if (shared === best && !values.includes(value)) values.push(value);
  }
  return values.length === 1 && base.length - best <= MAX_UNSHARED ? values[0]! : null;
}
