import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

/** Constructions met in real wire copy (excerpts shortened from the development set). */
describe('English constructions of real news', () => {
  it('goes on quoting the last speaker in a paragraph that opens with a quotation', () => {
    const x = extract(
      '"This seems like a statement by a representative of a generation," Kremlin spokesman Dmitry Peskov told reporters.\n\n' +
        '"They have no understanding, and unfortunately, Mr. Rutte does not understand."',
    );
    expect(said(x)).toEqual([
      'Dmitry Peskov: This seems like a statement by a representative of a generation',
      'Dmitry Peskov: They have no understanding, and unfortunately, Mr. Rutte does not understand.',
    ]);
  });

  it('does not take a place in a setting between commas for the speaker', () => {
    const x = extract(
      'NATO Secretary General Mark Rutte, in a speech in Berlin on Thursday, said that NATO should be prepared.',
    );
    expect(x.bundle.statements.map((s) => nameOf(x, s.speakers[0]!))).toEqual(['Mark Rutte']);
  });

  it('reads a surname after an honorific as a person who can meet', () => {
    const x = extract('Foreign Minister Penny Wong met with Mr Sogavare in Honiara on Friday.');
    expect(x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.place])).toEqual([
      ['Penny Wong', 'Sogavare', 'Honiara'],
    ]);
  });

  it('knows every state, not only the ones the project met: a Kenyan minister warning Norway', () => {
    const x = extract(
      'Kenyan Foreign Minister Musalia Mudavadi warned Norway against interference.',
    );
    expect(x.bundle.statements.map((s) => s.addressees)).toEqual([['institution:norway']]);
    expect(x.bundle.actors.find((a) => a.name === 'Musalia Mudavadi')?.affiliations).toEqual([
      { institution: 'institution:kenyan-foreign-ministry', role: 'Foreign Minister' },
    ]);
  });

  it('takes a lone surname met first (a headline) for the person named in full later', () => {
    const x = extract(
      'Ryabkov says dialogue is questionable\n\n' +
        'Russian Deputy Foreign Minister Sergey Ryabkov said the signals were mixed. Ryabkov added that talks could resume.',
    );
    expect(x.bundle.actors.map((a) => a.name)).toEqual(['Sergey Ryabkov']);
    expect(new Set(x.bundle.statements.map((s) => s.speakers.join()))).toEqual(
      new Set(['actor:sergey-ryabkov']),
    );
  });

  it('never takes a surname that differs by a vowel for another known person (Wong is not Wang)', () => {
    const x = extract(
      'Australian Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi. "We talked," Senator Wong said.',
      {},
      [{ id: 'actor:wang-yi', kind: 'actor', name: 'Wang Yi', aliases: [] }],
    );
    expect(said(x)).toEqual(['Penny Wong: We talked']);
  });

  it('reads "According to X, …" at the head of a sentence as X speaking', () => {
    const x = extract(
      'Russian Deputy Foreign Minister Sergey Ryabkov spoke on Monday. According to Ryabkov, Russia has been tracking certain signals.',
    );
    expect(said(x)).toEqual(['Sergey Ryabkov: Russia has been tracking certain signals']);
  });

  it('reads a meeting named as a noun, with the person the sentence is about', () => {
    const x = extract(
      'Indonesian Foreign Minister Retno Marsudi spoke. Retno was speaking after a meeting in Jakarta with Chinese counterpart Qin Gang. ' +
        'Minister for Foreign Affairs Ishaq Dar received envoys. Assistant Secretary General Kanni Wignaraja also met with the foreign minister.',
    );
    expect(x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.place ?? null])).toEqual(
      [
        ['Retno Marsudi', 'Qin Gang', 'Jakarta'],
        ['Kanni Wignaraja', 'Ishaq Dar', null],
      ],
    );
  });

  it('reads a second party met "and with" someone else, each at their own place', () => {
    const x = extract(
      'Foreign Minister Ana Lopez met with Ukrainian President Volodymyr Zelenskyy in Kyiv on June 16 and with Russian President Vladimir Putin in St Petersburg a day later.',
    );
    expect(x.bundle.meetings.map((m) => [nameOf(x, m.b), m.place])).toEqual([
      ['Volodymyr Zelenskyy', 'Kyiv'],
      ['Vladimir Putin', 'St Petersburg'],
    ]);
  });

  it('reads summits "between" two leaders and "with then-" leaders, and no one is called "Japan-North"', () => {
    const x = extract(
      'Kim Tae-hyo briefed reporters on the Korea-Japan summit between President Yoon Suk-yeol and Prime Minister Fumio Kishida. ' +
        'Then-North Korean leader Kim Jong Il apologized during the first Japan-North Korea summit with then-Japanese Prime Minister Junichiro Koizumi in Pyongyang.',
    );
    expect(x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b)])).toEqual([
      ['Yoon Suk-yeol', 'Fumio Kishida'],
      ['Kim Jong Il', 'Junichiro Koizumi'],
    ]);
    expect(x.bundle.actors.map((a) => a.name)).not.toContain('Japan-North Korea');
  });

  it('carries an answer through the quotes that follow it from the same side', () => {
    const x = extract(
      'NATO Secretary General Mark Rutte said that NATO should be "prepared for war."\n\n' +
        "The Kremlin said that Rutte's remarks were irresponsible.\n\n" +
        '"This seems like a statement by a representative of a generation," Kremlin spokesman Dmitry Peskov told reporters.',
    );
    const [rutte, kremlin, peskov] = x.bundle.statements;
    expect(kremlin?.respondsTo).toEqual([rutte?.id]);
    expect(peskov?.respondsTo).toEqual([rutte?.id]);
  });

  it('links a statement to the named owner of the words it answers', () => {
    const x = extract(
      'Israeli Prime Minister Benjamin Netanyahu called Qatar "problematic."\n\n' +
        "In response to Netanyahu's remarks, Qatari spokesperson Majed Al Ansari said the comments were irresponsible.",
    );
    const [netanyahu, ansari] = x.bundle.statements;
    expect(ansari?.respondsTo).toEqual([netanyahu?.id]);
  });
});
