// Where both backends keep the hidden metadata: a very hidden, protected sheet with a
// key | value header and one text row per entry. One definition, so a file made by the CLI
// and one made inside Excel read the same.
export const METADATA_SHEET = "_it_meta";
export const METADATA_HEADER = ["key", "value"] as const;
