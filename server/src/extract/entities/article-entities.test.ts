import { describe, expect, it } from 'vitest';
import { ZAKHAROVA } from '../test-support';
import { ArticleEntities } from './article-entities';
import { KnownEntityIndex } from './known-entities';

const KIM_GUNN = { id: 'actor:kim-gunn', kind: 'actor' as const, name: 'Kim Gunn', aliases: [] };
const KIM_HONG_KYUN = {
  id: 'actor:kim-hong-kyun',
  kind: 'actor' as const,
  name: 'Kim Hong-kyun',
  aliases: [],
};

const entities = (...known: ConstructorParameters<typeof KnownEntityIndex>[0]) =>
  new ArticleEntities(new KnownEntityIndex(known));

describe('ArticleEntities', () => {
  it('resolves Telugu spellings of a known Latin name to the known person', () => {
    const e = entities(ZAKHAROVA);
    expect(e.person({ surface: 'మరియా జఖరోవా', latin: 'Mariya Jakharova' })?.ids).toEqual([
      ZAKHAROVA.id,
    ]);
    expect(e.person({ surface: 'జఖారోవా', latin: 'Jakharova' })?.ids).toEqual([ZAKHAROVA.id]);
    expect([...e.get(ZAKHAROVA.id)!.aliases]).toEqual(['మరియా జఖరోవా', 'జఖారోవా']);
  });

  it('never merges two known people and leaves a bare shared surname ambiguous', () => {
    const e = entities(KIM_GUNN, KIM_HONG_KYUN);
    expect(e.person({ surface: 'Kim Gunn', latin: 'Kim Gunn' })?.ids).toEqual([KIM_GUNN.id]);
    expect(e.person({ surface: 'Kim Hong-kyun', latin: 'Kim Hong-kyun' })?.ids).toEqual([
      KIM_HONG_KYUN.id,
    ]);
    const kim = e.person({ surface: 'Kim', latin: 'Kim' });
    expect(kim?.ids).toEqual([KIM_GUNN.id, KIM_HONG_KYUN.id]);
    expect(kim?.confidence).toBeLessThan(0.6);
  });

  it('gives a new person an id from the Latin name, and finds them again by surname', () => {
    const e = entities();
    expect(
      e.person({ surface: 'Lim Soo-suk', latin: 'Lim Soo-suk' }, { allowNew: true })?.ids,
    ).toEqual(['actor:lim-soo-suk']);
    expect(e.person({ surface: 'Lim', latin: 'Lim' })?.ids).toEqual(['actor:lim-soo-suk']);
    expect(e.person({ surface: 'Nobody', latin: 'Nobody' })).toBeUndefined();
  });

  it('turns a title into a role and an affiliation', () => {
    const e = entities();
    const [id] = e.person(
      { surface: 'Andrey Rudenko', latin: 'Andrey Rudenko' },
      { title: { role: 'Deputy Foreign Minister', country: 'Russia' }, allowNew: true },
    )!.ids;
    const rudenko = e.get(id!)!;
    expect(rudenko.role).toBe('Russian Deputy Foreign Minister');
    expect([...rudenko.affiliations]).toEqual([
      ['institution:russian-foreign-ministry', 'Deputy Foreign Minister'],
    ]);
  });
});
