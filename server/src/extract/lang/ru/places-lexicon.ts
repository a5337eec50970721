import { WORLD_COUNTRIES } from '../../entities/world-countries-data';
import { canonicalStateName } from '../../entities/world-states';
import { normalizeRu } from './tokens';

/* Russian names of states, capitals and places, by nominative, with the gazetteer's English names. */

/** What the maintained country data does not spell: abbreviations and the press's short forms. */
const EXTRA_COUNTRIES: Record<string, string> = {
  рф: 'Russia',
  'российская федерация': 'Russia',
  кндр: 'North Korea',
  'корейская народно-демократическая республика': 'North Korea',
  кнр: 'China',
  'китайская народная республика': 'China',
  сша: 'United States',
  'соединенные штаты': 'United States',
  америка: 'United States',
  'республика корея': 'South Korea',
  рк: 'South Korea',
  великобритания: 'United Kingdom',
  британия: 'United Kingdom',
  беларусь: 'Belarus',
  белоруссия: 'Belarus',
  оаэ: 'United Arab Emirates',
  'объединенные арабские эмираты': 'United Arab Emirates',
  фрг: 'Germany',
  молдавия: 'Moldova',
  киргизия: 'Kyrgyzstan',
  'южная африка': 'South Africa',
  юар: 'South Africa',
};

export const COUNTRY_NAMES: [string, string][] = [
  ...WORLD_COUNTRIES.flatMap((c) => {
    const english = canonicalStateName(c);
    if (!english) return [];
    const rus = c.translations['rus'];
    return rus
      ? [rus.common, rus.official].map((n) => [normalizeRu(n), english] as [string, string])
      : [];
  }),
  ...Object.entries(EXTRA_COUNTRIES),
];

/** Capitals as Russian writes them, by the gazetteer's English name. */
export const CAPITAL_NAMES: [string, string][] = Object.entries({
  москва: 'Moscow',
  сеул: 'Seoul',
  пхеньян: 'Pyongyang',
  пекин: 'Beijing',
  токио: 'Tokyo',
  вашингтон: 'Washington',
  астана: 'Astana',
  киев: 'Kyiv',
  минск: 'Minsk',
  ташкент: 'Tashkent',
  бишкек: 'Bishkek',
  душанбе: 'Dushanbe',
  ашхабад: 'Ashgabat',
  баку: 'Baku',
  ереван: 'Yerevan',
  тбилиси: 'Tbilisi',
  кишинев: 'Chișinău',
  лондон: 'London',
  париж: 'Paris',
  берлин: 'Berlin',
  рим: 'Rome',
  анкара: 'Ankara',
  тегеран: 'Tehran',
  'нью-дели': 'New Delhi',
  исламабад: 'Islamabad',
  ханой: 'Hanoi',
  'улан-батор': 'Ulan Bator',
  бангкок: 'Bangkok',
  джакарта: 'Jakarta',
  каир: 'Cairo',
  'эр-рияд': 'Riyadh',
  дамаск: 'Damascus',
  варшава: 'Warsaw',
  брюссель: 'Brussels',
  оттава: 'Ottawa',
});

/** Cities and regions that are not capitals, for meeting places. */
export const PLACE_NAMES: [string, string][] = Object.entries({
  йоханнесбург: 'Johannesburg',
  вонсан: 'Wonsan',
  владивосток: 'Vladivostok',
  'санкт-петербург': 'Saint Petersburg',
  петербург: 'Saint Petersburg',
  сочи: 'Sochi',
  казань: 'Kazan',
  пусан: 'Busan',
  'нью-йорк': 'New York',
  женева: 'Geneva',
  шанхай: 'Shanghai',
  алматы: 'Almaty',
  'курская область': 'Kursk region',
});

/** Adjectives of states by stem: российский, южнокорейского, китайская. */
export const COUNTRY_ADJECTIVES = new Map(
  Object.entries({
    российск: 'Russia',
    русск: 'Russia',
    южнокорейск: 'South Korea',
    северокорейск: 'North Korea',
    корейск: 'South Korea',
    китайск: 'China',
    японск: 'Japan',
    американск: 'United States',
    казахстанск: 'Kazakhstan',
    казахск: 'Kazakhstan',
    украинск: 'Ukraine',
    белорусск: 'Belarus',
    узбекск: 'Uzbekistan',
    кыргызск: 'Kyrgyzstan',
    таджикск: 'Tajikistan',
    туркменск: 'Turkmenistan',
    азербайджанск: 'Azerbaijan',
    армянск: 'Armenia',
    грузинск: 'Georgia',
    британск: 'United Kingdom',
    немецк: 'Germany',
    германск: 'Germany',
    французск: 'France',
    индийск: 'India',
    пакистанск: 'Pakistan',
    иранск: 'Iran',
    турецк: 'Turkey',
    израильск: 'Israel',
    вьетнамск: 'Vietnam',
    монгольск: 'Mongolia',
  }),
);
