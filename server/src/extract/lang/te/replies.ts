import type { RawStatement, ReplyCue } from '../../types';
import { AFTER_WORDS, SPEECH_NOUN } from './lexicon';
import { UPON_SAYING } from './speech-verbs';
import type { TeluguSentence } from './sentence';
import type { TeluguStatement } from './statements';

const IN_RESPONSE = 'ప్రతిస్పందనగా';
const RESPONSE_NOUN = /^(?:ప్రతిస్పందన|స్పందన)(?:పై|కు|ను)?$/;
/** What someone did or said that a response may be about ("పుతిన్ పర్యటనపై"). */
const ACT_NOUN = /^(?:పర్యటన|వ్యాఖ్య|ప్రకటన|హెచ్చరిక|చర్య|ఆరోపణ)/;
const REMARKS_WORD = /^వ్యాఖ్య/;
const CAME_WORD = /^వచ్చ/;
const RELATIVE_CONTENT = new Set(['ఇది', 'అది']);
const CONTENT_CONFIDENCE = 0.6;
/** "X చేసిన (ఈ నిరాధార) ఆరోపణలను": words that X said, which the statement around them answers. */
const MADE_WORD = 'చేసిన';
const OWNED_ACT_REACH = 3;

export interface TeluguReplies {
  cues: ReplyCue[];
  /** Statements the reply wording itself reveals ("…remarks by X, which said …"). */
  statements: RawStatement[];
}

/** Reply cues of one Telugu sentence: "ప్రతిస్పందనగా", "X ప్రతిస్పందనపై", "X హెచ్చరించిన … తర్వాత … వ్యాఖ్య వచ్చింది". */
export function findTeluguReplies(s: TeluguSentence, statements: TeluguStatement[]): TeluguReplies {
  const cues: ReplyCue[] = [];
  const extra: RawStatement[] = [];
  const thisSentence = { kind: 'this-sentence' } as const;
  const parties = s.mentions.flatMap((_, m) => (s.isParty(m) ? [m] : []));
  const lastPartyBefore = (k: number) => parties.filter((m) => s.lastToken(m) < k).pop();
  const firstPartyAfter = (k: number) => parties.find((m) => s.firstToken(m) > k);
  const statementAt = (k: number) =>
    statements.findIndex((st) => st.clause.first <= k && k <= st.clause.last);
  const saysRemarksCame = (from: number) => {
    const words = s.tokens.slice(from).map((t) => t.norm);
    const remarks = words.findIndex((w) => REMARKS_WORD.test(w));
    return remarks >= 0 && words.slice(remarks + 1, remarks + 3).some((w) => CAME_WORD.test(w));
  };

  s.tokens.forEach((token, k) => {
    if (token.inQuote) return;
    if (token.norm === IN_RESPONSE) {
      if (k === 0 && statements.length > 0)
        return void cues.push({ from: thisSentence, to: { kind: 'preceding' } });
      const target = lastPartyBefore(k);
      const responder = firstPartyAfter(k);
      if (target === undefined) return;
      const from =
        responder !== undefined && saysRemarksCame(s.lastToken(responder) + 1)
          ? { kind: 'party' as const, mention: responder }
          : thisSentence;
      cues.push({ from, to: { kind: 'party', mention: target } });
      const content = s.tokens.findIndex(
        (t, i) => i > k && RELATIVE_CONTENT.has(t.norm) && s.tokens[i - 1]?.text === ',',
      );
      if (content > 0 && content + 1 < s.tokens.length) {
        const last = s.tokens[s.tokens.length - 1]!;
        const end = last.text === '.' ? s.tokens[s.tokens.length - 2]!.end : last.end;
        extra.push({
          speakers: [target],
          addressees: [],
          text: { start: s.tokens[content + 1]!.start, end },
          evidence: { start: s.sentence.start, end: s.sentence.end },
          direct: false,
          verb: 'said',
          confidence: CONTENT_CONFIDENCE,
          onlyIfSpeakerSilent: true,
        });
      }
      return;
    }
    if (RESPONSE_NOUN.test(token.norm)) {
      const owner = lastPartyBefore(k);
      if (owner === undefined || s.lastToken(owner) !== k - 1) return;
      const index = statementAt(k);
      for (const answering of index >= 0 ? withCarriedSubject(statements, index) : [])
        cues.push({
          from: { kind: 'statement', index: answering },
          to: { kind: 'party', mention: owner },
        });
      const actor = lastPartyBefore(s.firstToken(owner));
      if (actor !== undefined && ACT_NOUN.test(s.wordAt(s.lastToken(actor) + 1)))
        cues.push({
          from: { kind: 'party', mention: owner },
          to: { kind: 'party', mention: actor },
        });
    }
  });

  for (const owner of parties) {
    const made = s.lastToken(owner) + 1;
    if (s.wordAt(made) !== MADE_WORD || s.mentions[owner]!.marker) continue;
    const words = s.tokens.slice(made + 1, made + 1 + OWNED_ACT_REACH).map((t) => t.norm);
    const index = statementAt(made);
    if (index >= 0 && words.some((w) => SPEECH_NOUN.test(w)))
      cues.push({ from: { kind: 'statement', index }, to: { kind: 'party', mention: owner } });
  }

  statements.forEach((st, index) => {
    if (UPON_SAYING.test(s.wordAt(st.clause.last)) && index + 1 < statements.length)
      cues.push({
        from: { kind: 'statement', index: index + 1 },
        to: { kind: 'statement', index },
      });
    const after = s.tokens.findIndex(
      (t, k) => k > st.clause.last && k <= st.clause.last + 4 && AFTER_WORDS.has(t.norm),
    );
    if (after < 0) return;
    const main = statements.findIndex((other) => other.clause.first > after);
    if (main >= 0)
      return void cues.push({
        from: { kind: 'statement', index: main },
        to: { kind: 'statement', index },
      });
    const source = s.tokens.findIndex((t, k) => k > after && t.norm === 'నుండి');
    const responder = source > 0 ? lastPartyBefore(source) : undefined;
    if (responder !== undefined && saysRemarksCame(source + 1))
      cues.push({
        from: { kind: 'party-next', mention: responder },
        to: { kind: 'statement', index },
      });
  });
  return { cues, statements: extra };
}

/** A statement and the later ones of its sentence that carry its subject over (same act of speech). */
function withCarriedSubject(statements: TeluguStatement[], index: number): number[] {
  const indexes = [index];
  for (let k = index + 1; k < statements.length && statements[k]!.speakers.length === 0; k++)
    indexes.push(k);
  return indexes;
}
