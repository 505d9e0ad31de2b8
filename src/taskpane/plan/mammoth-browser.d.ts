// mammoth's own browser build (a bundle with no Node built-ins), loaded only for a .docx plan.
declare module "mammoth/mammoth.browser.min.js" {
  export function extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }>;
}
