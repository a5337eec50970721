import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

const speakers = (x: ReturnType<typeof extract>) =>
  x.bundle.statements.map((s) => s.speakers.map((id) => nameOf(x, id)).join(' | '));

describe('Telugu reporting verbs and quotatives', () => {
  it('keeps the speaker apart from a state inside the reported clause', () => {
    const x = extract(
      'తామూ ప్రతీకార సుంకాలు వేస్తామని అమెరికా అధ్యక్షుడు డొనాల్డ్ ట్రంప్ స్పష్టం చేశారు.\n\n' +
        'కొన్ని అమెరికా ఉత్పత్తులపై భారత్ విధిస్తున్న సుంకాలు అన్యాయమని అన్నారు. ' +
        'అమెరికా మారగలిగే ఒక ఒప్పందాన్ని చేసుకుంటున్నట్టు ప్రకటించారు.',
    );
    expect(speakers(x)).toEqual(['Donald Tramp', 'Donald Tramp', 'Donald Tramp']);
  });

  it('reads a left-out subject from the verb: "-ింది" is the institution last named', () => {
    const x = extract(
      'తాజా పరిణామాలపై భారత విదేశాంగ శాఖ స్పందించింది.\n\n' +
        'బంగ్లాదేశ్ ప్రజల ప్రయోజనాలే భారత్ కు ముఖ్యమని వెల్లడించింది. ' +
        'బంగ్లాదేశ్ లో దాడుల ఘటనలను గమనిస్తున్నామని తెలిపింది.',
    );
    expect(speakers(x)).toEqual([
      'Indian Ministry of External Affairs',
      'Indian Ministry of External Affairs',
    ]);
  });

  it('credits the sentence before to the speaker of "ఈ విషయాన్ని X తెలిపారు" and "ఈ అభిప్రాయాన్ని X … పంచుకున్నారు"', () => {
    const x = extract(
      'పశ్చిమ దేశాల ఆంక్షలు ఫలితం ఇవ్వవు. ఈ విషయాన్ని రష్యన్ విదేశాంగ మంత్రి సెర్గీ లావ్రోవ్ తెలిపారు.\n\n' +
        'చర్చలకు తలుపులు తెరిచే ఉన్నాయి. ఈ అభిప్రాయాన్ని లావ్రోవ్ ఒక ఇంటర్వ్యూలో పంచుకున్నారు.',
    );
    expect(said(x)).toEqual([
      'Sergey Lavrov: పశ్చిమ దేశాల ఆంక్షలు ఫలితం ఇవ్వవు.',
      'Sergey Lavrov: చర్చలకు తలుపులు తెరిచే ఉన్నాయి.',
    ]);
  });

  it('reads what was said as the object before the speaker: "…ఆవశ్యకతను ఆయన వివరించారు"', () => {
    const x = extract(
      'భారత విదేశాంగ మంత్రి జైశంకర్ చైనా మంత్రితో భేటీ అయ్యారు. ' +
        'సరిహద్దులో ప్రతిష్టంభనను తొలగించాల్సిన ఆవశ్యకతను ఆయన వివరించారు.',
    );
    expect(said(x)).toEqual(['Jaishankar: సరిహద్దులో ప్రతిష్టంభనను తొలగించాల్సిన ఆవశ్యకతను ఆయన వివరించారు']);
  });

  it('reads the relative quotative of an army chief, and who speaks after "…వ్యాఖ్యలపై చైనా స్పందించింది"', () => {
    const x = extract(
      'యుద్ధం వస్తే గెలుపు భారత్ వైపే ఉంటుందన్న భారత ఆర్మీ చీఫ్ నరవాణే వ్యాఖ్యలపై చైనా స్పందించింది. ' +
        'బాధ్యత గల వ్యక్తులు ఇలాంటి వ్యాఖ్యలు చేయడం మానుకుంటే బాగుంటుందని పేర్కొంది.',
    );
    expect(speakers(x)).toEqual(['Naravane', 'China']);
  });

  it("never takes listed states for the speaker of a person's verb", () => {
    const x = extract(
      'నేపాల్ ప్రధాని ప్రచండ మీడియాతో మాట్లాడారు. ఈ సందర్భంగా ఆయన మాట్లాడుతూ... భారత్ తమకు మిత్రదేశమని అన్నారు. ' +
        'భారత్, నేపాల్ దేశాల మధ్య సంబంధాలు బలంగా ఉన్నాయని వ్యాఖ్యానించారు.',
    );
    expect(speakers(x)).toEqual(['Prachanda', 'Prachanda']);
  });

  it('reads first-person words run over sentences without quotation marks up to their "అని"', () => {
    const x = extract(
      'ఉక్రెయిన్ అధ్యక్షుడు జెలన్స్కీ చర్చలకు సిద్ధమని తెలిపారు. శాంతి కోసం ఆయనతో మాట్లాడేందుకు సిద్ధం. ' +
        'కానీ నేను ఆయనను శత్రువులానే చూస్తాను. ఆయన కూడా నన్ను అలానే చూస్తారని అనుకుంటున్నా అని జెలన్స్కీ పేర్కొన్నారు.',
    );
    expect(said(x)[1]).toMatch(/^Jelanski: శాంతి కోసం ఆయనతో మాట్లాడేందుకు సిద్ధం\. కానీ నేను/);
  });

  it('reads -అంటూ, a state army, "X చేసిన ప్రకటనను" as a reply, and ignores a bare "posted"', () => {
    const x = extract(
      'దాడికి భారతే కారణమంటూ పాక్ సైన్యం అధికారికంగా ఆరోపణలు చేసింది.\n\n' +
        'పాక్ సైన్యం చేసిన ఈ ప్రకటనను పట్టించుకోవాల్సిన అవసరం లేదని భారత విదేశాంగ శాఖ తేల్చి చెప్పింది. ' +
        'సమావేశం అనంతరం విదేశాంగ శాఖ ఎక్స్ లో పోస్ట్ చేసింది.',
    );
    expect(speakers(x)).toEqual(['Pakistani Army', 'Indian Ministry of External Affairs']);
    expect(x.bundle.statements[1]!.respondsTo).toEqual([x.bundle.statements[0]!.id]);
  });

  it('reads a case ending written apart, "-డంతో … మాట ఇచ్చారు" as an answer, and ".." inside a sentence', () => {
    const x = extract(
      'యుద్ధాన్ని ఆపాలని రష్యా అధ్యక్షుడు పుతిన్ ను ప్రధాని మోదీ కోరారు.\n\n' +
        'కొందరు భారతీయులు చిక్కుకున్నారని మోదీ చెప్పడంతో.. వారందర్నీ భారత్ తరలిస్తామని పుతిన్ మాట ఇచ్చారు.',
    );
    expect(said(x).map((l) => l.split(':')[0])).toEqual(['Modi', 'Modi', 'Putin']);
    expect(x.bundle.statements[0]!.addressees).toEqual(['actor:putin']);
    expect(x.bundle.statements[2]!.respondsTo).toEqual([x.bundle.statements[1]!.id]);
  });

  it('reads a relative quotative "…తెలియవన్న" with its speaker after it', () => {
    const x = extract('షేక్ హసీనా ప్రణాళికలు తమకు తెలియవన్న భారత విదేశాంగ శాఖ');
    expect(speakers(x)).toEqual(['Indian Ministry of External Affairs']);
  });
});

describe('Telugu verbs written as one word', () => {
  it('reads a glued light verb (ట్వీట్చేశారు) and a first-person clause fused with అన్నారు', () => {
    const x = extract(
      'సరిహద్దు సమస్యలపై చర్చించినట్లు భారత విదేశాంగ మంత్రి జైశంకర్ ట్వీట్చేశారు.\n\n' +
        'ఇరు దేశాల సంబంధాల గురించి ఆయనకు వివరించానన్నారు.',
    );
    expect(x.bundle.statements.map((st) => nameOf(x, st.speakers[0]!))).toEqual([
      'Jaishankar',
      'Jaishankar',
    ]);
  });
});

describe('Telugu names of states', () => {
  it('knows every state by its ICU name and by sound', () => {
    const x = extract('స్పెయిన్ విదేశాంగ మంత్రిత్వ శాఖ మెక్సికోను హెచ్చరించింది. ఉజ్బెకిస్థాన్ తీవ్రంగా ఖండించింది.');
    expect(speakers(x)).toEqual(['Spanish Foreign Ministry', 'Uzbekistan']);
    expect(x.bundle.statements[0]!.addressees).toEqual(['institution:mexico']);
  });
});

describe('Telugu meetings', () => {
  it('reads three-word names, "-తోను" partners, a role without a name, and "A-B మీటయ్యారు"', () => {
    const x = extract(
      'ప్రధాని నరేంద్ర మోడీ శ్రీలంక అధ్యక్షుడు అనూర కుమార దిసనాయకతో చర్చలు జరిపారు. ' +
        'శ్రీలంక అధ్యక్షుడు ఆదివారం విదేశాంగ మంత్రి జైశంకర్తోను, ఎన్ఎస్ఎ అజిత్ దోవల్తోను సమావేశం అయ్యారు.\n\n' +
        'గతంలో సమర్ఖండ్ లో మోడీ-దిసనాయక మీటయ్యారు.',
    );
    expect(x.bundle.meetings.map((m) => `${nameOf(x, m.a)} – ${nameOf(x, m.b)}`)).toEqual([
      'Narendra Modi – Anura Kumara Disanayaka',
      'Anura Kumara Disanayaka – Jaishankar',
      'Anura Kumara Disanayaka – Ajit Doval',
      'Narendra Modi – Anura Kumara Disanayaka',
    ]);
  });
  it('reads "X అలియాస్ Y" as one person known by both names', () => {
    const x = extract(
      'మోదీతో నేపాల్ ప్రధాని ప్రచండ భేటీ\n\n' +
        'నేపాల్ ప్రధానమంత్రి పుష్ప కమాల్ దహాల్ అలియాస్ ప్రచండ ఢిల్లీలో భారత ప్రధాని నరేంద్ర మోదీతో సమావేశమయ్యారు.',
    );
    expect(x.bundle.meetings.map((m) => `${nameOf(x, m.a)} – ${nameOf(x, m.b)}`)).toEqual([
      'Pushpa Kamal Dahal – Narendra Modi',
    ]);
  });
});
