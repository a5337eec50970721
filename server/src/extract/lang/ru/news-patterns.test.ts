import { describe, expect, it } from 'vitest';
import { extract, nameOf, said, ZAKHAROVA } from '../../test-support';
import { russianToLatin } from './to-latin';

const meetings = (x: ReturnType<typeof extract>) =>
  x.bundle.meetings.map((m) => [nameOf(x, m.a), nameOf(x, m.b), m.kind]);

describe('Russian news patterns met on unseen articles', () => {
  it('reads no state or name into a sentence-opening adverb ("Кроме того", "Позднее")', () => {
    const x = extract(
      'Глава МИД России Сергей Лавров заявил, что Запад обостряет отношения.\n\n' +
        'Кроме того, Лавров подчеркнул: Москва открыта для диалога.\n\n' +
        'Позднее Захарова выразила поддержку позиции министра.',
      {},
      [ZAKHAROVA],
    );
    expect(said(x)).toEqual([
      'Sergey Lavrov: Запад обостряет отношения',
      'Sergey Lavrov: Москва открыта для диалога',
      'Maria Zakharova: поддержку позиции министра',
    ]);
    expect(x.bundle.institutions.map((i) => i.name)).not.toContain('Togo');
  });

  it('reads the reported clause before "…, заявил" and a chained title after it', () => {
    const x = extract(
      'Действия Токио подрывают доверие между странами, заявил заместитель министра иностранных дел России Михаил Галузин журналистам.',
    );
    expect(said(x)).toEqual(['Mikhail Galuzin: Действия Токио подрывают доверие между странами']);
  });

  it('finds every partner of "провел переговоры с A, B и C" and an active singular summons', () => {
    const x = extract(
      'Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Китая Ван И, министром иностранных дел Индии Субраманьямом Джайшанкаром и министром Ирана Аббасом Аракчи.\n\n' +
        'МИД Японии вызвал посла России Николая Ноздрева.',
    );
    expect(meetings(x)).toEqual([
      ['Sergey Lavrov', 'Wang Yi', 'meeting'],
      ['Sergey Lavrov', 'Subramanyam Jayshankar', 'meeting'],
      ['Sergey Lavrov', 'Abbas Arakchi', 'meeting'],
      ['Japanese Foreign Ministry', 'Nikolay Nozdrev', 'summons'],
    ]);
  });

  it('reads a post ("— написала она в Telegram-канале") and a proposal with its content', () => {
    const x = extract(
      '«Это провокация», — написала Захарова в своем Telegram-канале.\n\n' +
        'Захарова также предложила Вашингтону объяснить свои действия.',
      {},
      [ZAKHAROVA],
    );
    expect(said(x)).toEqual([
      'Maria Zakharova: Это провокация',
      'Maria Zakharova: Вашингтону объяснить свои действия',
    ]);
  });

  it('gives a first-person meeting inside a quote to the one quoted', () => {
    const x = extract(
      '«Вчера мы провели переговоры с министром иностранных дел Индии Субраманьямом Джайшанкаром», — сказал глава МИД России Сергей Лавров.',
    );
    expect(meetings(x)).toEqual([['Sergey Lavrov', 'Subramanyam Jayshankar', 'meeting']]);
  });

  it('reads "Он" as the person who came up after the speaker, and as the speaker while they stay', () => {
    const x = extract(
      'Заместитель министра иностранных дел России Андрей Руденко заявил, что диалог возможен.\n\n' +
        'Речь идет о выступлении президента Казахстана Касым-Жомарта Токаева.\n\n' +
        'Он заявил, что Астана готова к переговорам.\n\n' +
        'Министр иностранных дел России Сергей Лавров заявил, что Москва открыта.\n\n' +
        'Затем Лавров встретился с главой МИД Китая Ван И.\n\n' +
        'Он добавил, что контакты продолжатся.',
    );
    expect(said(x)).toEqual([
      'Andrey Rudenko: диалог возможен',
      'Kasym-Zhomart Tokayev: Астана готова к переговорам',
      'Sergey Lavrov: Москва открыта',
      'Sergey Lavrov: контакты продолжатся',
    ]);
  });

  it('spells Дж as the J of foreign names', () => {
    expect(russianToLatin('Джон Салливан')).toBe('Jon Sallivan');
    expect(russianToLatin('Джавад Зариф')).toBe('Javad Zarif');
  });
});
