import type { FormulaProblem } from '../model/content-messages.ts';
import type { Locale } from '../model/locale.ts';
import { parseLocaleNumber } from './find-facts.ts';

export interface FormulaNumber {
  /** As the formula writes it, such as "150%". */
  text: string;
  /** The number without its "%": 150. */
  value: number;
  percent: boolean;
}

export type FormulaResult = { ok: true; value: number; numbers: FormulaNumber[] } | { ok: false; problem: FormulaProblem };

/** Thrown inside the evaluation, caught at its end. */
class FormulaError extends Error {
  constructor(readonly problem: FormulaProblem) {
    super(problem.kind);
  }
}

/**
 * Evaluates a derived value's formula, such as "1.200 ÷ 150%": numbers written as the source writes
 * them (the locale's separators), "%" for a percentage, + - × ÷ (or * /) and parentheses.
 */
export function evaluateFormula(formula: string, style: Pick<Locale, 'separators'>): FormulaResult {
  const tokens = [...formula.matchAll(/\s*(?:(\d[\d.,]*)(%?)|([-+−×x*÷/:()]))/gy)];
  const consumed = tokens.reduce((length, match) => length + match[0].length, 0);
  if (consumed !== formula.length && formula.slice(consumed).trim()) {
    return { ok: false, problem: { kind: 'cannotRead', from: formula.slice(consumed).trim() } };
  }
  const numbers: FormulaNumber[] = [];
  let position = 0;
  const peek = (): string | undefined => tokens[position]?.[3];

  const primary = (): number => {
    const match = tokens[position];
    if (!match) throw new FormulaError({ kind: 'endsEarly' });
    position += 1;
    if (match[3] === '(') {
      const value = sum();
      if (tokens[position]?.[3] !== ')') throw new FormulaError({ kind: 'unclosed' });
      position += 1;
      return value;
    }
    if (match[3] === '-' || match[3] === '−') return -primary();
    if (match[1] === undefined) throw new FormulaError({ kind: 'expectedNumber', found: match[3] ?? '' });
    const value = parseLocaleNumber(match[1], style);
    if (value === undefined) throw new FormulaError({ kind: 'notANumber', text: match[1] });
    const percent = match[2] === '%';
    numbers.push({ text: `${match[1]}${match[2]}`, value, percent });
    return percent ? value / 100 : value;
  };
  const product = (): number => {
    let value = primary();
    for (let operator = peek(); operator && '×x*÷/:'.includes(operator); operator = peek()) {
      position += 1;
      const right = primary();
      value = '×x*'.includes(operator) ? value * right : value / right;
    }
    return value;
  };
  const sum = (): number => {
    let value = product();
    for (let operator = peek(); operator && '+-−'.includes(operator); operator = peek()) {
      position += 1;
      const right = product();
      value = operator === '+' ? value + right : value - right;
    }
    return value;
  };

  try {
    const value = sum();
    if (position < tokens.length) throw new FormulaError({ kind: 'unexpected', text: tokens[position]?.[0].trim() ?? '' });
    if (!Number.isFinite(value)) throw new FormulaError({ kind: 'notFinite' });
    return { ok: true, value, numbers };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, problem: error.problem };
    throw error;
  }
}

/**
 * How far a derived value may be from its formula's result: half a unit of its last written digit,
 * so the value is the result rounded as it is written (200 for 199.6, 1.5 for 1.46).
 */
export function roundingTolerance(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals + 1e-9;
}
