import { describe, expect, it } from 'vitest';
import { extract, nameOf, said } from '../../test-support';

describe('Korean news patterns met on unseen articles', () => {
  it("reads a ministry's spokesperson office as the ministry, after the other side's quotation", () => {
    const x = extract(
      '싱하이밍 주한 중국대사는 "한국은 외부 간섭을 받아서는 안 된다"고 말했다.\n\n' +
        '이에 외교부 대변인실은 입장을 내고 "중국 대사의 발언은 외교적 결례"라고 지적했다.',
    );
    expect(said(x)).toEqual([
      'Xing Haiming: 한국은 외부 간섭을 받아서는 안 된다',
      'South Korean Foreign Ministry: 중국 대사의 발언은 외교적 결례',
    ]);
  });

  it('reads "…"이라고 했다 and "…"고 주장한 바 있다, with no subject inside a clause ending in 대해서는', () => {
    const x = extract(
      '노규덕 외교부 대변인은 "대화의 문은 열려 있다"고 밝혔다.\n\n' +
        '북한이 위협으로 간주한 훈련에 대해서는 "방어적 성격의 연례 훈련"이라고 했다.\n\n' +
        '최선희 북한 외무상은 "미국이 긴장을 고조시키고 있다"고 주장한 바 있다.',
    );
    expect(said(x)).toEqual([
      'Noh Kyu-duk: 대화의 문은 열려 있다',
      'Noh Kyu-duk: 방어적 성격의 연례 훈련',
      'Choe Son-hui: 미국이 긴장을 고조시키고 있다',
    ]);
  });

  it('gives a second speaker after "…고 말했고," a statement of their own', () => {
    const x = extract(
      '박진 외교부 장관은 "북한의 도발은 용납할 수 없다"고 말했고, 왕이 중국 외교부장은 "대화로 해결해야 한다"고 밝혔다.',
    );
    expect(said(x)).toEqual([
      'Park Jin: 북한의 도발은 용납할 수 없다',
      'Wang Yi: 대화로 해결해야 한다',
    ]);
  });

  it('reads a broadcast soundbite "[name/title : …]", and "X이 Y를 만난 만큼" as a meeting', () => {
    const x = extract(
      '[드미트리 페스코프/러시아 크렘린궁 대변인 : "우선 북한은 우리의 가장 가까운 이웃입니다."]\n\n' +
        '서울을 방문한 왕이 중국 외교부장이 조태열 외교부 장관을 만난 만큼 협력이 커질 전망입니다.',
    );
    expect(said(x)).toEqual(['Dmitry Peskov: 우선 북한은 우리의 가장 가까운 이웃입니다.']);
    expect(x.bundle.meetings.map((m) => `${nameOf(x, m.a)} – ${nameOf(x, m.b)}`)).toEqual([
      'Wang Yi – Cho Tae-yul',
    ]);
  });

  it('reads a question "…"고 묻자 and its answer, and a lawmaker titled with their party', () => {
    const x = extract(
      '조현 외교부 장관과 김준형 조국혁신당 의원이 국정감사에 출석했다.\n\n' +
        '이에 김 의원이 "공식적으로 초치했느냐"고 재차 묻자, 조 장관은 "저는 초치했다고 본다"고 답했다.',
    );
    expect(said(x)).toEqual([
      'Kim Joon-hyung: 공식적으로 초치했느냐',
      'Cho Hyun: 저는 초치했다고 본다',
    ]);
  });

  it('spells a final 이 after a sibilant -i (Persian, Arabic names) and elsewhere -y', () => {
    const x = extract(
      '압바스 아락치 이란 외무장관은 "이스라엘이 공격하면 단호히 대응하겠다"고 밝혔다.\n\n' +
        '토미 피곳 국무부 부대변인은 "동맹은 굳건하다"고 말했다.',
    );
    expect(said(x).map((s) => s.split(':')[0])).toEqual(['Apbas Arakchi', 'Tomy Pigot']);
  });
});
