// What a figure's unit measures: money, an area, or a rate. One list, so the draft set's value
// types and the names that say a sum or an area (…投资, …面积) agree on which units are which.

export const MONEY_UNITS: ReadonlySet<string> = new Set(["元", "千元", "万元", "亿元"]);
export const AREA_UNITS: ReadonlySet<string> = new Set(["平方米", "万平方米", "平米", "万平米", "平方", "万平方", "㎡", "m²", "平方公尺", "万平方公尺", "公顷", "亩", "万亩", "平方公里", "平方千米"]);
/** Shares and ratios: they do not add up, and a name of a count does not fit them. */
export const RATE_UNITS: ReadonlySet<string> = new Set(["%", "百分点", "‰", "千分点", "ratio"]);
/** Changes of a share in points (百分点 of hundredths, 千分点 of thousandths): a change by their unit alone. */
export const POINT_UNITS: ReadonlySet<string> = new Set(["百分点", "千分点"]);

/** The currencies of Greater China as a text names them beside a sum (simplified): a sum in
 * any of them is in 元 for its readers. One list, for the units, asides, conversions and starts. */
export const LOCAL_CURRENCIES = ["人民币", "新台币", "台币", "港币", "港元", "澳门币", "澳门元"] as const;
/** The same, as regular-expression alternatives. */
export const LOCAL_CURRENCY_WORDS = LOCAL_CURRENCIES.join("|");

export const isMoneyUnit = (unit: string): boolean => MONEY_UNITS.has(unit);
export const isAreaUnit = (unit: string): boolean => AREA_UNITS.has(unit);
