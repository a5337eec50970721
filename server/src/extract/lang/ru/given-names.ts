/**
 * Common given names by gender (nominative, lower case, ё as е). They tell a first name from a
 * declined word and decide the case of the surname beside it: "Сергея Лаврова" is Sergey Lavrov.
 */
const MALE =
  'александр алексей анатолий андрей антон аркадий артем борис вадим валентин валерий василий виктор виталий владимир владислав вячеслав геннадий георгий григорий даниил денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим марат михаил никита николай олег павел петр роман руслан сергей станислав степан тимур федор юрий ярослав мурат нурсултан касым-жомарт кассым-жомарт абдулла рамзан мухаммед ильхам шавкат эмомали садыр сердар никол ираклий'.split(
    ' ',
  );
const FEMALE =
  'александра алина алла анастасия анна валентина вероника виктория галина дарья екатерина елена елизавета ирина людмила марина мария наталья наталия нина оксана ольга светлана софья татьяна юлия ксения лариса маргарита'.split(
    ' ',
  );

const GENDER = new Map<string, 'm' | 'f'>([
  ...MALE.map((n) => [n, 'm'] as const),
  ...FEMALE.map((n) => [n, 'f'] as const),
]);

/** Every given name of the lexicon, nominative, lower case. */
export const GIVEN_NAMES: readonly string[] = [...MALE, ...FEMALE];

export const givenNameGender = (stem: string): 'm' | 'f' | undefined => GENDER.get(stem);
