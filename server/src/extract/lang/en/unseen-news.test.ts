import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b)]);

/** Constructions met in real news the rules were not written on (short excerpts). */
describe('English constructions of unseen news', () => {
  it('reads "People’s Republic of China" as China, not the Republic of China inside it', () => {
    const x = extract(
      'Cui Jianchun, the Ambassador of the People’s Republic of China, said ties were strong.',
    );
    const cui = x.bundle.actors.find((a) => a.name === 'Cui Jianchun');
    expect(cui?.affiliations.map((a) => a.institution)).toEqual(['institution:china']);
  });

  it('takes a platform for where a post appeared, never for who spoke', () => {
    const x = extract(
      'Kenyan President Uhuru Kenyatta met envoys. The Ministry of Foreign Affairs on Facebook also said the talks were useful.',
    );
    expect(said(x)).toEqual(['Kenyan Foreign Ministry: the talks were useful']);
  });

  it('leaves an unqualified ministry unattributed when two states could own it', () => {
    const x = extract(
      'Geoffrey Onyeama met the Ambassador of China to Nigeria, Ambassador Cui Jianchun.\n\n' +
        '‘The meeting discussed cooperation between Nigeria and China,’ the Ministry of Foreign Affairs said.',
    );
    expect(said(x)).toEqual([]);
  });

  it('counts the envoy’s own state out of the states that can own an unqualified ministry', () => {
    const x = extract(
      'Chinese Ambassador to the Philippines Huang Xilian met officials in Manila. The Department of Foreign Affairs said the talks were frank.',
    );
    expect(said(x)).toEqual(['Philippine Department of Foreign Affairs: the talks were frank']);
  });

  it('meets the person an apposition names after a role ("received in audience the Ambassador of …, X")', () => {
    const x = extract(
      'Minister of Foreign Affairs Geoffrey Onyeama received in audience the Ambassador of the People’s Republic of China to Nigeria, Ambassador Cui Jianchun, on Tuesday.',
    );
    expect(meetings(x)).toEqual([['Cui Jianchun', 'Geoffrey Onyeama']]);
  });

  it('gives the words of an unnamed spokesperson of a named body to the body', () => {
    const x = extract(
      'Nigeria’s Foreign Office spokesperson has dismissed the report as baseless. The spokesperson said the embassy remained open.',
    );
    expect(said(x)).toEqual([
      'Nigerian Foreign Ministry: Nigeria’s Foreign Office spokesperson has dismissed the report as baseless',
      'Nigerian Foreign Ministry: the embassy remained open',
    ]);
  });

  it('keeps speaking the ministry that spoke, not the one it answered ("the Foreign Office said")', () => {
    const x = extract(
      'Kenya’s foreign ministry rejected the remarks of the Ethiopian Foreign Ministry. In a statement, the foreign ministry said the border was calm.',
    );
    expect(said(x)[1]).toBe('Kenyan Foreign Ministry: the border was calm');
  });

  it('makes a second reporting verb joined by "and" a statement of its own', () => {
    const x = extract(
      'Chilean Foreign Minister Alberto van Klaveren said, “We want dialogue,” and warned that sanctions would follow.',
    );
    expect(said(x)).toEqual([
      'Alberto van Klaveren: We want dialogue',
      'Alberto van Klaveren: warned that sanctions would follow',
    ]);
  });

  it('reads the clause after "stated clearly that"', () => {
    const x = extract(
      'Indonesian Foreign Minister Sugiono stated clearly that Jakarta would not join.',
    );
    expect(said(x)).toEqual(['Sugiono: Jakarta would not join']);
  });

  it('gives the words after "citing X who said that" to X', () => {
    const x = extract(
      'Reuters reported the talks, citing Japanese Deputy Foreign Minister Masataka Okano who said that the mood was constructive.',
    );
    expect(said(x)).toEqual(['Masataka Okano: the mood was constructive']);
  });

  it('reads "called X’s decision a mistake" as naming, and "declared himself president" as an act', () => {
    const x = extract(
      'Opposition leader Edmundo González declared himself president. Brazilian President Luiz Inácio Lula da Silva called González’s move a mistake.',
    );
    expect(said(x)).toEqual([
      'Luiz Inácio Lula da Silva: Brazilian President Luiz Inácio Lula da Silva called González’s move a mistake',
    ]);
  });

  it('keeps the words of a report a body dismissed out of the mouth of the person it names', () => {
    const x = extract(
      'The African Union Commission has dismissed media reports claiming that its chairperson Mahmoud Ali Youssouf has called for sanctions.',
    );
    expect(said(x).map((s) => s.split(':')[0])).toEqual(['African Union Commission']);
  });

  it('meets the parties of "a meeting between X and the government" and of "was summoned to the ministry"', () => {
    expect(
      meetings(
        extract(
          'After a meeting between Israeli Ambassador Gideon Bachar and the Belgian government on Monday, both sides spoke.',
        ),
      ),
    ).toEqual([['Gideon Bachar', 'Belgian Government']]);
    expect(
      meetings(
        extract(
          'Iranian Ambassador Kazem Jalali was summoned to the Dutch Foreign Ministry on Tuesday.',
        ),
      ),
    ).toEqual([['Dutch Foreign Ministry', 'Kazem Jalali']]);
  });

  it('gives a colon quote of an unnamed ministry spokesperson to the ministry', () => {
    const x = extract('A Turkish Foreign Ministry spokesperson said: “We will not accept this.”');
    expect(said(x)).toEqual(['Turkish Foreign Ministry: We will not accept this']);
  });

  it('ends a sentence after "?!”" and keeps reading the next one', () => {
    const x = extract(
      'Mexican President Claudia Sheinbaum said: “Is this respect?!” She added that Mexico would respond.',
    );
    expect(said(x)).toEqual([
      'Claudia Sheinbaum: Is this respect?!',
      'Claudia Sheinbaum: Mexico would respond',
    ]);
  });

  it('takes "the foreign minister of Kenya" for a person of Kenya, never for Kenya itself', () => {
    expect(
      said(extract('The defence secretary of Australia accused Beijing of coercion.')),
    ).toEqual([]);
    expect(
      said(
        extract(
          'Kenyan Foreign Minister Musalia Mudavadi met envoys. The foreign minister of Kenya said the talks failed.',
        ),
      ),
    ).toEqual(['Musalia Mudavadi: the talks failed']);
  });
});
