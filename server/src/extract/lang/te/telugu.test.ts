import { describe, expect, it } from 'vitest';
import { extract, nameOf, said, ZAKHAROVA } from '../../test-support';

describe('Telugu statements', () => {
  it('reads a quote closed by అని and a speech verb, with the titled speaker after it', () => {
    const x = extract(
      '"రష్యా తప్పు చేయకూడదని మేము హెచ్చరిస్తున్నాము" అని దక్షిణ కొరియా విదేశాంగ మంత్రిత్వ శాఖ ప్రతినిధి లిమ్ సూ-సుక్ అన్నారు.\n\n' +
        '"మేము శాంతిని కోరుకుంటున్నాము" అని లిమ్ జోడించారు.',
    );
    expect(said(x)).toEqual([
      'Lim Su-suk: రష్యా తప్పు చేయకూడదని మేము హెచ్చరిస్తున్నాము',
      'Lim Su-suk: మేము శాంతిని కోరుకుంటున్నాము',
    ]);
    expect(x.bundle.statements[0]!.addressees).toEqual(['institution:russia']);
    expect(x.bundle.statements[0]!.summaryEn).toBe(
      'Lim Su-suk said Russia (quoted in Telugu; an automatic summary, not a translation).',
    );
    expect(x.bundle.actors[0]!.affiliations[0]!.institution).toBe(
      'institution:south-korean-foreign-ministry',
    );
  });

  it('reads reported speech without quotes, a pronoun subject, and Telugu spellings of a known name', () => {
    const x = extract(
      'రష్యా విదేశాంగ మంత్రిత్వ శాఖ అధికార ప్రతినిధి మరియా జఖరోవా దక్షిణ కొరియాను హెచ్చరించారు.\n\n' +
        'ఉద్రిక్తతలు పెరుగుతున్నాయని జఖారోవా తెలిపారు.\n\nచర్చలు కొనసాగాలని ఆయన కోరారు.',
      {},
      [ZAKHAROVA],
    );
    expect(x.bundle.statements.map((s) => s.speakers)).toEqual([
      [ZAKHAROVA.id],
      [ZAKHAROVA.id],
      [ZAKHAROVA.id],
    ]);
    expect(x.bundle.statements[0]!.addressees).toEqual(['institution:south-korea']);
    expect(x.bundle.actors[0]!.aliases).toEqual(['మరియా జఖరోవా', 'జఖారోవా']);
  });
});

describe('Telugu meetings', () => {
  it('finds the partner marked -తో, the place, the weekday, and phone calls', () => {
    const x = extract(
      'భారత విదేశాంగ మంత్రి ఎస్. జైశంకర్ బుధవారం మాస్కోలో రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్‌తో చర్చలు జరిపారు.\n\n' +
        'ప్రధానమంత్రి నరేంద్ర మోదీ రష్యా అధ్యక్షుడు వ్లాదిమిర్ పుతిన్‌తో ఫోన్‌లో మాట్లాడారు.',
      { publishedAt: '2023-12-28' },
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
      ['S. Jaishankar', 'Sergey Lavrov', 'talks', 'Moscow', '2023-12-27'],
      ['Narendra Modi', 'Vladimir Putin', 'phone', null, null],
    ]);
  });
});
