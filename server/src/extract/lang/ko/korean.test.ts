import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../entities/known-entities';
import { detectLanguage } from '../../language/detect-language';
import { extract, nameOf, said, ZAKHAROVA } from '../../test-support';
import { hangulToLatin, nameToLatin } from './to-latin';

const LIM: KnownEntity = {
  id: 'actor:lim-soo-suk',
  kind: 'actor',
  name: 'Lim Soo-suk',
  aliases: [],
  role: 'South Korean Foreign Ministry spokesperson',
};
const RUDENKO: KnownEntity = {
  id: 'actor:andrey-rudenko',
  kind: 'actor',
  name: 'Andrey Rudenko',
  aliases: [],
  role: 'Russian Deputy Foreign Minister',
};
const LAVROV: KnownEntity = {
  id: 'actor:sergey-lavrov',
  kind: 'actor',
  name: 'Sergey Lavrov',
  aliases: [],
  role: 'Russian Foreign Minister',
};

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.kind, m.date ?? null]);
const addressees = (x: ReturnType<typeof extract>) =>
  x.bundle.statements.map((s) => s.addressees.map((id) => nameOf(x, id)));

describe('Korean statements', () => {
  it('reads a titled speaker with 은/는, a quote closed by 라고 and a speech verb, and 에게 for the addressee', () => {
    const x = extract(
      '임수석 외교부 대변인은 20일 정례브리핑에서 러시아 측에게 "도발을 즉각 중단하라"고 촉구했다.',
      { publishedAt: '2024-06-21' },
      [LIM],
    );
    expect(said(x)).toEqual(['Lim Soo-suk: 도발을 즉각 중단하라']);
    expect(addressees(x)).toEqual([['Russia']]);
    expect(x.bundle.statements[0]!.summaryEn).toContain('Lim Soo-suk');
  });

  it('carries the speaker into a sentence opened by 또 or 이어, and reads ~다고 reported speech', () => {
    const x = extract(
      '조태열 외교부 장관은 양국 관계를 안정적으로 관리해야 한다고 말했다.\n\n' +
        '이어 "대화의 문은 열려 있다"며 북한의 호응을 촉구했다.\n\n' +
        '또, 한국은 어느 편에도 서지 않는다고 강조했다.',
    );
    expect(x.bundle.statements.map((s) => nameOf(x, s.speakers[0]!))).toEqual([
      'Cho Tae-yul',
      'Cho Tae-yul',
      'Cho Tae-yul',
    ]);
    expect(x.bundle.statements.map((s) => s.direct)).toEqual([false, true, false]);
  });

  it('gives a report "…고 X가 밝혔다" to X, an unnamed official to the ministry, and a family name with a title to the person named before', () => {
    const x = extract(
      '한반도 정세가 우려스럽다고 러시아 외무부가 밝혔다.\n\n' +
        '외교부 당국자는 "유감스럽다"고 말했다.\n\n' +
        '안드레이 루덴코 러시아 외무부 차관은 회담을 했다.\n\n' +
        '루덴코 차관은 "대화를 이어가겠다"고 덧붙였다.',
    );
    expect(x.bundle.statements.map((s) => nameOf(x, s.speakers[0]!))).toEqual([
      'Russian Foreign Ministry',
      'South Korean Foreign Ministry',
      'Andrey Rudenko',
    ]);
  });

  it('gives "X는 …했다고 외교부가 전했다" to the person the ministry relays, and "…한 것으로 전했다" too', () => {
    const x = extract(
      '게오르기 지노비예프 주한러시아대사는 입장을 들었으며 본국에 보고하겠다고 했다고 외교부가 전했다.\n\n' +
        '이에 대해 루덴코 차관은 대화가 필요하다고 언급한 것으로 외교부는 전했습니다.',
      {},
      [RUDENKO],
    );
    const speakers = x.bundle.statements.map((s) => nameOf(x, s.speakers[0]!));
    expect(speakers[0]).toMatch(/^Georgy Zino/);
    expect(speakers[1]).toBe('Andrey Rudenko');
  });

  it('reads a ministry fused with the title (외무차관) and a gloss in parentheses before the particle', () => {
    const x = extract(
      '세르게이 랴브코프 러시아 외무차관은 대화가 필요하다고 밝혔다.\n\n' +
        '조태열 외교부 장관은 마자오쉬 중국 외교부 상무부부장(차관)과 만났습니다.',
    );
    expect(x.bundle.statements.map((s) => nameOf(x, s.speakers[0]!))).toHaveLength(1);
    const speaker = x.bundle.actors.find((a) => a.id === x.bundle.statements[0]!.speakers[0]);
    expect(speaker?.role).toMatch(/Vice Foreign Minister$/);
    expect(meetings(x)).toEqual([['Cho Tae-yul', 'Ma Zhaoxu', 'meeting', null]]);
  });

  it('takes no verb form before a title for a name ("발언에 대한 러시아 외교부 대변인", "회담을 하고 영국 외교부 장관과")', () => {
    const x = extract(
      '정병원 외교부 차관보는 윤 대통령 발언에 대한 러시아 외교부 대변인의 언급에 대해 항의했다.\n\n' +
        '조 차관보는 약식 회담을 하고 영국 외교부 장관과는 만찬에 동석했다.',
    );
    expect(x.bundle.actors.map((a) => a.name)).toEqual(['Chung Byung-won']);
  });

  it('answers "X의 설명에 사의를 표하고" with a reply to what X said', () => {
    const x = extract(
      '조태열 외교부 장관은 "방중이 의의가 있다"고 설명했습니다.\n\n' +
        '토니 블링컨 미국 국무장관은 조 장관의 설명에 사의를 표했습니다.',
    );
    const [answered, answer] = x.bundle.statements;
    expect(answer!.respondsTo).toContain(answered!.id);
  });

  it('answers "X의 발언에 대해" with a reply to what X said', () => {
    const x = extract(
      '외교부는 자하로바 대변인의 발언에 대해 "부적절하다"며 유감을 표명했다.\n\n' +
        '앞서 마리야 자하로바 러시아 외무부 대변인은 "한국이 긴장을 높이고 있다"고 주장했다.',
      {},
      [ZAKHAROVA],
    );
    expect(said(x)).toEqual([
      'South Korean Foreign Ministry: 부적절하다',
      'Maria Zakharova: 한국이 긴장을 높이고 있다',
    ]);
    const [answer, answered] = x.bundle.statements;
    expect(answer!.respondsTo).toContain(answered!.id);
  });
});

describe('Korean meetings', () => {
  it('finds 회담을 가졌다 with 와/과, 만나 with a list of partners, 초치했다, and the day of the month', () => {
    const x = extract(
      '박진 외교부 장관은 지난 13일 왕이 중국 외교부장과 회담을 가졌다.\n\n' +
        '루덴코 차관은 장호진 국가안보실장, 김건 본부장 등을 만나 현안을 논의했다.\n\n' +
        '외교부는 게오르기 지노비예프 주한 러시아대사를 초치했다.',
      { publishedAt: '2024-02-15' },
      [RUDENKO],
    );
    expect(meetings(x)).toEqual([
      ['Park Jin', 'Wang Yi', 'meeting', '2024-02-13'],
      ['Andrey Rudenko', 'Chang Ho-jin', 'meeting', null],
      ['Andrey Rudenko', 'Kim Kun', 'meeting', null],
      ['South Korean Foreign Ministry', 'Georgy Zinobiyev', 'summons', null],
    ]);
  });

  it('pairs each visitor of a joint courtesy call with the host, not the host’s own minister', () => {
    const x = extract(
      '조태열 장관은 이와야 다케시 일본 외무상, 왕이 중국 외교부장과 함께 이시바 시게루 일본 총리를 합동으로 예방했다.',
    );
    expect(meetings(x)).toEqual([
      ['Cho Tae-yul', 'Shigeru Ishiba', 'courtesy-call', null],
      ['Wang Yi', 'Shigeru Ishiba', 'courtesy-call', null],
    ]);
  });
});

describe('Korean names across scripts', () => {
  it('spells Korean names as the English press does, North Korean, Chinese and Japanese ones by their own habits', () => {
    expect(hangulToLatin(['임수석'], 'south')).toBe('Lim Soo-suk');
    expect(hangulToLatin(['김홍균'], 'south')).toBe('Kim Hong-kyun');
    expect(hangulToLatin(['김여정'], 'north')).toBe('Kim Yo-jong');
    expect(hangulToLatin(['싱하이밍'], 'chinese')).toBe('Xing Haiming');
    expect(hangulToLatin(['이와야', '다케시'], 'japanese')).toBe('Takeshi Iwaya');
    expect(hangulToLatin(['자하로바'], 'foreign')).toBe('Zakharova');
    expect(nameToLatin(['라브로프'], 'foreign')).toContain('Lavrov');
  });

  it('merges 자하로바, 임수석 and 루덴코 with the Latin-named known people', () => {
    const x = extract(
      '자하로바 대변인은 "서울의 결정은 실수"라고 말했다.\n\n' +
        '임수석 대변인은 "러시아의 주장은 사실이 아니다"라고 반박했다.\n\n' +
        '루덴코 차관은 "협력을 계속하겠다"고 밝혔다.',
      {},
      [ZAKHAROVA, LIM, RUDENKO, LAVROV],
    );
    expect(x.bundle.statements.map((s) => s.speakers)).toEqual([
      ['actor:maria-zakharova'],
      ['actor:lim-soo-suk'],
      ['actor:andrey-rudenko'],
    ]);
  });

  it('never merges a Hangul name with a different known person', () => {
    const x = extract('라브로프 장관은 "협상은 계속된다"고 말했다.', {}, [ZAKHAROVA, LAVROV]);
    expect(x.bundle.statements.map((s) => s.speakers)).toEqual([['actor:sergey-lavrov']]);
  });
});

describe('Korean detection', () => {
  it('reads Hangul as Korean, Latin names inside it notwithstanding', () => {
    expect(
      detectLanguage('외교부는 19일 NATO와 UN에 "유감"을 표명했다.', ['en', 'te', 'ru', 'ko']),
    ).toBe('ko');
  });
});
