/**
 * RFC 4180 CSV: fields separated by commas, optionally wrapped in double quotes; inside quotes a doubled
 * quote is one quote and commas and line breaks are data. Rows end at LF or CRLF; a trailing line
 * break does not start an empty row.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else inQuotes = false;
      continue;
    }
    if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (char === ',') {
      row.push(field);
      [field, fieldStarted] = ['', false];
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index += 1;
      row.push(field);
      rows.push(row);
      [row, field, fieldStarted] = [[], '', false];
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new Error('CSV ends inside a quoted field');
  if (fieldStarted || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Rows as records keyed by the header row; missing trailing cells read as ''. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((row) => Object.fromEntries(header.map((name, column) => [name, row[column] ?? ''])));
}
