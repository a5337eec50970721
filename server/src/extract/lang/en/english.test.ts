import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

describe('English statements', () => {
  it('reads direct quotes in straight and curly quotes, across sentences, attributed before or after', () => {
    const x = extract(
      'Foreign Minister Ana Lopez spoke in Madrid. “We will respond. We are ready,” Lopez said. ' +
        '"Nothing changes," said the Spanish Foreign Ministry. Lopez said: "We stay calm."',
    );
    expect(said(x)).toEqual([
      'Ana Lopez: We will respond. We are ready',
      'Spanish Foreign Ministry: Nothing changes',
      'Ana Lopez: We stay calm',
    ]);
    expect(x.bundle.statements.every((s) => s.direct)).toBe(true);
  });

  it('reads reported speech with its addressee, a pronoun subject, and an institution that "added"', () => {
    const x = extract(
      'South Korean Deputy Foreign Minister Chung Byung-won urged Moscow to act responsibly. ' +
        'He also warned Russia against arms deals. The Russian Foreign Ministry said the talks were useful. ' +
        '"Washington is to blame," it added.',
    );
    expect(said(x)).toEqual([
      'Chung Byung-won: South Korean Deputy Foreign Minister Chung Byung-won urged Moscow to act responsibly',
      'Chung Byung-won: He also warned Russia against arms deals',
      'Russian Foreign Ministry: the talks were useful',
      'Russian Foreign Ministry: Washington is to blame',
    ]);
    expect(x.bundle.statements.slice(0, 2).map((s) => s.addressees)).toEqual([
      ['institution:russia'],
      ['institution:russia'],
    ]);
    const chung = x.bundle.actors.find((a) => a.id === 'actor:chung-byung-won')!;
    expect(chung.affiliations).toEqual([
      { institution: 'institution:south-korean-foreign-ministry', role: 'Deputy Foreign Minister' },
    ]);
  });

  it('keeps a statement whose speaker is a bare surname shared by two people out of the graph, with its candidates', () => {
    const x = extract(
      'Rudenko held talks with Kim Gunn and Kim Hong-kyun in Seoul. Kim called on Moscow to "stop the arms trade."',
    );
    expect(x.bundle.statements).toEqual([]);
    const [statement] = x.unresolved;
    expect(statement!.speakers).toEqual(['actor:kim-gunn', 'actor:kim-hong-kyun']);
    expect(statement!.ambiguity?.field).toBe('speaker');
    expect(x.ambiguities[0]?.candidates).toEqual(['actor:kim-gunn', 'actor:kim-hong-kyun']);
  });

  it('links replies: criticized remarks, "In response", and a warning answered the next day', () => {
    const x = extract(
      'Last week, President Yoon Suk Yeol called North Korea "an irrational group." ' +
        'Yoon\'s remarks were criticized by Russian Foreign Ministry spokesperson Maria Zakharova as "biased." ' +
        'In response, the South Korean Foreign Ministry summoned Russian Ambassador Georgy Zinoviev to lodge a protest.',
    );
    const [yoon, zakharova, protest] = x.bundle.statements;
    expect(zakharova!.respondsTo).toEqual([yoon!.id]);
    expect(protest!.respondsTo).toEqual([zakharova!.id]);
    expect(protest!.addressees).toEqual(['actor:georgy-zinoviev']);
    expect(x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.kind])).toEqual([
      ['South Korean Foreign Ministry', 'Georgy Zinoviev', 'summons'],
    ]);
  });

  it('resolves dates against the publication date with their precision', () => {
    const x = extract('Last week, Foreign Minister Ana Lopez said Spain would respond.', {
      publishedAt: '2024-04-26',
    });
    expect(x.bundle.statements[0]).toMatchObject({ date: '2024-04-15', datePrecision: 'week' });
  });
});

describe('English meetings', () => {
  it('finds every pair, the place and the date, and tells phone calls apart', () => {
    const x = extract(
      'In a visit to Seoul, Russian Deputy Foreign Minister Andrey Rudenko held talks with Kim Gunn on Friday. ' +
        'During his visit, Rudenko also met Chung Byung-won and Cho Tae-yul. ' +
        'Chinese Foreign Minister Wang Yi later spoke by phone with his Indian counterpart S. Jaishankar.',
      { publishedAt: '2024-04-26' },
    );
    expect(
      x.bundle.meetings.map((m) => [
        nameOf(x, m.a),
        nameOf(x, m.b),
        m.kind,
        m.place ?? null,
        m.date ?? null,
      ]),
    ).toEqual([
      ['Andrey Rudenko', 'Kim Gunn', 'talks', 'Seoul', '2024-04-26'],
      ['Andrey Rudenko', 'Chung Byung-won', 'meeting', 'Seoul', null],
      ['Andrey Rudenko', 'Cho Tae-yul', 'meeting', 'Seoul', null],
      ['Wang Yi', 'S. Jaishankar', 'phone', null, null],
    ]);
  });
});
