/**
 * The curated facts of the two seed articles, written against anchor phrases of the article text
 * rather than numbers: `write-bundles.ts` turns them into `seed/bundles/*.json` with the offsets
 * computed here, and the tests check that the JSON on disk is exactly what this file produces.
 * Edit this file, then run `npm run bundles --workspace seed`; never edit offsets by hand.
 *
 * Conventions (see seed/README.md):
 * - `text` is verbatim from the article. Direct speech (`direct: true`) is the quoted words only,
 *   without the quotation marks; reported speech is the clause that carries it.
 * - `evidence` is the whole sentence (or, where one sentence reports several things, the clause)
 *   that shows who said it.
 * - A call on or warning to "Moscow"/"Russia" is addressed to `institution:russia`, one to
 *   "Seoul"/"South Korea" to `institution:south-korea`; interlocutors of a meeting are not
 *   addressees unless the text says the words were aimed at them.
 * - Meetings point from the side that sought the encounter (the visitor, the caller, the
 *   summoner) to the other side.
 */
import {
  actorId,
  articleId,
  institutionId,
  meetingId,
  statementId,
  type Ambiguity,
  type Evidence,
  type IngestBundleInput,
  type MeetingKind,
} from '@parley/graph-schema';
import { SEED_FILES, readArticleText } from './files';
import type { SeedBundleFile } from './load-seed';

type ActorInput = NonNullable<IngestBundleInput['actors']>[number];
type InstitutionInput = NonNullable<IngestBundleInput['institutions']>[number];
type StatementInput = NonNullable<IngestBundleInput['statements']>[number];
type MeetingInput = NonNullable<IngestBundleInput['meetings']>[number];

/* ------------------------------------------------------------------ ids */

const A = {
  zakharova: actorId('Maria Zakharova'),
  rudenko: actorId('Andrey Rudenko'),
  lim: actorId('Lim Soo-suk'),
  chang: actorId('Chang Ho-jin'),
  lee: actorId('Lee Do-hoon'),
  putin: actorId('Vladimir Putin'),
  kimJongUn: actorId('Kim Jong-un'),
  chung: actorId('Chung Byung-won'),
  kimGunn: actorId('Kim Gunn'),
  kimHongKyun: actorId('Kim Hong-kyun'),
  yoon: actorId('Yoon Suk Yeol'),
  zinoviev: actorId('Georgy Zinoviev'),
};

const I = {
  russianMinistry: institutionId('Russian Foreign Ministry'),
  seoulMinistry: institutionId('South Korean Foreign Ministry'),
  yonhap: institutionId('Yonhap'),
  russia: institutionId('Russia'),
  southKorea: institutionId('South Korea'),
  northKorea: institutionId('North Korea'),
  unitedStates: institutionId('United States'),
  securityCouncil: institutionId('UN Security Council'),
};

/* ------------------------------------------------------------------ helpers */

/** An article's text with helpers that locate anchor phrases in it. */
class ArticleText {
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  private find(phrase: string, from: number): number {
    const at = this.text.indexOf(phrase, from);
    if (at < 0) throw new Error(`${this.file}: "${phrase}" not found after offset ${from}`);
    return at;
  }

  /**
   * [start, end) from the only occurrence of `from` through the end of the first `through` after
   * it (or through `from` itself).
   */
  span(from: string, through?: string): Evidence {
    const start = this.find(from, 0);
    if (this.text.indexOf(from, start + 1) >= 0)
      throw new Error(`${this.file}: "${from}" occurs more than once; use a longer anchor`);
    const end =
      through === undefined
        ? start + from.length
        : this.find(through, start + from.length) + through.length;
    return { start, end };
  }
}

interface ActorSpec {
  name: string;
  role: string;
  affiliations: { institution: string; role: string }[];
}

const actor = (spec: ActorSpec, aliases: string[]): ActorInput => ({
  id: actorId(spec.name),
  name: spec.name,
  aliases,
  role: spec.role,
  affiliations: spec.affiliations,
});

const institution = (
  name: string,
  kind: InstitutionInput['kind'],
  aliases: string[],
): InstitutionInput => ({ id: institutionId(name), name, aliases, kind });

interface StatementSpec {
  key: string;
  speakers: string[];
  addressees?: string[];
  text: string;
  direct: boolean;
  summaryEn?: string;
  evidence: Evidence;
  /** Keys of statements of the same article this one answers. */
  respondsTo?: string[];
  ambiguity?: Ambiguity;
}

interface MeetingSpec {
  key: string;
  a: string;
  b: string;
  kind: MeetingKind;
  place?: string;
  evidence: Evidence;
}

interface BundleSpec {
  slug: string;
  title: string;
  lang: string;
  actors: ActorInput[];
  institutions: InstitutionInput[];
  statements: StatementSpec[];
  meetings: MeetingSpec[];
}

function buildBundle(article: ArticleText, spec: BundleSpec): SeedBundleFile {
  const id = articleId(spec.slug);
  const keys = new Set(spec.statements.map((s) => s.key));
  const statements = spec.statements.map((s): StatementInput => {
    const slice = article.text.slice(s.evidence.start, s.evidence.end);
    if (!slice.includes(s.text))
      throw new Error(`${article.file}: the text of ${s.key} is not inside its evidence`);
    for (const key of s.respondsTo ?? [])
      if (!keys.has(key)) throw new Error(`${article.file}: ${s.key} answers unknown ${key}`);
    return {
      id: statementId(id, s.key),
      speakers: s.speakers,
      ...(s.addressees?.length ? { addressees: s.addressees } : {}),
      text: s.text,
      lang: spec.lang,
      direct: s.direct,
      ...(s.summaryEn === undefined ? {} : { summaryEn: s.summaryEn }),
      evidence: s.evidence,
      ...(s.respondsTo?.length ? { respondsTo: s.respondsTo.map((k) => statementId(id, k)) } : {}),
      ...(s.ambiguity === undefined ? {} : { ambiguity: s.ambiguity }),
    };
  });
  const meetings = spec.meetings.map((m): MeetingInput => ({
    id: meetingId(id, m.key),
    a: m.a,
    b: m.b,
    kind: m.kind,
    ...(m.place === undefined ? {} : { place: m.place }),
    evidence: m.evidence,
  }));
  return {
    version: 1,
    source: 'curated',
    article: { id, title: spec.title, lang: spec.lang, textFile: article.file },
    actors: spec.actors,
    institutions: spec.institutions,
    statements,
    meetings,
  };
}

/* ------------------------------------------------------------------ people */

// The same role and affiliations wherever a person appears, so merged nodes agree.
const ZAKHAROVA: ActorSpec = {
  name: 'Maria Zakharova',
  role: 'Russian Foreign Ministry spokesperson',
  affiliations: [{ institution: I.russianMinistry, role: 'Spokesperson' }],
};
const RUDENKO: ActorSpec = {
  name: 'Andrey Rudenko',
  role: 'Deputy Foreign Minister of Russia',
  affiliations: [{ institution: I.russianMinistry, role: 'Deputy Foreign Minister' }],
};
const LIM: ActorSpec = {
  name: 'Lim Soo-suk',
  role: 'South Korean Foreign Ministry spokesperson',
  affiliations: [{ institution: I.seoulMinistry, role: 'Spokesperson' }],
};
const CHANG: ActorSpec = {
  name: 'Chang Ho-jin',
  role: 'National Security Adviser of South Korea',
  affiliations: [{ institution: I.southKorea, role: 'National Security Adviser' }],
};
const LEE: ActorSpec = {
  name: 'Lee Do-hoon',
  role: 'South Korean Ambassador to Russia',
  affiliations: [{ institution: I.southKorea, role: 'Ambassador to Russia' }],
};
const PUTIN: ActorSpec = {
  name: 'Vladimir Putin',
  role: 'President of Russia',
  affiliations: [{ institution: I.russia, role: 'President' }],
};
const KIM_JONG_UN: ActorSpec = {
  name: 'Kim Jong-un',
  role: 'Leader of North Korea',
  affiliations: [{ institution: I.northKorea, role: 'Leader' }],
};
const CHUNG: ActorSpec = {
  name: 'Chung Byung-won',
  // The article calls him the South Korean counterpart of Russia's Deputy Foreign Minister.
  role: 'Deputy Foreign Minister of South Korea',
  affiliations: [{ institution: I.seoulMinistry, role: 'Deputy Foreign Minister' }],
};
const KIM_GUNN: ActorSpec = {
  name: 'Kim Gunn',
  role: "South Korea's top nuclear envoy",
  affiliations: [{ institution: I.southKorea, role: 'Top nuclear envoy' }],
};
const KIM_HONG_KYUN: ActorSpec = {
  name: 'Kim Hong-kyun',
  role: "South Korea's special envoy for peace and security affairs on the Korean Peninsula",
  affiliations: [
    {
      institution: I.southKorea,
      role: 'Special envoy for peace and security affairs on the Korean Peninsula',
    },
  ],
};
const YOON: ActorSpec = {
  name: 'Yoon Suk Yeol',
  role: 'President of South Korea',
  affiliations: [{ institution: I.southKorea, role: 'President' }],
};
const ZINOVIEV: ActorSpec = {
  name: 'Georgy Zinoviev',
  role: 'Russian Ambassador to South Korea',
  affiliations: [{ institution: I.russia, role: 'Ambassador to Seoul' }],
};

/* ------------------------------------------------------------------ Telugu article */

function teluguBundle(t: ArticleText): SeedBundleFile {
  const zakharovaWarning = t.span('రష్యా విదేశాంగ మంత్రిత్వ శాఖ అధికార ప్రతినిధి', 'దక్షిణ కొరియాను హెచ్చరించిన');
  const changSentence = t.span('దక్షిణ కొరియా జాతీయ భద్రతా సలహాదారు', 'పరిగణించవచ్చు.');
  const limWarning = t.span('"దక్షిణ కొరియా-రష్యా', 'అన్నారు.');
  const limHope = t.span('"అదనంగా,', 'లిమ్ జోడించారు.');
  const putinKim = t.span('రష్యా అధ్యక్షుడు', 'ఉద్రిక్తతలు పెరిగాయి.');
  const concern = t.span('UN తీర్మానాలను', 'తెంచుకోవాలని కోరింది.');
  const leeMeeting = t.span('రష్యాలోని దక్షిణ కొరియా రాయబారి', 'మంత్రిత్వ శాఖ తెలిపింది.');
  const leeEmphasis = t.span('ఈ సమావేశంలో,', 'పిలుపునిచ్చారు.');
  const regret = t.span('ప్యోంగ్యాంగ్లో పుతిన్ పర్యటనపై', 'పునరుద్ఘాటించింది.');

  const announcement = 'తమ దేశాల సంబంధాలను అప్గ్రేడ్ చేస్తున్నట్లు ప్రకటించిన';
  const announcementEn =
    'Russia and North Korea are upgrading their relations (announced jointly by Vladimir Putin and Kim Jong-un after their talks in Pyongyang).';

  return buildBundle(t, {
    slug: 'te-seoul-warns-moscow',
    title: "Seoul warns Russia not to make a mistake, answering Zakharova's warning (Telugu)",
    lang: 'te',
    actors: [
      actor(ZAKHAROVA, ['మరియా జఖరోవా', 'జఖరోవా', 'జఖారోవా']),
      actor(RUDENKO, ['ఆండ్రీ రుడెంకో', 'రుడెంకో']),
      actor(LIM, ['లిమ్ సూ-సుక్', 'లిమ్']),
      actor(CHANG, ['చాంగ్ హో-జిన్']),
      actor(LEE, ['లీ డో-హూన్', 'లీ']),
      actor(PUTIN, ['వ్లాదిమిర్ పుతిన్', 'పుతిన్']),
      actor(KIM_JONG_UN, ['కిమ్ జోంగ్-ఉన్']),
    ],
    institutions: [
      institution('Russian Foreign Ministry', 'ministry', ['రష్యా విదేశాంగ మంత్రిత్వ శాఖ']),
      institution('South Korean Foreign Ministry', 'ministry', ['సియోల్ విదేశాంగ మంత్రిత్వ శాఖ']),
      institution('Yonhap', 'news-agency', ['Yonhap వార్తా సంస్థ']),
      institution('Russia', 'state', ['రష్యా', 'మాస్కో']),
      institution('South Korea', 'state', ['దక్షిణ కొరియా', 'సియోల్']),
      institution('North Korea', 'state', ['ఉత్తర కొరియా', 'ప్యోంగ్యాంగ్']),
      institution('UN Security Council', 'international-body', ['UN భద్రతా మండలి']),
    ],
    statements: [
      {
        key: 'chang-kyiv-arms',
        speakers: [A.chang],
        text: 'పరస్పర రక్షణను ప్రతిజ్ఞ చేయడంపై ఉత్తర కొరియాతో కుదుర్చుకున్న ఒప్పందానికి అనుగుణంగా మాస్కో చర్యలను బట్టి కీవ్కు ఆయుధాలను సరఫరా చేసే అంశాన్ని దక్షిణ కొరియా పరిగణించవచ్చు',
        direct: false,
        summaryEn:
          "South Korea may consider supplying weapons to Kyiv, depending on Moscow's actions under its agreement with North Korea pledging mutual defence.",
        evidence: changSentence,
      },
      {
        key: 'zakharova-warning',
        speakers: [A.zakharova],
        addressees: [I.southKorea],
        text: 'ద్వైపాక్షిక సంబంధాలకు తిరుగులేని ఫలితాన్ని తీసుకురాగల దృఢమైన చర్యలు తీసుకోవద్దని దక్షిణ కొరియాను హెచ్చరించిన',
        direct: false,
        summaryEn:
          'Warned South Korea not to take drastic steps that could have irreversible consequences for bilateral relations.',
        evidence: zakharovaWarning,
        // "Zakharova's remarks came in response to remarks made by ... Chang Ho-jin".
        respondsTo: ['chang-kyiv-arms'],
      },
      {
        key: 'lim-warning',
        speakers: [A.lim],
        addressees: [I.russia],
        text: 'దక్షిణ కొరియా-రష్యా సంబంధాలలో కోలుకోలేని పరిణామాలకు దారితీసే రష్యా తప్పు చేయకూడదని మేము హెచ్చరిస్తున్నాము',
        direct: true,
        summaryEn:
          'We warn Russia not to make the mistake that would lead to irreversible consequences in South Korea–Russia relations.',
        evidence: limWarning,
        respondsTo: ['zakharova-warning'],
      },
      {
        key: 'lim-hope',
        speakers: [A.lim],
        addressees: [I.russia],
        text: 'అదనంగా, రష్యా వైపు ఉత్తర కొరియాపై ఆధారపడకుండా దూరంగా వెళ్లి UN భద్రతా మండలిలో శాశ్వత సభ్యునిగా తగిన విధంగా వ్యవహరిస్తుందని మేము ఆశిస్తున్నాము',
        direct: true,
        summaryEn:
          'In addition, we hope that the Russian side will move away from relying on North Korea and act appropriately as a permanent member of the UN Security Council.',
        evidence: limHope,
        // Added by Lim at the same briefing ("Lim added"): part of the same reply to Zakharova.
        respondsTo: ['zakharova-warning'],
      },
      // Putin and Kim Jong-un announced it together; the schema takes several speakers only for
      // an ambiguity, so the joint announcement is recorded once per speaker.
      {
        key: 'putin-announces-upgrade',
        speakers: [A.putin],
        text: announcement,
        direct: false,
        summaryEn: announcementEn,
        evidence: putinKim,
      },
      {
        key: 'kim-jong-un-announces-upgrade',
        speakers: [A.kimJongUn],
        text: announcement,
        direct: false,
        summaryEn: announcementEn,
        evidence: putinKim,
      },
      {
        key: 'south-korea-concern',
        speakers: [I.southKorea],
        addressees: [I.russia],
        text: 'UN తీర్మానాలను ఉల్లంఘిస్తూ రష్యా మరియు ఉత్తర కొరియా మధ్య పెరుగుతున్న సైనిక సహకారంపై దక్షిణ కొరియా తీవ్ర ఆందోళన వ్యక్తం చేసింది, మాస్కో బాధ్యతాయుతంగా వ్యవహరించాలని మరియు ప్యోంగ్యాంగ్తో ఇటువంటి సైనిక సంబంధాలను తెంచుకోవాలని కోరింది',
        direct: false,
        summaryEn:
          'South Korea expressed serious concern over the growing military cooperation between Russia and North Korea in violation of UN resolutions, and urged Moscow to act responsibly and cut such military ties with Pyongyang.',
        evidence: concern,
        // The article calls Seoul's reaction its "response to Putin's visit to Pyongyang".
        respondsTo: ['putin-announces-upgrade', 'kim-jong-un-announces-upgrade'],
      },
      {
        key: 'seoul-ministry-lee-meeting',
        speakers: [I.seoulMinistry],
        text: 'రష్యాలోని దక్షిణ కొరియా రాయబారి లీ డో-హూన్ బుధవారం (స్థానిక కాలమానం ప్రకారం) మాస్కోలో రష్యా ఉప విదేశాంగ మంత్రి ఆండ్రీ రుడెంకోతో సమావేశమయ్యారని, ఉత్తర కొరియాతో కొత్త భాగస్వామ్య ఒప్పందంపై మాస్కో వైఖరిని విన్నారని',
        direct: false,
        summaryEn:
          "South Korea's ambassador to Russia, Lee Do-hoon, met Russian Deputy Foreign Minister Andrey Rudenko in Moscow on Wednesday (local time) and heard Moscow's position on the new partnership treaty with North Korea.",
        evidence: leeMeeting,
      },
      {
        key: 'lee-emphasis',
        speakers: [A.lee],
        addressees: [I.russia],
        text: 'ఉత్తర కొరియా యొక్క ఆయుధాల సమీకరణకు సహాయపడే ఏదైనా సహకారం ఈ ప్రాంతంలో భద్రతకు తీవ్రమైన ముప్పును కలిగిస్తుందని లీ నొక్కిచెప్పారు మరియు దాని చర్యల గురించి రష్యా యొక్క స్పష్టమైన వివరణ కోసం పిలుపునిచ్చారు',
        direct: false,
        summaryEn:
          'At the meeting, Lee stressed that any cooperation that helps North Korea build up its arms poses a serious threat to security in the region, and called on Russia to clearly explain its actions.',
        evidence: leeEmphasis,
      },
      {
        key: 'russia-regret',
        speakers: [I.russia],
        addressees: [I.southKorea],
        text: 'ప్యోంగ్యాంగ్లో పుతిన్ పర్యటనపై దక్షిణ కొరియా ప్రతిస్పందనపై రష్యా విచారం వ్యక్తం చేసింది',
        direct: false,
        summaryEn:
          "Russia expressed regret over South Korea's response to Putin's visit to Pyongyang (according to Seoul's foreign ministry).",
        evidence: regret,
        respondsTo: ['south-korea-concern'],
      },
      {
        key: 'russia-reiterates',
        speakers: [I.russia],
        addressees: [I.southKorea],
        text: 'ఉత్తర కొరియాతో దాని సహకారం సియోల్పై నిర్దేశించబడలేదని మరియు ఒప్పందం రక్షణాత్మకంగా ఉందని పునరుద్ఘాటించింది',
        direct: false,
        summaryEn:
          "Russia reiterated that its cooperation with North Korea is not directed against Seoul and that the treaty is defensive (according to Seoul's foreign ministry).",
        evidence: regret,
        respondsTo: ['south-korea-concern'],
      },
    ],
    meetings: [
      {
        key: 'putin-kim-jong-un',
        a: A.putin,
        b: A.kimJongUn,
        kind: 'talks',
        place: 'Pyongyang',
        evidence: putinKim,
      },
      {
        key: 'lee-rudenko',
        a: A.lee,
        b: A.rudenko,
        kind: 'meeting',
        place: 'Moscow',
        evidence: leeMeeting,
      },
    ],
  });
}

/* ------------------------------------------------------------------ English article */

function englishBundle(t: ArticleText): SeedBundleFile {
  const lede = t.span('Russia and South Korea said', 'Korean Peninsula.');
  const chungTalks = t.span('In a visit to Seoul,', "South Korea's Foreign Ministry.");
  const chungStance = t.span('Chung expressed', 'news agency.');
  const chungUrges = t.span('He also urged', 'citizens in Russia.');
  const kimsTalks = t.span('During his visit,', 'Korean Peninsula.');
  const kimCall = t.span('Kim called on Moscow', 'and Europe."');
  const separate = t.span('In a separate statement,', 'in the region."');
  const itSaid = t.span('It said that', 'in the subregion."');
  const itAdded = t.span('"It was clearly stated', 'it added.');
  const alsoSaid = t.span('The statement also said', 'diplomatic solution.');
  const yoonRemark = t.span('Last week, Yoon', 'nuclear weapons."');
  const criticism = t.span("Yoon's remarks were criticized", 'biased."');
  const protest = t.span(
    'In response, the South Korean Foreign Ministry',
    "spokesperson's remarks.",
  );

  const discussed = 'they discussed regional security and other "pending issues"';

  return buildBundle(t, {
    slug: 'en-rudenko-seoul-talks',
    title:
      'Russian Deputy Foreign Minister Rudenko holds talks in Seoul amid Russia–South Korea row',
    lang: 'en',
    actors: [
      actor(ZAKHAROVA, []),
      actor(RUDENKO, ['Rudenko']),
      actor(CHUNG, ['Chung']),
      actor(KIM_GUNN, []),
      actor(KIM_HONG_KYUN, []),
      actor(YOON, ['Yoon']),
      actor(ZINOVIEV, []),
    ],
    institutions: [
      institution('Russian Foreign Ministry', 'ministry', []),
      institution('South Korean Foreign Ministry', 'ministry', ["South Korea's Foreign Ministry"]),
      institution('Yonhap', 'news-agency', ['Yonhap News']),
      institution('Russia', 'state', ['Moscow']),
      institution('South Korea', 'state', ['Seoul']),
      institution('North Korea', 'state', ['Pyongyang']),
      institution('United States', 'state', ['Washington', 'US']),
      institution('UN Security Council', 'international-body', []),
    ],
    statements: [
      // "Russia and South Korea said": the schema takes several speakers only for an ambiguity,
      // and the article later reports the two ministries' separate statements, so one each.
      {
        key: 'russia-discussed-security',
        speakers: [I.russia],
        text: discussed,
        direct: false,
        evidence: lede,
      },
      {
        key: 'south-korea-discussed-security',
        speakers: [I.southKorea],
        text: discussed,
        direct: false,
        evidence: lede,
      },
      {
        key: 'seoul-ministry-chung-talks',
        speakers: [I.seoulMinistry],
        text: 'addressed the Ukrainian war and bilateral ties',
        direct: true,
        evidence: chungTalks,
      },
      {
        key: 'chung-stern-stance',
        speakers: [A.chung],
        addressees: [I.russia],
        text: 'Chung expressed Seoul\'s "stern stance" on Russia\'s "growing military cooperation with North Korea" and called for Moscow\'s "responsible behavior,"',
        direct: false,
        evidence: chungStance,
      },
      {
        key: 'chung-urges-rights',
        speakers: [A.chung],
        addressees: [I.russia],
        text: 'He also urged Moscow\'s cooperation to "prevent any infringement on the legitimate rights" of South Korean firms and citizens in Russia',
        direct: false,
        evidence: chungUrges,
      },
      {
        key: 'kim-urges-compliance',
        speakers: [A.kimGunn, A.kimHongKyun],
        addressees: [I.russia],
        text: 'strictly comply with its obligations to UN Security Council resolutions, including the immediate cessation of its military ties with Pyongyang that threatens the security of the Korean Peninsula and Europe',
        direct: true,
        evidence: kimCall,
        ambiguity: {
          field: 'speaker',
          candidates: [A.kimGunn, A.kimHongKyun],
          note: 'The article says only "Kim", right after naming both Kim Gunn and Kim Hong-kyun as the envoys Rudenko held talks with; either could have made this call.',
        },
      },
      {
        key: 'russian-ministry-cooperation-with-north-korea',
        speakers: [I.russianMinistry],
        text: 'Moscow intends continue developing cooperation with North Korea "in the interests of both countries and their peoples, as well as strengthening peace and stability in the region."',
        direct: false,
        evidence: separate,
      },
      {
        key: 'russian-ministry-serious-concerns',
        speakers: [I.russianMinistry],
        addressees: [I.southKorea],
        text: 'in Seoul, Rudenko exchanged views with officials about the situation on the Korean Peninsula and in Northeastern Asia, as well as on bilateral relations, expressing Moscow\'s "serious concerns regarding the sharp escalation of tensions in the subregion."',
        direct: false,
        evidence: itSaid,
      },
      {
        key: 'russian-ministry-blames-washington',
        speakers: [I.russianMinistry],
        addressees: [I.unitedStates],
        text: 'It was clearly stated that its main source is the irresponsible provocative policy of Washington, which, for its own geopolitical purposes, is trying to encourage regional allies to implement their aggressive plans, fraught with unpredictable consequences, including in the military sphere',
        direct: true,
        evidence: itAdded,
      },
      {
        key: 'russian-ministry-us-should-cease',
        speakers: [I.russianMinistry],
        addressees: [I.unitedStates],
        text: 'to help calm the situation, the US and its allies should cease military activity and return to jointly searching for a political and diplomatic solution',
        direct: false,
        evidence: alsoSaid,
      },
      {
        key: 'yoon-irrational-group',
        speakers: [A.yoon],
        addressees: [I.northKorea],
        text: 'irrational group and the only country in the world that has legalized the preemptive use of nuclear weapons',
        direct: true,
        evidence: yoonRemark,
      },
      {
        key: 'zakharova-blatantly-biased',
        speakers: [A.zakharova],
        addressees: [A.yoon],
        text: 'blatantly biased',
        direct: true,
        evidence: criticism,
        respondsTo: ['yoon-irrational-group'],
      },
      {
        key: 'seoul-ministry-protest',
        speakers: [I.seoulMinistry],
        addressees: [A.zinoviev],
        text: "to lodge a protest over the spokesperson's remarks",
        direct: false,
        evidence: protest,
        respondsTo: ['zakharova-blatantly-biased'],
      },
    ],
    meetings: [
      {
        key: 'rudenko-chung',
        a: A.rudenko,
        b: A.chung,
        kind: 'talks',
        place: 'Seoul',
        evidence: chungTalks,
      },
      {
        key: 'rudenko-kim-gunn',
        a: A.rudenko,
        b: A.kimGunn,
        kind: 'talks',
        place: 'Seoul',
        evidence: kimsTalks,
      },
      {
        key: 'rudenko-kim-hong-kyun',
        a: A.rudenko,
        b: A.kimHongKyun,
        kind: 'talks',
        place: 'Seoul',
        evidence: kimsTalks,
      },
      {
        key: 'seoul-ministry-summons-zinoviev',
        a: I.seoulMinistry,
        b: A.zinoviev,
        kind: 'summons',
        evidence: protest,
      },
    ],
  });
}

/* ------------------------------------------------------------------ all */

const BUILDERS: Record<
  (typeof SEED_FILES)[number]['articleId'],
  (t: ArticleText) => SeedBundleFile
> = {
  'article:te-seoul-warns-moscow': teluguBundle,
  'article:en-rudenko-seoul-talks': englishBundle,
};

/** The curated bundle files, keyed by bundle file name, computed from the article texts. */
export function buildSeedBundleFiles(
  readText: (textFile: string) => string = readArticleText,
): Map<string, SeedBundleFile> {
  return new Map(
    SEED_FILES.map(({ articleId: id, textFile, bundleFile }) => [
      bundleFile,
      BUILDERS[id](new ArticleText(textFile, readText(textFile))),
    ]),
  );
}
