import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';
import { latinNameOf } from './foreign-names';

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b)]);

describe('Telugu spellings of foreign names', () => {
  it('takes the Latin name a paper adds in brackets after the Telugu', () => {
    const x = extract('రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్ (Sergei Lavrov) చర్చలకు సిద్ధంగా ఉన్నామని తెలిపారు.');
    expect(x.bundle.statements.map((st) => nameOf(x, st.speakers[0]!))).toEqual(['Sergei Lavrov']);
  });

  it('spells the people of China in pinyin and ends a name at its -తో', () => {
    const x = extract(
      'చైనా విదేశాంగ మంత్రి వాంగ్ యీతో భారత విదేశాంగ మంత్రి జైశంకర్ భేటీ అయ్యారు.\n\n' +
        'అనంతరం చైనా ఉప విదేశాంగ మంత్రి క్విన్ గాంగ్తో జైశంకర్ సమావేశమయ్యారు.',
    );
    expect(meetings(x)).toEqual([
      ['Jaishankar', 'Wang Yi'],
      ['Jaishankar', 'Qin Gang'],
    ]);
  });

  it('gives a Russian given name its usual spelling', () => {
    expect(latinNameOf('సెర్గీ రియాబ్కోవ్', 'Russia')).toBe('Sergey Riyabkov');
    expect(latinNameOf('ఆండ్రీ రుడెంకో', 'Russia')).toBe('Andrey Rudenko');
    expect(latinNameOf('రవి శంకర్', 'India')).toBe('Ravi Shankar');
  });

  it("reads the head of a ministry as its minister, and what a paper reports as nobody's", () => {
    const x = extract(
      'రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్ పశ్చిమ దేశాలతో చర్చలకు సిద్ధమని తెలిపారు.\n\n' +
        '"పశ్చిమ దేశాలు ఒత్తిడి పెంచుతున్నాయి" అని రష్యా విదేశాంగ మంత్రిత్వ శాఖ అధిపతి అన్నారు.\n\n' +
        'ఈ భేటీ జరిగినట్లు ప్రముఖ అమెరికన్ మీడియా సంస్థ న్యూయార్క్ టైమ్స్ ఓ కథనంలో పేర్కొంది. ఆంక్షలు కొనసాగుతాయని చెప్పింది.',
    );
    expect(said(x)).toEqual([
      'Sergey Lavrov: రష్యా విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్ పశ్చిమ దేశాలతో చర్చలకు సిద్ధమని తెలిపారు',
      'Sergey Lavrov: పశ్చిమ దేశాలు ఒత్తిడి పెంచుతున్నాయి',
    ]);
  });
});
