// Number formats of input cells by value type. Percents are stored as points (98.5 means
// 98.5%), so they get a plain `0.0` with % in the unit column, never Excel's % format, which
// would show 98.5 as 9850%.
import type { Indicator } from "../set/schema";

const places = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");

export function inputFormat(indicator: Pick<Indicator, "valueType" | "decimals">): string {
  const d = indicator.decimals;
  switch (indicator.valueType) {
    case "percent":
      return `0${places(d ?? 1)}`;
    case "count":
      return "#,##0";
    case "money":
    case "area":
      return `#,##0${places(d ?? 2)}`;
    case "decimal":
      return d === undefined ? "General" : `0${places(d)}`;
    case "ratio":
      return `0${places(d ?? 2)}`;
    case "boolean":
    case "choice":
    case "text":
      // text: Excel must not turn an answer such as 001 or 1-2 into a number or a date
      return "@";
  }
}

export const NOTE_FORMAT = "@";
