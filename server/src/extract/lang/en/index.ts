import type { LanguageModule } from '../language-module';
import { firstEnglishDate } from './dates';
import { MaskedSentence } from './masked';
import { findEnglishMeetings } from './meetings';
import { findEnglishMentions } from './mentions';
import { findEnglishReplies } from './replies';
import { EnglishStatements } from './statements';

/** English: capitalised names with their titles, speech verbs around quotes, meetings by verb phrase. */
export const english: LanguageModule = {
  code: 'en',
  name: 'English',
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
