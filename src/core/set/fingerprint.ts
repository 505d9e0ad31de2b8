// Which set a workbook was made from: its id, version and a fingerprint of its whole content,
// kept in the workbook's hidden metadata under these keys by every layout that writes one.
import { canonicalJson, fingerprint } from "../text/hash";
import type { IndicatorSet } from "./schema";

export const SET_METADATA_KEYS = { setId: "set.id", setVersion: "set.version", setHash: "set.hash", layout: "layout", format: "format" } as const;

/** Changes with any change to the set, including one made without bumping its version. */
export function setFingerprint(set: IndicatorSet): string {
  return fingerprint(canonicalJson(set));
}
