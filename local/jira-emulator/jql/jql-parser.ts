import type { JqlClause, JqlOperand, JqlOperator, JqlQuery, JqlSort, JqlTerm, JqlValue } from './jql-ast';
import { JqlError, type Token, tokenizeJql } from './jql-tokenizer';

/** Recursive-descent parser for JQL: OR binds loosest, then AND, then NOT; errors use Jira's wording. */
export function parseJql(jql: string): JqlQuery {
  return new JqlParser(tokenizeJql(jql)).parseQuery();
}

const VALID_OPERATORS = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";
const RESERVED = new Set(['and', 'or', 'not', 'empty', 'null', 'order', 'by', 'in', 'is']);

class JqlParser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): JqlQuery {
    const where = this.atOrderBy() || this.peek().kind === 'end' ? undefined : this.parseOr();
    const orderBy = this.atOrderBy() ? this.parseOrderBy() : [];
    const rest = this.peek();
    if (rest.kind !== 'end') throw this.error(`Expecting either 'OR' or 'AND' but got '${rest.text}'.`, rest);
    return { where, orderBy };
  }

  private parseOr(): JqlClause {
    let left = this.parseAnd();
    while (this.acceptKeyword('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): JqlClause {
    let left = this.parseNot();
    while (this.acceptKeyword('and')) left = { kind: 'and', left, right: this.parseNot() };
    return left;
  }

  private parseNot(): JqlClause {
    if (this.acceptKeyword('not')) return { kind: 'not', clause: this.parseNot() };
    if (this.peek().kind === 'lparen') {
      this.next();
      const inner = this.parseOr();
      this.expect('rparen', ')');
      return inner;
    }
    return this.parseTerm();
  }

  private parseTerm(): JqlTerm {
    const fieldToken = this.next();
    if (fieldToken.kind !== 'word' && fieldToken.kind !== 'string') {
      throw this.error(`Expecting a field name but got '${describe(fieldToken)}'.`, fieldToken);
    }
    const operator = this.parseOperator();
    const operand = this.parseOperand(operator);
    return { kind: 'term', field: fieldToken.text, fieldPosition: fieldToken.position, operator, operand };
  }

  private parseOperator(): JqlOperator {
    const token = this.next();
    if (token.kind === 'operator') return token.text as JqlOperator;
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'in') return 'in';
    if (word === 'is') return this.acceptKeyword('not') ? 'is not' : 'is';
    if (word === 'not' && this.acceptKeyword('in')) return 'not in';
    throw this.error(`Expecting operator but got '${describe(token)}'. The valid operators are ${VALID_OPERATORS}.`, token);
  }

  private parseOperand(operator: JqlOperator): JqlOperand {
    if (operator === 'is' || operator === 'is not') {
      const token = this.next();
      if (token.kind === 'word' && ['empty', 'null'].includes(token.text.toLowerCase())) return { kind: 'empty' };
      throw this.error(`Expecting 'EMPTY' or 'NULL' but got '${describe(token)}'.`, token);
    }
    if (this.peek().kind === 'lparen') return { kind: 'list', values: this.parseList() };
    const value = this.parseValue();
    if (!value.quoted && this.peek().kind === 'lparen') {
      return { kind: 'function', name: value.text, args: this.parseList(), position: value.position };
    }
    return { kind: 'value', value };
  }

  private parseList(): JqlValue[] {
    this.expect('lparen', '(');
    const values: JqlValue[] = [];
    if (this.peek().kind === 'rparen') {
      this.next();
      return values;
    }
    do values.push(this.parseValue());
    while (this.accept('comma'));
    this.expect('rparen', ')');
    return values;
  }

  private parseValue(): JqlValue {
    const token = this.next();
    const reserved = token.kind === 'word' && RESERVED.has(token.text.toLowerCase());
    if ((token.kind === 'word' && !reserved) || token.kind === 'string') {
      return { text: token.text, quoted: token.kind === 'string', position: token.position };
    }
    const got = describe(token);
    throw this.error(`Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`, token);
  }

  private parseOrderBy(): JqlSort[] {
    this.next();
    this.next();
    const sorts: JqlSort[] = [];
    do {
      const field = this.next();
      if (field.kind !== 'word' && field.kind !== 'string') throw this.error(`Expecting a field name but got '${describe(field)}'.`, field);
      sorts.push({ field: field.text, direction: this.parseDirection() });
    } while (this.accept('comma'));
    return sorts;
  }

  private parseDirection(): 'asc' | 'desc' {
    if (this.acceptKeyword('desc')) return 'desc';
    this.acceptKeyword('asc');
    return 'asc';
  }

  private atOrderBy(): boolean {
    const [first, second] = [this.peek(), this.tokens[this.index + 1]];
    return isKeyword(first, 'order') && second !== undefined && isKeyword(second, 'by');
  }

  private acceptKeyword(keyword: string): boolean {
    if (!isKeyword(this.peek(), keyword)) return false;
    this.index += 1;
    return true;
  }

  private accept(kind: Token['kind']): boolean {
    if (this.peek().kind !== kind) return false;
    this.index += 1;
    return true;
  }

  private expect(kind: Token['kind'], text: string): void {
    const token = this.next();
    if (token.kind !== kind) throw this.error(`Expecting '${text}' but got '${describe(token)}'.`, token);
  }

  private peek(): Token {
    return this.tokens[this.index] ?? this.tokens[this.tokens.length - 1]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private error(message: string, token: Token): JqlError {
    return new JqlError(`Error in the JQL Query: ${message} (line 1, character ${token.position})`);
  }
}

function isKeyword(token: Token, keyword: string): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === keyword;
}

function describe(token: Token): string {
  return token.kind === 'end' ? 'end of query' : token.text;
}
