import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

const pairs = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b)]);

/** Who speaks for a group or an office, and who a group's meeting joins. */
describe('English offices, groups and quotes left open', () => {
  it('reads "the presidency" and "President X’s office" as the presidency of the dateline’s state', () => {
    const x = extract(
      'Pretoria – President Cyril Ramaphosa’s office has confirmed that he spoke to Kenyan President William Ruto. ' +
        'In a statement on Friday, the presidency said the two leaders discussed trade.',
    );
    expect(said(x)).toEqual([
      'South African Presidency: he spoke to Kenyan President William Ruto',
      'South African Presidency: the two leaders discussed trade',
    ]);
  });

  it('closes a quote left open where the next one opens, and each goes on with the last speaker', () => {
    const x = extract(
      'Kremlin spokesman Dmitry Peskov said talks went well. “Both sides agreed to meet again in spring. “The next round will take place in Geneva.',
    );
    expect(said(x)).toEqual([
      'Dmitry Peskov: talks went well',
      'Dmitry Peskov: Both sides agreed to meet again in spring.',
      'Dmitry Peskov: The next round will take place in Geneva.',
    ]);
  });

  it('reads "with X saying" as X speaking', () => {
    const x = extract(
      'Kenyan President William Ruto met fellow leaders, with Ruto saying they agreed on a ceasefire plan.',
    );
    expect(said(x)).toEqual(['William Ruto: they agreed on a ceasefire plan']);
  });

  it('does not take a group of role holders for a person ("African Leaders")', () => {
    const x = extract('He briefed them on the African Leaders Peace Mission to Kyiv.');
    expect(x.bundle.actors.map((a) => a.name)).toEqual([]);
  });

  it('has each member of a group set off by dashes meet the group’s partner', () => {
    const x = extract(
      'The delegation – which comprised Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo – met with Ukrainian President Volodymyr Zelensky in Kyiv.',
    );
    expect(pairs(x)).toEqual([
      ['William Ruto', 'Volodymyr Zelensky'],
      ['Nana Akufo-Addo', 'Volodymyr Zelensky'],
    ]);
  });

  it('has the people of a joint news conference meet, or the speaker and the one it was with', () => {
    const together = extract(
      'In a joint news conference in Ankara, Turkish President Recep Tayyip Erdogan praised Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.',
    );
    expect(pairs(together)).toEqual([
      ['Recep Tayyip Erdogan', 'Hassan Sheikh Mohamud'],
      ['Recep Tayyip Erdogan', 'Abiy Ahmed'],
      ['Hassan Sheikh Mohamud', 'Abiy Ahmed'],
    ]);
    const beside = extract(
      'Russian Foreign Minister Sergei Lavrov told a joint press conference with Indian External Affairs Minister S. Jaishankar that ties were strong.',
    );
    expect(pairs(beside)).toEqual([['Sergei Lavrov', 'S. Jaishankar']]);
  });
});

describe('English attributions that stand apart from their words', () => {
  it('gives "He added." the quotation after it', () => {
    const x = extract(
      '“Talks went well,” Kenyan President William Ruto said.\n\nHe added. “The next round will be in Nairobi.”',
    );
    expect(said(x)).toEqual([
      'William Ruto: Talks went well',
      'William Ruto: The next round will be in Nairobi.',
    ]);
  });

  it('gives "X said on January 23." the sentence before it, which says nothing itself', () => {
    const x = extract(
      'Head of European diplomacy Kaja Kallas expresses the confusion of the EU. Russian Foreign Ministry spokeswoman Maria Zakharova said on January 23.',
    );
    expect(said(x)).toEqual([
      'Maria Zakharova: Head of European diplomacy Kaja Kallas expresses the confusion of the EU',
    ]);
  });

  it('reads "according to the Russian Foreign Ministry spokeswoman" as the spokeswoman last named', () => {
    const x = extract(
      'Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Monday. According to the Russian Foreign Ministry spokeswoman, the EU is confused.',
    );
    expect(said(x)).toEqual(['Maria Zakharova: the EU is confused']);
  });
});

describe('The press’s home state', () => {
  it('reads an unqualified body as the one of the outlet’s country domain', () => {
    const text =
      'North Korea fired a missile on Monday. The Presidential Office said it would respond firmly.';
    expect(said(extract(text, { url: 'https://www.asiae.co.kr/article/1' }))).toEqual([
      'South Korean Presidential Office: it would respond firmly',
    ]);
    expect(said(extract(text, { url: 'https://news.example.tv/article/1' }))).toEqual([
      'North Korean Presidency: it would respond firmly',
    ]);
  });
});

describe('English meetings named in passing', () => {
  it('reads "while meeting with X" and "apart from negotiations with A and B, S …", once per pair', () => {
    const x = extract(
      'US Secretary of State Antony Blinken spoke on Tuesday. “We are grateful,” the Kazakh presidential press service quoted Blinken as saying while meeting with Kazakh President Kassym-Jomart Tokayev in Astana. ' +
        'Apart from negotiations with Tokayev and Kazakh Foreign Minister Mukhtar Tileuberdi, Blinken is also to attend a ministerial meeting.',
    );
    expect(pairs(x)).toEqual([
      ['Antony Blinken', 'Kassym-Jomart Tokayev'],
      ['Antony Blinken', 'Mukhtar Tileuberdi'],
    ]);
  });

  it('takes no region adjective for a name ("C. Asian nations")', () => {
    const x = extract('C5+1 interaction to benefit C. Asian nations - Blinken\n\nBlinken arrived.');
    expect(x.bundle.actors.map((a) => a.name)).not.toContain('C. Asian');
  });
});

describe('English spokespeople without a name, and the words a reply answers', () => {
  it('has "an Israeli government spokesperson" speak for the government, not "the … Government" of a name', () => {
    const x = extract(
      'An Israeli government spokesperson said Israel "cannot go into details." ' +
        'The ECOWAS Authority of Heads of State and Government said the deadline stands.',
    );
    expect(said(x)[0]).toBe('Israeli Government: cannot go into details');
    expect(x.bundle.institutions.map((i) => i.name)).not.toContain('Nigerian Government');
  });

  it('answers the lead of a passage when a reply names "X’s statement"', () => {
    const x = extract(
      '"We are appalled by the remarks," Qatari foreign ministry spokesperson Majed Al Ansari said on X.\n\n' +
        '"The remarks obstruct the mediation," he wrote.\n\n' +
        "In response to Al Ansari's statement, Israeli Finance Minister Bezalel Smotrich accused Doha of funding terror.",
    );
    const [lead, , smotrich] = x.bundle.statements;
    expect(smotrich?.respondsTo).toEqual([lead?.id]);
  });
});

describe('English listeners, titles before speakers, and what a response answers', () => {
  it('starts the words after "told The Associated Press that"', () => {
    const x = extract(
      'Ukrainian Foreign Minister Dmytro Kuleba told The Associated Press that his government wants a summit.',
    );
    expect(said(x)).toEqual(['Dmytro Kuleba: his government wants a summit']);
  });

  it('takes the quote before a speaker whose title stands between them', () => {
    const x = extract(
      '"He can only mediate if all parties want him to," UN associate spokesperson Florencia Soto Nino-Martinez said Monday.',
    );
    expect(said(x)).toEqual([
      'Florencia Soto Nino-Martinez: He can only mediate if all parties want him to',
    ]);
  });

  it('has what a party says after "X gave a cautious response" answer what came before', () => {
    const x = extract(
      'Ukrainian Foreign Minister Dmytro Kuleba said his government wants a summit at the United Nations.\n\n' +
        'The UN gave a very cautious response.\n\n' +
        '"He can only mediate if all parties want him to," UN spokesperson Florencia Soto said.',
    );
    const [kuleba, un] = x.bundle.statements;
    expect(un?.respondsTo).toEqual([kuleba?.id]);
  });

  it('answers the statement that made a proposal, not the party’s latest words', () => {
    const x = extract(
      'Ukrainian Foreign Minister Dmytro Kuleba said his government wants a peace summit.\n\n' +
        'Kuleba said Russia must face a tribunal.\n\n' +
        "Commenting on Kuleba's proposal, Kremlin spokesperson Dmitry Peskov said Russia never followed conditions set by others.",
    );
    const [proposal, , peskov] = x.bundle.statements;
    expect(peskov?.respondsTo).toEqual([proposal?.id]);
  });
});
