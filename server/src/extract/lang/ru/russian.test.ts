import { describe, expect, it } from 'vitest';
import { compareNames, nameKey } from '../../names/phonetic-key';
import { extract, nameOf, said, ZAKHAROVA } from '../../test-support';
import { russianToLatin } from './to-latin';

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.kind, m.date ?? null]);

describe('Russian statements', () => {
  it('reads a titled speaker in the genitive-free nominative, что-clauses and a known declined name', () => {
    const x = extract(
      'Официальный представитель МИД России Мария Захарова заявила, что Сеул совершает ошибку.\n\n' +
        'Ранее Захарова предупредила Южную Корею о последствиях.',
      {},
      [ZAKHAROVA],
    );
    expect(said(x)).toEqual([
      'Maria Zakharova: Сеул совершает ошибку',
      'Maria Zakharova: Южную Корею о последствиях',
    ]);
    expect(x.bundle.statements[1]!.addressees).toEqual(['institution:south-korea']);
    expect(x.bundle.statements[0]!.summaryEn).toContain('Maria Zakharova');
  });

  it('reads «…», — сказал X, a pronoun by its gender, and "Name: «…»" lines', () => {
    const x = extract(
      'Министр иностранных дел России Сергей Лавров встретился с Марией Захаровой.\n\n' +
        '«Мы готовы к диалогу», — сказал он.\n\nСергей Лавров: «Переговоры продолжатся».',
    );
    expect(said(x)).toEqual([
      'Sergey Lavrov: Мы готовы к диалогу',
      'Sergey Lavrov: Переговоры продолжатся',
    ]);
  });

  it('reads по словам X, the impersonal "в Кремле заявили", and a signature line after a quote', () => {
    const x = extract(
      'Москва, по словам главы МИД Сергея Лаврова, готова к переговорам.\n\n' +
        'В Кремле заявили, что ответ последует.\n\n' +
        'Пресс-секретарь президента Дмитрий Песков отметил, что решение принято.\n\n' +
        '"Мы будем действовать решительно и последовательно"\n\n– Дмитрий Песков',
    );
    expect(said(x)).toEqual([
      'Sergey Lavrov: Москва, по словам главы МИД Сергея Лаврова, готова к переговорам',
      'Kremlin: ответ последует',
      'Dmitry Peskov: решение принято',
      'Dmitry Peskov: Мы будем действовать решительно и последовательно',
    ]);
  });
});

describe('Russian reported words and replies', () => {
  it('reads an adverbial participle ("…, пояснив, что") with the main clause\'s subject', () => {
    const x = extract(
      'Пресс-секретарь президента РФ Дмитрий Песков не стал комментировать сообщения, пояснив, что не имел возможности ознакомиться с ними.',
    );
    expect(said(x)).toEqual(['Dmitry Peskov: не имел возможности ознакомиться с ними']);
  });

  it('gives "слова X о том, что …" to X, not to the one who comments them, and makes the comment a reply', () => {
    const x = extract(
      'Посол России в США Анатолий Антонов прибыл в Вашингтон.\n\n' +
        'Пресс-секретарь президента РФ Дмитрий Песков прокомментировал слова Антонова о том, что ему поступают угрозы.\n\n' +
        '«Я не слышал этих заявлений», — сказал Песков, отвечая на вопрос о словах Антонова.',
    );
    expect(said(x)).toEqual([
      'Anatoly Antonov: ему поступают угрозы',
      'Dmitry Peskov: Я не слышал этих заявлений',
    ]);
    const [answered, answer] = x.bundle.statements;
    expect(answer!.respondsTo).toContain(answered!.id);
  });

  it('answers the words before with "тональность ее заявлений"', () => {
    const x = extract(
      'Официальный представитель МИД России Мария Захарова заявила, что посол вновь объявился в Астане.\n\n' +
        'Официальный представитель МИД Казахстана Айбек Смадияров пояснил, что тональность ее заявлений неуместна.',
      {},
      [ZAKHAROVA],
    );
    const [answered, answer] = x.bundle.statements;
    expect(answer!.respondsTo).toContain(answered!.id);
  });
});

describe('Russian meetings', () => {
  it('finds встретился с, a summons into the ministry, a phone call and the weekday', () => {
    const x = extract(
      'Заместитель министра иностранных дел России Андрей Руденко в среду встретился с послом Республики Корея Ли До Хуном.\n\n' +
        'Посла Японии Мураками Таро вызвали в МИД России.\n\n' +
        'Президент России Владимир Путин провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым.',
      { publishedAt: '2024-02-16' },
    );
    expect(meetings(x)).toEqual([
      ['Andrey Rudenko', 'Lee Do Hun', 'meeting', '2024-02-14'],
      ['Russian Foreign Ministry', 'Murakami Taro', 'summons', null],
      ['Vladimir Putin', 'Kasym-Zhomart Tokayev', 'phone', null],
    ]);
  });
});

describe('Russian names', () => {
  it('spells Cyrillic names as wire copy does, Korean and Chinese names back towards their own', () => {
    expect(russianToLatin('Мария Захарова')).toBe('Maria Zakharova');
    expect(russianToLatin('Алексей Бородавкин')).toBe('Alexey Borodavkin');
    expect(russianToLatin('Дмитрий Песков')).toBe('Dmitry Peskov');
    expect(russianToLatin('Цой Сон Хи')).toBe('Choe Son Hui');
    expect(russianToLatin('Ван И')).toBe('Wang Yi');
    expect(russianToLatin('Си Цзиньпин')).toBe('Xi Jinping');
  });

  it.each([
    ['Захарова', 'Zakharova'],
    ['Андрей Руденко', 'Andrey Rudenko'],
    ['Ли До Хун', 'Lee Do-hoon'],
    ['Юн Сок Ель', 'Yoon Suk Yeol'],
    ['Сергей Лавров', 'Sergey Lavrov'],
  ])('matches %s with %s', (cyrillic, latin) => {
    expect(compareNames(nameKey(russianToLatin(cyrillic)), nameKey(latin))).not.toBe('different');
  });

  it('merges declined forms of one person', () => {
    const x = extract(
      'Посол России Алексей Бородавкин заявил, что диалог продолжится.\n\n' +
        'Позже с Алексеем Бородавкиным встретился министр Казахстана Мурат Нуртлеу.',
    );
    expect(x.bundle.actors.map((a) => a.name).sort()).toEqual([
      'Alexey Borodavkin',
      'Murat Nurtleu',
    ]);
  });
});

describe('Russian titles and summonses of any state', () => {
  it('knows any state by its adjective and its genitive, drops "господин", and reads "вызвало посла в <city> X"', () => {
    const x = extract(
      'Министерство иностранных дел Словакии вызвало российского посла в Братиславе Алексея Федотова. ' +
        'Глава МИД Турции Хакан Фидан заявил, что переговоры продолжатся. ' +
        'Господин Фидан добавил, что Анкара готова помочь. ' +
        'Министр иностранных дел России Сергей Лавров заявил об этом после переговоров с эфиопским коллегой Гедионом Тимотевосом.',
    );
    expect(said(x)).toEqual([
      'Khakan Fidan: переговоры продолжатся',
      'Khakan Fidan: Анкара готова помочь',
    ]);
    expect(
      x.bundle.meetings.map((m) => `${nameOf(x, m.a)} – ${nameOf(x, m.b)} (${m.kind})`),
    ).toEqual([
      'Slovak Foreign Ministry – Alexey Fedotov (summons)',
      'Sergey Lavrov – Gedion Timotevos (meeting)',
    ]);
  });
});

describe('Russian pronouns after a sentence about someone', () => {
  it('takes "он" for the subject of the sentence before, not the last person it named', () => {
    const x = extract(
      'Глава МИД Турции Хакан Фидан провел разговор со спецпредставителем президента США Стивеном Уиткоффом. ' +
        'Об этом рассказал он сам на пресс-конференции с иранским коллегой Аббасом Аракчи.',
    );
    expect(said(x).map((s) => s.split(':')[0])).toEqual(['Khakan Fidan']);
  });
});

describe('Russian "по его словам"', () => {
  it('gives "По его словам, …" to the one he stands for, its words after the frame', () => {
    const x = extract(
      'Мария Захарова заявила, что это провокация. По ее словам, Москва ответит на любые шаги.',
    );
    expect(said(x)).toEqual([
      'Maria Zakharova: это провокация',
      'Maria Zakharova: Москва ответит на любые шаги',
    ]);
  });
});
