// The set format's fixed words, apart from its zod schema: code that only needs these (the
// task pane's first screen, unit lists) then does not load the schema library with them.

export const FORMAT = "indicator-set/v1";

/** An id that can stand inside an Excel defined name: ASCII letter first, then letters, digits, `_`. */
export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export const VALUE_TYPES = ["percent", "count", "money", "area", "decimal", "ratio", "boolean", "text", "choice"] as const;

export const COMPARATORS = [">=", ">", "<=", "<", "=", "~", "between"] as const;

export const AGGREGATIONS = ["sum", "ratio", "weighted_mean", "mean", "min", "max", "none"] as const;

/** What a missing input means for a rule: skip when any is missing, when all are, or never. */
export const MISSING_POLICIES = ["skip_if_any", "skip_if_all", "never_skip"] as const;
