import { parseNumber, pluralize, withUnit } from '../../../static/project-page/src/format';

describe('parseNumber', () => {
  it.each<[string, number | undefined]>([
    ['42', 42],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['  7  ', 7],
    ['-3', -3],
    ['\u22123', -3],
    ['1e-7', 1e-7],
    ['1,000', 1000],
    ['12,500.5', 12500.5],
    ['1,000,000', 1000000],
    ['1 000', 1000],
    ['1\u00a0000', 1000],
    ['1 000,5', 1000.5],
    ['-1,000', -1000],
    ['1,5', 1.5],
    ['1,50', 1.5],
    ['1234,5', 1234.5],
    ['0,0001', 0.0001],
    ['', undefined],
    ['   ', undefined],
    ['abc', undefined],
    ['1,00,0', undefined],
    ['1.000,5', undefined],
    ['1,000,5', undefined],
    ['1234,567', undefined],
    ['1 000,500', undefined],
    ['1,', undefined],
    ['1  000', undefined],
    ['1,000.5.5', undefined],
    ['0x10', undefined],
    ['--5', undefined],
  ])('reads %j as %p when it is typed', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});

describe('withUnit', () => {
  it.each([
    ['640 / 300', '', '640 / 300'],
    ['640 / 300', '   ', '640 / 300'],
    ['9.5 / 4', '%', '9.5 / 4 %'],
    ['45 / 30', ' s ', '45 / 30 s'],
  ])('writes %j with unit %j as %j when the unit is set or blank', (text, unit, expected) => {
    expect(withUnit(text, unit)).toBe(expected);
  });
});

describe('pluralize', () => {
  it.each([
    [0, '0 issues'],
    [1, '1 issue'],
    [1.001, '1 issue'],
    [3, '3 issues'],
    [1200, '1,200 issues'],
  ])('counts %p as %j when the noun follows the number', (count, expected) => {
    expect(pluralize(count, 'issue')).toBe(expected);
  });
});
