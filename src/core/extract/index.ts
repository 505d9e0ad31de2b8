// Plan text → indicators (docs/extraction.md), and indicators → a draft set.
export { extractIndicators, extractDetailed, breakdownsOf, type ExtractOptions, type DetailedExtraction } from "./extract";
export { draftSetFromExtraction, unitInfo, type DraftSetOptions } from "./to-set";
export { cleanText, htmlToText } from "./clean-text";
export type { Basis, Breakdown, Comparator, ExtractedIndicator, ExtractionResult, Kind } from "./types";
