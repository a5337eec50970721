import { describe, expect, it } from 'vitest';
import { extract, nameOf } from '../../test-support';

/** Each statement as "Speaker: start of its words → speakers it answers", the way a reader checks a thread. */
function thread(text: string): string[] {
  const x = extract(text);
  const byId = new Map(x.bundle.statements.map((s) => [s.id, s]));
  const who = (ids: string[]) => ids.map((id) => nameOf(x, id)).join(' | ');
  return x.bundle.statements.map((s) => {
    const words = x.bundle.article.text.slice(s.evidence.start, s.evidence.end).split(/\s+/);
    const answers = s.respondsTo.map((id) => who(byId.get(id)?.speakers ?? []));
    return `${who(s.speakers)}: ${words.slice(0, 3).join(' ')}${answers.length ? ` → ${answers.join(', ')}` : ''}`;
  });
}

/** Reply cues met in real news the rules were not written on, in sentences of the same kind. */
describe('English replies of unseen news', () => {
  it('answers the party a speaker "hit back at"', () => {
    expect(
      thread(
        'Argentine President Javier Milei said Brazil was interfering. ' +
          'Brazilian President Luiz Inácio Lula da Silva hit back at Milei on Friday, saying Brazil respects its neighbours.',
      ),
    ).toEqual([
      'Javier Milei: Argentine President Javier',
      'Luiz Inácio Lula da Silva: Brazilian President Luiz → Javier Milei',
    ]);
  });

  it('links the answer a later sentence says was "responding to" remarks made by someone', () => {
    const thread_ = thread(
      'Ghanaian Foreign Minister Samuel Okudzeto Ablakwa said the visa rules were unfair. ' +
        'Ablakwa was responding to remarks made on Monday by British Home Secretary Yvette Cooper, who had said that the rules would stay.',
    );
    expect(thread_).toEqual([
      'Samuel Okudzeto Ablakwa: Ghanaian Foreign Minister → Yvette Cooper',
      'Yvette Cooper: Ablakwa was responding',
    ]);
  });

  it('answers the lead of the passage before "In response to this statement"', () => {
    expect(
      thread(
        'Peruvian Foreign Minister Elmer Schialer said Lima would recall its envoy. He added that talks were over. ' +
          'In response to this statement, Mexican President Claudia Sheinbaum said Mexico regretted the decision.',
      ),
    ).toEqual([
      'Elmer Schialer: Peruvian Foreign Minister',
      'Elmer Schialer: He added that',
      'Claudia Sheinbaum: In response to → Elmer Schialer',
    ]);
  });

  it('carries a ministry’s reply on to its spokesperson ("spokesperson for the … foreign ministry")', () => {
    expect(
      thread(
        'US Secretary of State Marco Rubio said Beijing was coercing its neighbours. ' +
          'The Chinese foreign ministry on Tuesday hit back at Rubio’s remarks. ' +
          '“This is a smear,” said Guo Jiakun, spokesperson for the Chinese foreign ministry.',
      ),
    ).toEqual([
      'Marco Rubio: US Secretary of',
      'Chinese Foreign Ministry: The Chinese foreign → Marco Rubio',
      'Guo Jiakun: “This is a → Marco Rubio',
    ]);
  });

  it('answers the words just reported when a party "denied the claims"', () => {
    expect(
      thread(
        'Rwandan President Paul Kagame claimed Burundi was arming rebels. The Burundian government denied the claims on Sunday.',
      ),
    ).toEqual([
      'Paul Kagame: Rwandan President Paul',
      'Burundian Government: The Burundian government → Paul Kagame',
    ]);
  });

  it('links a reply a later sentence says "came hours after" someone spoke', () => {
    expect(
      thread(
        'Israeli Foreign Minister Gideon Saar said Spain was rewarding terror. ' +
          'The Spanish Foreign Ministry’s response came hours after Saar spoke. ' +
          'Spanish Foreign Minister José Manuel Albares said Spain would not be intimidated.',
      ),
    ).toEqual([
      'Gideon Saar: Israeli Foreign Minister',
      'José Manuel Albares: Spanish Foreign Minister → Gideon Saar',
    ]);
  });
});
