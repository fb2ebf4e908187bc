import { afterEach, describe, expect, it } from 'vitest';
import { findParameter } from '../../packages/engine/src/index.js';
import { axisFor, formatChange, formatRelative, formatValue, humanNumber } from '../../packages/ui/src/lib/format.js';
import { setLanguage } from '../../packages/ui/src/lib/language.js';
import { formatParameter } from '../../packages/ui/src/lib/parameters.js';

// The lab's numbers in each language: Intl's marks for the locale, the lab catalog's magnitude and unit
// words; English exactly as before languages came.
afterEach(() => setLanguage('en'));

describe('the lab’s number formats', () => {
  it('English keeps its forms', () => {
    expect(humanNumber(4.61e9)).toBe('4.61 billion');
    expect(formatValue(588e6, 'USD per year')).toBe('USD 588 million a year');
    expect(formatChange(-0.021, 'share of settled adults')).toBe('−2.1 pp');
    expect(formatValue(0.621, 'share of settled adults')).toBe('62.1%');
    expect(formatValue(12_345, 'persons')).toBe('12.3 thousand people');
    expect(formatRelative(35, 100, 'USD per year')).toBe('+35%');
    expect(axisFor(0, 5e9, 'USD per year', false).label).toBe('USD billion a year');
  });

  it('Russian: decimal comma, spaces between thousands, «млрд», «долл. США», «п. п.»', () => {
    setLanguage('ru');
    expect(humanNumber(4.61e9)).toBe('4,61 млрд');
    expect(formatValue(588e6, 'USD per year')).toBe('588 млн долл. США в год');
    expect(formatChange(1.2e6, 'USD per year')).toBe('+1,2 млн долл. США в год');
    expect(formatChange(-0.021, 'share of settled adults')).toBe('−2,1 п. п.');
    expect(formatValue(0.621, 'share of settled adults')).toBe('62,1\u00a0%');
    expect(formatValue(12_345, 'persons')).toBe('12,3 тыс. чел.');
    expect(formatValue(2_500, 'persons').replace(/\s/g, ' ')).toBe('2 500 чел.');
    expect(axisFor(0, 5e9, 'USD per year', false).label).toBe('млрд долл. США в год');
    const seats = findParameter('uz_in_kz.language_course_seats')?.definition;
    if (!seats) throw new Error('lever missing');
    expect(formatParameter(1.5, seats)).toMatch(/^1,5 мест/);
  });

  it('Kazakh and Uzbek: their magnitude words and money', () => {
    setLanguage('kk');
    expect(formatValue(588e6, 'USD per year')).toBe('жылына 588 млн АҚШ доллары');
    setLanguage('uz');
    expect(formatValue(4.61e9, 'USD per year')).toBe('yiliga 4,61 mlrd AQSh dollari');
    expect(humanNumber(12_345)).toBe('12,3 ming');
  });
});
