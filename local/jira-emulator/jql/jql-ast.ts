/** The parsed form of the JQL subset the emulator understands. */

export interface JqlValue {
  text: string;
  quoted: boolean;
  position: number;
}

export type JqlOperator = '=' | '!=' | '<' | '>' | '<=' | '>=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type JqlOperand =
  | { kind: 'value'; value: JqlValue }
  | { kind: 'list'; values: JqlValue[] }
  | { kind: 'function'; name: string; args: JqlValue[]; position: number }
  | { kind: 'empty' };

export interface JqlTerm {
  kind: 'term';
  field: string;
  fieldPosition: number;
  operator: JqlOperator;
  operand: JqlOperand;
}

export type JqlClause = JqlTerm | { kind: 'and' | 'or'; left: JqlClause; right: JqlClause } | { kind: 'not'; clause: JqlClause };

export interface JqlSort {
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  where?: JqlClause;
  orderBy: JqlSort[];
}
