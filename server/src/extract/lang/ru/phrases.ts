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
export class RussianAdjectives<T> {
  constructor(private readonly byStem: ReadonlyMap<string, T>) {}

  of(word: string): T | undefined {
    const match = /^(.+?)(?:ий|ый|ой|ая|ое|ого|ому|им|ым|ом|ую|ые|ие|ых|их|ыми|ими|ей)$/.exec(word);
    return match ? this.byStem.get(match[1]!) : undefined;
  }
}
