import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  actorId,
  institutionId,
  statementId,
  type BundleStatement,
  type Evidence,
  type IngestBundle,
} from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { buildSeedBundleFiles } from './curation';
import { ARTICLES_DIR, BUNDLES_DIR, SEED_FILES } from './files';
import { SEED_ARTICLE_IDS, loadSeedBundles, parseSeedBundle } from './index';

const TE = 'article:te-seoul-warns-moscow';
const EN = 'article:en-rudenko-seoul-talks';

/** sha256 of the articles as received in shared/seed-articles: offsets are only valid for these. */
const ARTICLE_SHA256: Record<string, string> = {
  'te-seoul-warns-moscow.txt': 'f9977552537b90b0ee321a52c3e20cf3a5141cf16631ad679fdadc75cbb2a489',
  'en-rudenko-seoul-talks.txt': '2ec2bea97ef583a063037cb0e99988e95d84a9c5194762f6bc1fc06dabbdb9cf',
};

/**
 * Statements whose evidence refers to the speaker by a pronoun or a bare shared surname rather
 * than by a name or alias: the form that stands for the speaker, checked to be in the evidence,
 * with the speaker named shortly before it.
 */
const PRONOUN_SUBJECTS: Record<string, string> = {
  [statementId(EN, 'chung-urges-rights')]: 'He also urged', // He = Chung
  [statementId(EN, 'kim-urges-compliance')]: 'Kim called', // Kim Gunn or Kim Hong-kyun
  [statementId(EN, 'russian-ministry-serious-concerns')]: 'It said', // the Russian ministry
  [statementId(EN, 'russian-ministry-blames-washington')]: 'it added', // the Russian ministry
  [statementId(EN, 'russian-ministry-us-should-cease')]: 'The statement also said', // its statement
};
/** How many sentences before the evidence the speaker of a pronoun must have been named in. */
const PRONOUN_REACH = 3;

const bundles = loadSeedBundles();
const byArticle = new Map(bundles.map((b) => [b.article.id, b]));
const te = byArticle.get(TE)!;
const en = byArticle.get(EN)!;
const allStatements = bundles.flatMap((b) => b.statements);

const WORD = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function slice(bundle: IngestBundle, evidence: Evidence): string {
  return bundle.article.text.slice(evidence.start, evidence.end);
}

/** Names and aliases of a party as this bundle gives them. */
function namesOf(bundle: IngestBundle, id: string): string[] {
  const party =
    bundle.actors.find((a) => a.id === id) ?? bundle.institutions.find((i) => i.id === id);
  if (!party) throw new Error(`${id} is not in ${bundle.article.id}`);
  return [party.name, ...party.aliases];
}

const names = (bundle: IngestBundle, id: string, text: string) =>
  namesOf(bundle, id).some((n) => text.includes(n));

function wordBoundaries(text: string, { start, end }: Evidence) {
  const before = text[start - 1];
  const first = text[start];
  const last = text[end - 1];
  const after = text[end];
  return {
    start:
      (before === undefined || !WORD.test(before)) && first !== undefined && !SPACE.test(first),
    end: (after === undefined || !WORD.test(after)) && last !== undefined && !SPACE.test(last),
  };
}

/** The `count` sentences that end before `offset`. */
function sentencesBefore(text: string, offset: number, count: number): string[] {
  return text
    .slice(0, offset)
    .split(/(?<=[.?!]["”]?)\s+/u)
    .filter((s) => s.trim() !== '')
    .slice(-count);
}

function statement(bundle: IngestBundle, key: string): BundleStatement {
  const id = statementId(bundle.article.id, key);
  const found = bundle.statements.find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
}

/** Every statement connected to `id` through RESPONDS_TO, in either direction. */
function thread(id: string): Set<string> {
  const seen = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of allStatements)
      for (const target of s.respondsTo)
        if (seen.has(s.id) !== seen.has(target)) {
          seen.add(s.id);
          seen.add(target);
          grew = true;
        }
  }
  return seen;
}

describe('seed files', () => {
  it('keeps the articles byte for byte as received', () => {
    for (const { textFile } of SEED_FILES) {
      const sha = createHash('sha256')
        .update(readFileSync(join(ARTICLES_DIR, textFile)))
        .digest('hex');
      expect(sha, textFile).toBe(ARTICLE_SHA256[textFile]);
    }
  });

  it('loads one valid curated bundle per article, in SEED_ARTICLE_IDS order', () => {
    expect(SEED_ARTICLE_IDS).toEqual([TE, EN]);
    expect(bundles.map((b) => b.article.id)).toEqual([TE, EN]);
    for (const b of bundles) {
      expect(b.version).toBe(1);
      expect(b.source).toBe('curated');
      expect(b.article.text.length).toBeGreaterThan(1000);
    }
    expect(te.article.lang).toBe('te');
    expect(en.article.lang).toBe('en');
  });

  it('stores exactly what curation.ts produces (run `npm run bundles -w seed` after editing it)', () => {
    const built = buildSeedBundleFiles();
    for (const { bundleFile } of SEED_FILES) {
      const onDisk: unknown = JSON.parse(readFileSync(join(BUNDLES_DIR, bundleFile), 'utf8'));
      expect(onDisk, bundleFile).toEqual(built.get(bundleFile));
    }
  });

  it('sets no article metadata the text does not support', () => {
    for (const b of bundles) {
      expect(b.article.publishedAt).toBeUndefined();
      expect(b.article.publisher).toBeUndefined();
      expect(b.article.url).toBeUndefined();
      for (const s of b.statements) expect(s.date, s.id).toBeUndefined();
      for (const m of b.meetings) expect(m.date, m.id).toBeUndefined();
    }
  });
});

describe('entities', () => {
  it('derive their ids from their canonical names', () => {
    for (const b of bundles) {
      for (const a of b.actors) expect(a.id).toBe(actorId(a.name));
      for (const i of b.institutions) expect(i.id).toBe(institutionId(i.name));
    }
  });

  it('list only aliases that occur in their article', () => {
    for (const b of bundles)
      for (const party of [...b.actors, ...b.institutions])
        for (const alias of party.aliases)
          expect(b.article.text.includes(alias), `${party.id}: ${alias}`).toBe(true);
  });

  it('include everyone named, with roles and affiliations', () => {
    const actors = new Map(bundles.flatMap((b) => b.actors).map((a) => [a.id, a]));
    for (const name of [
      'Maria Zakharova',
      'Lim Soo-suk',
      'Andrey Rudenko',
      'Chung Byung-won',
      'Chang Ho-jin',
      'Lee Do-hoon',
      'Kim Gunn',
      'Kim Hong-kyun',
      'Yoon Suk Yeol',
      'Georgy Zinoviev',
      'Vladimir Putin',
      'Kim Jong-un',
    ]) {
      const a = actors.get(actorId(name));
      expect(a, name).toBeDefined();
      expect(a?.role, name).toBeTruthy();
      expect(a?.affiliations.length, name).toBeGreaterThan(0);
      for (const aff of a?.affiliations ?? []) expect(aff.role, name).toBeTruthy();
    }
    const kinds = new Map(bundles.flatMap((b) => b.institutions).map((i) => [i.id, i.kind]));
    expect(Object.fromEntries(kinds)).toMatchObject({
      'institution:russian-foreign-ministry': 'ministry',
      'institution:south-korean-foreign-ministry': 'ministry',
      'institution:yonhap': 'news-agency',
      'institution:russia': 'state',
      'institution:south-korea': 'state',
      'institution:north-korea': 'state',
      'institution:united-states': 'state',
      'institution:un-security-council': 'international-body',
    });
  });

  it('give everyone the Telugu article names a Telugu alias', () => {
    for (const party of [...te.actors, ...te.institutions])
      expect(
        party.aliases.some((a) => /\p{Script=Telugu}/u.test(a)),
        party.id,
      ).toBe(true);
    expect(namesOf(te, 'institution:russian-foreign-ministry')).toContain('రష్యా విదేశాంగ మంత్రిత్వ శాఖ');
    expect(namesOf(te, 'institution:south-korean-foreign-ministry')).toContain(
      'సియోల్ విదేశాంగ మంత్రిత్వ శాఖ',
    );
    expect(namesOf(te, actorId('Lim Soo-suk'))).toEqual(
      expect.arrayContaining(['లిమ్ సూ-సుక్', 'లిమ్']),
    );
    expect(namesOf(te, actorId('Lee Do-hoon'))).toEqual(expect.arrayContaining(['లీ డో-హూన్', 'లీ']));
  });

  it('give Zakharova and Rudenko one id in both articles, with each spelling seen', () => {
    for (const [name, teluguSpellings] of [
      ['Maria Zakharova', ['మరియా జఖరోవా', 'జఖరోవా', 'జఖారోవా']],
      ['Andrey Rudenko', ['ఆండ్రీ రుడెంకో', 'రుడెంకో']],
    ] as const) {
      const inTe = te.actors.find((a) => a.id === actorId(name));
      const inEn = en.actors.find((a) => a.id === actorId(name));
      expect(inTe, name).toBeDefined();
      expect(inEn, name).toBeDefined();
      expect(inTe?.name).toBe(inEn?.name);
      expect(inTe?.role).toBe(inEn?.role);
      expect(inTe?.affiliations).toEqual(inEn?.affiliations);
      expect(inTe?.aliases).toEqual(expect.arrayContaining([...teluguSpellings]));
    }
    expect(namesOf(en, actorId('Andrey Rudenko'))).toContain('Rudenko');
  });
});

describe('statements', () => {
  const cases = bundles.flatMap((b) => b.statements.map((s) => [s.id, b, s] as const));

  it.each(cases)('%s quotes its evidence', (_id, b, s) => {
    const evidence = slice(b, s.evidence);
    expect(evidence).toContain(s.text);
    expect(s.lang).toBe(b.article.lang);
    if (b.article.lang !== 'en') expect(s.summaryEn).toBeTruthy();
    // Direct speech is exactly the words inside quotation marks; reported speech is not.
    const at = evidence.indexOf(s.text);
    const quoted = evidence[at - 1] === '"' && /^[,.]?"/u.test(evidence.slice(at + s.text.length));
    expect(quoted, 'direct ⇔ text is a whole quotation').toBe(s.direct);
  });

  it.each(cases)('%s starts and ends at word boundaries', (_id, b, s) => {
    expect(wordBoundaries(b.article.text, s.evidence)).toEqual({ start: true, end: true });
    expect(s.text.trim()).toBe(s.text);
  });

  it.each(cases)('%s names its speaker in the evidence', (id, b, s) => {
    const evidence = slice(b, s.evidence);
    const pronoun = PRONOUN_SUBJECTS[id];
    if (pronoun === undefined) {
      expect(s.speakers.some((p) => names(b, p, evidence))).toBe(true);
      return;
    }
    expect(evidence).toContain(pronoun);
    expect(s.speakers.some((p) => names(b, p, evidence))).toBe(false); // keep the list honest
    const context = sentencesBefore(b.article.text, s.evidence.start, PRONOUN_REACH).join(' ');
    for (const p of s.speakers) expect(names(b, p, context), p).toBe(true);
  });

  it('answer only statements that exist', () => {
    const ids = new Set(allStatements.map((s) => s.id));
    for (const s of allStatements) for (const r of s.respondsTo) expect(ids, s.id).toContain(r);
  });

  it("chain Chang Ho-jin's remarks → Zakharova's warning → Lim's warning", () => {
    const chang = statement(te, 'chang-kyiv-arms');
    const zakharova = statement(te, 'zakharova-warning');
    const lim = statement(te, 'lim-warning');
    expect(chang.speakers).toEqual([actorId('Chang Ho-jin')]);
    expect(zakharova.speakers).toEqual([actorId('Maria Zakharova')]);
    expect(zakharova.addressees).toEqual(['institution:south-korea']);
    expect(zakharova.respondsTo).toEqual([chang.id]);
    expect(lim.speakers).toEqual([actorId('Lim Soo-suk')]);
    expect(lim.addressees).toEqual(['institution:russia']);
    expect(lim.direct).toBe(true);
    expect(lim.text).toContain('హెచ్చరిస్తున్నాము');
    expect(lim.respondsTo).toEqual([zakharova.id]);
    expect(statement(te, 'lim-hope').respondsTo).toEqual([zakharova.id]);
    expect(chang.respondsTo).toEqual([]);
  });

  it("chain Yoon's remark → Zakharova's criticism → the ministry's protest, and nothing else", () => {
    const yoon = statement(en, 'yoon-irrational-group');
    const zakharova = statement(en, 'zakharova-blatantly-biased');
    const protest = statement(en, 'seoul-ministry-protest');
    expect(yoon.speakers).toEqual([actorId('Yoon Suk Yeol')]);
    expect(zakharova.speakers).toEqual([actorId('Maria Zakharova')]);
    expect(zakharova.respondsTo).toEqual([yoon.id]);
    expect(protest.speakers).toEqual(['institution:south-korean-foreign-ministry']);
    expect(protest.respondsTo).toEqual([zakharova.id]);
    expect(thread(yoon.id)).toEqual(new Set([yoon.id, zakharova.id, protest.id]));
    expect(en.statements.filter((s) => s.speakers.includes(actorId('Yoon Suk Yeol')))).toEqual([
      yoon,
    ]);
  });

  it("chain Putin and Kim Jong-un's announcement → Seoul's concern → Russia's regret", () => {
    const concern = statement(te, 'south-korea-concern');
    expect(concern.respondsTo).toEqual([
      statement(te, 'putin-announces-upgrade').id,
      statement(te, 'kim-jong-un-announces-upgrade').id,
    ]);
    for (const key of ['russia-regret', 'russia-reiterates']) {
      expect(statement(te, key).speakers).toEqual(['institution:russia']);
      expect(statement(te, key).respondsTo).toEqual([concern.id]);
    }
  });

  it('record the ambiguous "Kim" with both candidates', () => {
    const kim = statement(en, 'kim-urges-compliance');
    const both = [actorId('Kim Gunn'), actorId('Kim Hong-kyun')];
    expect(kim.speakers).toEqual(both);
    expect(kim.ambiguity).toMatchObject({ field: 'speaker', candidates: both });
    expect(kim.ambiguity?.note).toMatch(/Kim Gunn.*Kim Hong-kyun/u);
    expect(kim.addressees).toEqual(['institution:russia']);
    for (const s of allStatements)
      if (s.ambiguity) expect([...s.ambiguity.candidates].sort()).toEqual([...s.speakers].sort());
  });

  it('address calls on Moscow to Russia and the quote about Washington to the United States', () => {
    for (const key of ['chung-stern-stance', 'chung-urges-rights'])
      expect(statement(en, key).addressees).toEqual(['institution:russia']);
    expect(statement(en, 'russian-ministry-blames-washington').addressees).toEqual([
      'institution:united-states',
    ]);
    expect(statement(te, 'south-korea-concern').addressees).toEqual(['institution:russia']);
    expect(statement(te, 'lee-emphasis').addressees).toEqual(['institution:russia']);
  });
});

describe('meetings', () => {
  const cases = bundles.flatMap((b) => b.meetings.map((m) => [m.id, b, m] as const));

  it.each(cases)('%s names both sides in its evidence', (_id, b, m) => {
    const evidence = slice(b, m.evidence);
    expect(names(b, m.a, evidence), m.a).toBe(true);
    expect(names(b, m.b, evidence), m.b).toBe(true);
    expect(wordBoundaries(b.article.text, m.evidence)).toEqual({ start: true, end: true });
  });

  it('give Rudenko his four encounters, in Moscow and in Seoul', () => {
    const rudenko = actorId('Andrey Rudenko');
    const encounters = bundles.flatMap((b) =>
      b.meetings
        .filter((m) => m.a === rudenko || m.b === rudenko)
        .map((m) => ({
          other: m.a === rudenko ? m.b : m.a,
          kind: m.kind,
          place: m.place,
          article: b.article.id,
        })),
    );
    expect(encounters).toEqual(
      expect.arrayContaining([
        { other: actorId('Lee Do-hoon'), kind: 'meeting', place: 'Moscow', article: TE },
        { other: actorId('Chung Byung-won'), kind: 'talks', place: 'Seoul', article: EN },
        { other: actorId('Kim Gunn'), kind: 'talks', place: 'Seoul', article: EN },
        { other: actorId('Kim Hong-kyun'), kind: 'talks', place: 'Seoul', article: EN },
      ]),
    );
    expect(encounters).toHaveLength(4);
  });

  it("hold Putin and Kim Jong-un's talks and the summoning of Zinoviev", () => {
    expect(te.meetings).toContainEqual(
      expect.objectContaining({
        a: actorId('Vladimir Putin'),
        b: actorId('Kim Jong-un'),
        kind: 'talks',
        place: 'Pyongyang',
      }),
    );
    expect(en.meetings).toContainEqual(
      expect.objectContaining({
        a: 'institution:south-korean-foreign-ministry',
        b: actorId('Georgy Zinoviev'),
        kind: 'summons',
      }),
    );
  });
});

describe('loadSeedBundles', () => {
  it('resolves its files from the package, not the working directory', () => {
    const cwd = process.cwd();
    try {
      process.chdir(tmpdir());
      expect(loadSeedBundles().map((b) => b.article.id)).toEqual([TE, EN]);
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the file and the path of what is wrong', () => {
    const json: unknown = JSON.parse(
      readFileSync(join(BUNDLES_DIR, SEED_FILES[1].bundleFile), 'utf8'),
    );
    expect(() => parseSeedBundle('x.json', json, () => 'too short')).toThrow(
      /^Invalid seed bundle x\.json: .*statements\.0\.evidence\.end: /u,
    );
    expect(() => parseSeedBundle('x.json', { version: 1, article: {} }, () => 'text')).toThrow(
      'Invalid seed bundle x.json: article.textFile: ',
    );
    expect(() =>
      parseSeedBundle('x.json', json, () => {
        throw new Error('gone');
      }),
    ).toThrow(/x\.json: article\.textFile: .*gone/u);
  });

  it('refuses an article text that no longer matches its bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
    try {
      const bundlesDir = join(dir, 'bundles');
      const articlesDir = join(dir, 'articles');
      cpSync(BUNDLES_DIR, bundlesDir, { recursive: true });
      cpSync(ARTICLES_DIR, articlesDir, { recursive: true });
      const file = join(articlesDir, SEED_FILES[0].textFile);
      writeFileSync(file, readFileSync(file, 'utf8').slice(0, 500));
      expect(() => loadSeedBundles({ bundlesDir, articlesDir })).toThrow(
        /Invalid seed bundle te-seoul-warns-moscow\.json: .*evidence\.end: \d+ is past/u,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
