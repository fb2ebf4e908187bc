import { describe, expect, it } from 'vitest';
import { displayRound, hasNumberData, localeFormat, translator } from '../../packages/analysis/src/index.js';

// Numbers as each language writes them: Intl's marks and CLDR's words for thousand, million, billion,
// nouns in the plural form of the number shown.
const format = (locale: 'en' | 'ru' | 'kk' | 'uz') => localeFormat(translator(locale));
const NBSP = /[\u00a0\u202f]/g;
const plain = (s: string) => s.replace(NBSP, ' ');

describe('locale formats', () => {
  it('group digits and mark decimals as each locale does', () => {
    expect(format('en').number(1234567.891)).toBe('1,234,567.89');
    expect(plain(format('ru').number(1234567.891))).toBe('1 234 567,89');
    expect(plain(format('kk').number(1234567.891))).toBe('1 234 567,89');
    expect(plain(format('uz').number(1234567.891))).toBe('1 234 567,89');
  });

  it('say thousand, million and billion in words, with case agreement', () => {
    expect(format('en').human(480e6)).toBe('480 million');
    expect(plain(format('ru').human(1.234e9))).toBe('1,23 миллиарда');
    expect(plain(format('ru').human(480e6))).toBe('480 миллионов');
    expect(plain(format('kk').human(12_300))).toBe('12,3 мың');
    expect(plain(format('uz').human(2e6))).toBe('2 million');
    expect(format('en').human(950)).toBe('950');
  });

  it('put counted nouns in the plural form of the number shown (Russian: one, few, many, other)', () => {
    const ru = format('ru');
    expect(plain(ru.parameterValue('uz_in_kz.naturalization_wait_years', 1))).toBe('1 год');
    expect(plain(ru.parameterValue('uz_in_kz.naturalization_wait_years', 3))).toBe('3 года');
    expect(plain(ru.parameterValue('uz_in_kz.naturalization_wait_years', 5))).toBe('5 лет');
    expect(plain(ru.parameterValue('uz_in_kz.naturalization_wait_years', 2.5))).toBe('2,5 года');
    expect(plain(ru.indicatorValue('uz_in_kz.population', 21_000_000))).toBe('21 миллион человек');
    expect(format('en').parameterValue('uz_in_kz.naturalization_wait_years', 1)).toBe('1 year');
    expect(format('en').indicatorValue('uz_in_kz.population', 614_000)).toBe('614 thousand people');
  });

  it('write percentage points in words with their plural', () => {
    expect(format('en').percentagePoints(1)).toBe('1 percentage point');
    expect(format('en').percentagePoints(2.14)).toBe('2.1 percentage points');
    expect(plain(format('ru').percentagePoints(1))).toBe('1 процентный пункт');
    expect(plain(format('ru').percentagePoints(3))).toBe('3 процентных пункта');
    expect(plain(format('ru').percentagePoints(5))).toBe('5 процентных пунктов');
    expect(plain(format('ru').percentagePoints(2.1))).toBe('2,1 процентного пункта');
  });

  it('round changes as displayed: whole numbers from 10, two significant digits below, never to zero', () => {
    expect([35.4, 9.87, 0.0123, -3.14, 0].map(displayRound)).toEqual([35, 9.9, 0.012, -3.1, 0]);
    expect(format('en').percentChange(0.354)).toBe('35%');
    expect(format('en').percentChange(-0.0314, true)).toBe('-3.1%');
    expect(plain(format('ru').percentChange(0.354))).toBe('35 %');
  });

  it('money per year and dates in the locale', () => {
    expect(format('en').indicatorValue('uz_in_kz.remittances_formal_usd', 480e6)).toBe('480 million USD per year');
    expect(format('en').date(new Date(Date.UTC(2026, 11, 3)))).toBe('3 December 2026');
    expect(plain(format('ru').date(new Date(Date.UTC(2026, 11, 3))))).toBe('3 декабря 2026 г.');
  });

  it('write Kazakh and Uzbek numbers the Russian way where Intl has no data for them (Chromium), with their own words', () => {
    // Node has the data; Chromium formats both as ICU's root, which hasNumberData tells apart.
    expect(hasNumberData('kk-KZ')).toBe(true);
    expect(hasNumberData('ru-RU')).toBe(true);
    const kk = localeFormat(translator('kk'), { numberData: false });
    const uz = localeFormat(translator('uz'), { numberData: false });
    expect(plain(kk.human(12_300))).toBe('12,3 мың');
    expect(plain(kk.human(4.61e9))).toBe('4,61 млрд');
    expect(plain(uz.human(2e6))).toBe('2 mln');
    expect(plain(uz.number(1234567.891))).toBe('1 234 567,89');
    expect(plain(kk.percentChange(0.045))).toBe('4,5 %');
    expect(plain(kk.indicatorValue('uz_in_kz.remittances_formal_usd', 480e6))).toBe('жылына 480 млн АҚШ доллары');
    expect(kk.date(new Date(Date.UTC(2026, 11, 3)))).toBe('03.12.2026');
    // With the data, as before; English and Russian never fall back.
    expect(plain(localeFormat(translator('kk'), { numberData: true }).human(4.61e9))).toBe('4,61 миллиард');
    expect(localeFormat(translator('en'), { numberData: false }).human(480e6)).toBe('480 million');
  });
});
