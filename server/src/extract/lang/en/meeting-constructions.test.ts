import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map(
    (m) => `${nameOf(x, m.a)} – ${nameOf(x, m.b)}${m.place ? ` @${m.place}` : ''}`,
  );

describe('English meetings as the wires write them', () => {
  it('reads "met in Brussels with" a list of partners each introduced by a role', () => {
    const x = extract(
      "Vučić met in Brussels with the EU's High Representative for Foreign Policy and Security, " +
        "Josep Borrell, and the EU's Special Representative, Miroslav Lajčak.",
    );
    expect(meetings(x)).toEqual([
      'Vučić – Josep Borrell @Brussels',
      'Vučić – Miroslav Lajčak @Brussels',
    ]);
  });

  it('reads "had a one-on-one meeting" and "spoke with" a titled person, not "spoke with reporters"', () => {
    const x = extract(
      'Then, Presidents Shavkat Mirziyoyev and Gurbanguly Berdimuhamedov had a one-on-one meeting. ' +
        'EU envoy Miroslav Lajcak spoke with the Prime Minister of the interim institutions in Pristina, Albin Kurti. ' +
        'Foreign Minister Wang Yi spoke with reporters in Beijing.',
    );
    expect(meetings(x)).toEqual([
      'Shavkat Mirziyoyev – Gurbanguly Berdimuhamedov',
      'Miroslav Lajcak – Albin Kurti @Pristina',
    ]);
  });

  it('takes "he" for the one person the sentence named before it', () => {
    const x = extract(
      'Angolan presidency spokesman Mario Jorge told journalists that the summit was off. ' +
        'Congolese President Felix Tshisekedi boarded a plane but he proceeded to Angola, where he met President Joao Lourenco.',
    );
    expect(meetings(x)).toEqual(['Felix Tshisekedi – Joao Lourenco']);
  });

  it('keeps one meeting when a headline names the pair before the story places it', () => {
    const x = extract(
      'Tokayev met with Putin\n\n' +
        'President of Kazakhstan Kassym-Jomart Tokayev held a meeting with Russian President Vladimir Putin in Astana.',
    );
    expect(meetings(x)).toEqual(['Kassym-Jomart Tokayev – Vladimir Putin @Astana']);
  });
});

describe('English speakers named by their role', () => {
  it('reads "Ukraine\'s foreign minister" and "the head of state" as the person in that role', () => {
    const x = extract(
      'Ukrainian Foreign Minister Dmytro Kuleba spoke to reporters. ' +
        "Ukraine's foreign minister said that his nation wants a summit to end the war. " +
        'Kazakh President Kassym-Jomart Tokayev received him. ' +
        'The head of state invited Vladimir Putin to pay a state visit to Kazakhstan.',
    );
    expect(said(x)).toEqual([
      'Dmytro Kuleba: his nation wants a summit to end the war',
      'Kassym-Jomart Tokayev: The head of state invited Vladimir Putin to pay a state visit to Kazakhstan',
    ]);
  });
});

describe('English attributions after what was said', () => {
  it('reads a body with its initials, and a clause of time after the verb as no part of the words', () => {
    const x = extract(
      "The Philippines' actions are driven by the national interest, the Department of Foreign " +
        'Affairs (DFA) said as it refuted remarks of a Chinese foreign minister. ' +
        '"China should recognize that the Philippines is an independent state," the DFA said.',
    );
    expect(said(x)).toEqual([
      "Philippine Department of Foreign Affairs: The Philippines' actions are driven by the national interest",
      'Philippine Department of Foreign Affairs: China should recognize that the Philippines is an independent state',
    ]);
  });

  it('gives the words to the person an apposition says serves another ("X, spokesperson of President Y told")', () => {
    const x = extract(
      "Mario Jorge, spokesperson of Angola's President Lourenço told the media that the summit has been rescheduled.",
    );
    expect(said(x)).toEqual(['Mario Jorge: the summit has been rescheduled']);
  });

  it('reads "Foreign Relations Department", "reproached", and no words in "criticized for saying little"', () => {
    const x = extract(
      "Mexico's Foreign Relations Department said in a statement that Mexico will keep channels open. " +
        'Peruvian President Dina Boluarte reproached Lopez Obrador for hurting ties. ' +
        'Mexican President Andres Manuel Lopez Obrador has been criticized for saying little about Nicaragua.',
    );
    expect(said(x)).toEqual([
      'Mexican Foreign Ministry: Mexico will keep channels open',
      'Dina Boluarte: Peruvian President Dina Boluarte reproached Lopez Obrador for hurting ties',
    ]);
  });

  it('titles a name after "The Minister for Foreign Affairs," and meets envoys styled "H.E."', () => {
    const x = extract(
      'The Minister for Foreign Affairs, Samuel Okudzeto Ablakwa, held talks this week. ' +
        'The Minister disclosed in a statement on Friday, June 20, that he hosted H.E. Roey Gilad of Israel ' +
        'on Tuesday, followed by a meeting with H.E. Ali Ghomshi of Iran on Wednesday.',
    );
    expect(said(x)).toEqual([
      'Samuel Okudzeto Ablakwa: he hosted H.E. Roey Gilad of Israel on Tuesday, followed by a meeting with H.E. Ali Ghomshi of Iran on Wednesday',
    ]);
    expect(meetings(x)).toEqual([
      'Roey Gilad – Samuel Okudzeto Ablakwa',
      'Samuel Okudzeto Ablakwa – Ali Ghomshi',
    ]);
  });

  it('finds the holder of a role named first in the next sentence', () => {
    const x = extract(
      "Colombia's foreign minister on Wednesday urged the government of Venezuela to stop its accusations. " +
        'Foreign Minister Maria Angela Holguin told radio station Blu that Caracas must stop.',
    );
    expect(said(x).map((s) => s.split(':')[0])).toEqual([
      'Maria Angela Holguin',
      'Maria Angela Holguin',
    ]);
  });

  it('reads "the Venezuelan ministry announced in a press release" and "…," says the document', () => {
    const x = extract(
      'The foreign ministers spoke by telephone on Wednesday, the Venezuelan ministry announced in a press release, as tension rose. ' +
        '“The Venezuelan side expressed the need to cease actions,” says the document.',
    );
    expect(said(x)).toEqual([
      'Venezuelan Foreign Ministry: The foreign ministers spoke by telephone on Wednesday',
      'Venezuelan Foreign Ministry: The Venezuelan side expressed the need to cease actions',
    ]);
  });

  it('gives each name of a plural title its office ("Presidents of Kyrgyzstan X and Tajikistan Y")', () => {
    const x = extract(
      'Presidents of Kyrgyzstan Sadyr Japarov and Tajikistan Emomali Rahmon are holding a tete-a-tete meeting in Dushanbe city. ' +
        'The President of Kyrgyzstan expressed confidence that the parties would find ways to resolve border issues.',
    );
    expect(meetings(x)).toEqual(['Sadyr Japarov – Emomali Rahmon @Dushanbe']);
    expect(said(x).map((s) => s.split(':')[0])).toEqual(['Sadyr Japarov']);
  });

  it('titles the name after "Russia\'s Ambassador to Seoul", not the role alone', () => {
    const x = extract(
      "In response, the South Korean Foreign Ministry summoned Russia's Ambassador to Seoul Georgy Zinoviev to lodge a protest.",
    );
    expect(meetings(x)).toEqual(['South Korean Foreign Ministry – Georgy Zinoviev']);
  });
});
