/** Splits a JQL string into tokens; keywords are recognised later by the parser (case-insensitively). */

export type TokenKind = 'word' | 'string' | 'lparen' | 'rparen' | 'comma' | 'operator' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based character position, as Jira reports it in syntax errors. */
  position: number;
}

export class JqlError extends Error {}

const OPERATORS = ['!=', '<=', '>=', '!~', '=', '<', '>', '~'];
const PUNCTUATION: Record<string, TokenKind> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };
/** Characters that end an unquoted word. Brackets and dots stay inside so `issue.property[okr].krIds` is one word. */
const WORD_BREAK = /[\s"'(),=!<>~]/;

export function tokenizeJql(jql: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < jql.length) {
    const char = jql.charAt(index);
    if (/\s/.test(char)) {
      index += 1;
      continue;
    }
    const token = readToken(jql, index);
    tokens.push(token.token);
    index = token.next;
  }
  tokens.push({ kind: 'end', text: '', position: jql.length + 1 });
  return tokens;
}

function readToken(jql: string, index: number): { token: Token; next: number } {
  const char = jql.charAt(index);
  const position = index + 1;
  const punctuation = PUNCTUATION[char];
  if (punctuation) return { token: { kind: punctuation, text: char, position }, next: index + 1 };
  if (char === '"' || char === "'") return readQuoted(jql, index);
  const operator = OPERATORS.find((candidate) => jql.startsWith(candidate, index));
  if (operator) return { token: { kind: 'operator', text: operator, position }, next: index + operator.length };
  let end = index;
  while (end < jql.length && !WORD_BREAK.test(jql.charAt(end))) end += 1;
  return { token: { kind: 'word', text: jql.slice(index, end), position }, next: end };
}

function readQuoted(jql: string, index: number): { token: Token; next: number } {
  const quote = jql.charAt(index);
  let text = '';
  let cursor = index + 1;
  while (cursor < jql.length && jql.charAt(cursor) !== quote) {
    // JQL escapes quotes and backslashes inside quoted strings with a backslash.
    if (jql.charAt(cursor) === '\\' && cursor + 1 < jql.length) cursor += 1;
    text += jql.charAt(cursor);
    cursor += 1;
  }
  if (cursor >= jql.length) {
    throw new JqlError(`Error in the JQL Query: The quoted string '${text}' has not been completed. (line 1, character ${index + 1})`);
  }
  return { token: { kind: 'string', text, position: index + 1 }, next: cursor + 1 };
}
