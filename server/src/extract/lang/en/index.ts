import type { LanguageModule } from '../language-module';
import { firstEnglishDate } from './dates';
import { MaskedSentence } from './masked';
import { findEnglishMeetings } from './meetings';
import { findEnglishMentions } from './mentions';
import { findEnglishReplies } from './replies';
import { EnglishStatements } from './statements';

/** Words whose period does not end an English sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj adm sgt capt gov sen rep prof st jr sr no vs etc jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** English: capitalised names with their titles, speech verbs around quotes, meetings by verb phrase. */
export const english: LanguageModule = {
  code: 'en',
  name: 'English',
  letters: /[A-Za-z\u00C0-\u024F]/gu,
  sentences: { abbreviations: ABBREVIATIONS },
  findMentions: findEnglishMentions,
  findFacts(sentence, mentions) {
    const masked = new MaskedSentence(sentence, mentions);
    const date = firstEnglishDate(sentence.text);
    const { statements, replies } = new EnglishStatements(masked).find();
    return {
      statements: statements.map((s) => (date ? { ...s, date } : s)),
      meetings: findEnglishMeetings(masked, date),
      replies: [...replies, ...findEnglishReplies(masked, statements.length)],
    };
  },
};
