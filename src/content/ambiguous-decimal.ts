/**
 * A plain YAML number with exactly three digits after the dot, such as `1.500`. YAML reads it as
 * 1.5, but a Vietnamese editor writes thousands with a dot and may mean 1500. The YAML reader
 * hands such a number to the schema as this instead of a number: a number field refuses it and
 * shows both readings; a field whose values are precise decimals can accept it (`decimalNumber`).
 */
export class AmbiguousDecimal {
  constructor(readonly source: string) {}

  /** 1.500 read as a decimal: 1.5. */
  get asDecimal(): number {
    return Number(this.source);
  }

  /** 1.500 read with a thousands dot: 1500. */
  get asThousands(): number {
    return Number(this.source.replace('.', ''));
  }
}

/** The source of a plain YAML number that is ambiguous in this way. */
export const ambiguousDecimalPattern = /^[-+]?\d+\.\d{3}$/;
