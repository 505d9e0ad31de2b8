// The output contract of `extract` (docs/extraction.md): one record per figure.
// Field order matters for readers of the JSON: it follows the contract's table.

export type Comparator = ">=" | ">" | "<=" | "<" | "=" | "~" | "between";
export type Basis = "absolute" | "previous_year";
export type Kind = "target" | "actual";

export interface ExtractedIndicator {
  /** row label: subject + measure, simplified, no number */
  name: string;
  /** heading path above the statement, as written (simplified) */
  section: string[];
  comparator: Comparator;
  /** absent for `between` */
  value?: number;
  min?: number;
  max?: number;
  /** `%`, `百分点`, `ratio`, or the measure word as written (simplified) */
  unit: string;
  year: number | null;
  basis: Basis;
  kind: Kind;
  /** the source fragment, as written (original script, page noise included) */
  quote: string;
}

export interface ExtractionResult {
  source: string;
  indicators: ExtractedIndicator[];
}

/** A total followed by its parts (…44个，其中市本级8个，县区36个): indexes into `indicators`. */
export interface Breakdown {
  total: number;
  parts: number[];
}
