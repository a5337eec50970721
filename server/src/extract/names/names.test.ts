import { describe, expect, it } from 'vitest';
import { compareNames, nameKey } from './phonetic-key';
import { teluguToLatin } from '../lang/te/to-latin';

const compare = (a: string, b: string) => compareNames(nameKey(a), nameKey(b));
const acrossScripts = (telugu: string, latin: string) => compare(teluguToLatin(telugu), latin);

describe('teluguToLatin', () => {
  it('spells Telugu names in plain Latin letters', () => {
    expect(teluguToLatin('లిమ్ సూ-సుక్')).toBe('Lim Su-suk');
    expect(teluguToLatin('చాంగ్ హో-జిన్')).toBe('Chang Ho-jin');
    expect(teluguToLatin('ఎస్. జైశంకర్')).toBe('S. Jaishankar');
    expect(teluguToLatin('జెలెన్‌స్కీ')).toBe('Jelenski');
  });
});

describe('compareNames', () => {
  it.each([
    ['మరియా జఖరోవా', 'Maria Zakharova'],
    ['జఖారోవా', 'Zakharova'],
    ['ఆండ్రీ రుడెంకో', 'Andrey Rudenko'],
    ['లీ డో-హూన్', 'Lee Do-hoon'],
    ['లిమ్ సూ-సుక్', 'Lim Soo-suk'],
    ['కిమ్ జోంగ్-ఉన్', 'Kim Jong Un'],
    ['సెర్గీ లావ్రోవ్', 'Sergey Lavrov'],
    ['వాంగ్ యి', 'Wang Yi'],
    ['షి జిన్‌పింగ్', 'Xi Jinping'],
    ['వొలొదిమిర్ జెలెన్‌స్కీ', 'Volodymyr Zelensky'],
    ['రణ్‌ధీర్ జైస్వాల్', 'Randhir Jaiswal'],
    ['కిమ్ గన్', 'Kim Gunn'],
  ])('matches %s with %s', (telugu, latin) => {
    expect(acrossScripts(telugu, latin)).not.toBe('different');
  });

  it('keeps different people apart', () => {
    expect(compare('Kim Gunn', 'Kim Hong-kyun')).toBe('different');
    expect(compare('Kim Jong-un', 'Kim Yo-jong')).toBe('different');
    expect(compare('Wang Yi', 'Wang Wenbin')).toBe('different');
    expect(compare('Lee Do-hoon', 'Lim Soo-suk')).toBe('different');
  });
});
