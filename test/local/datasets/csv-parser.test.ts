import { parseCsv, parseCsvRecords } from '../../../local/datasets/csv-parser';

describe('parseCsv', () => {
  it.each([
    [
      'plain fields',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['a quoted comma', '"a,b",c', [['a,b', 'c']]],
    ['doubled quotes inside quotes', '"say ""hi""",x', [['say "hi"', 'x']]],
    [
      'a line break inside quotes',
      '"line 1\nline 2",y\nz,w',
      [
        ['line 1\nline 2', 'y'],
        ['z', 'w'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'empty fields',
      ',,\n"",x',
      [
        ['', '', ''],
        ['', 'x'],
      ],
    ],
    [
      'no final line break',
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a quote in the middle of an unquoted field', 'ab"c,d', [['ab"c', 'd']]],
    ['the TAWOS context style', '"XD-1","Title ""The description, with commas"""', [['XD-1', 'Title "The description, with commas"']]],
  ])('reads %s', (_case, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('throws when the text ends inside a quoted field', () => {
    expect(() => parseCsv('"open,\n')).toThrow('CSV ends inside a quoted field');
  });
});

describe('parseCsvRecords', () => {
  it('keys every row by the header and fills missing cells with empty strings', () => {
    expect(parseCsvRecords('key,points,type\nXD-1,3\n')).toEqual([{ key: 'XD-1', points: '3', type: '' }]);
  });
});
