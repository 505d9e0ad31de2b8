// Loaded first by the pane. zod compiles fast parsers with `new Function`, and even probing
// whether it may (as each schema is built) is a violation under the pane's CSP, which allows no
// eval; jitless turns both off, and parsing is the same without them. zod keeps its settings
// in this global object, which z.config() writes and every copy of zod reads when it loads;
// setting it here keeps zod itself out of the first download (it loads with the set loader).
const shared = globalThis as { __zod_globalConfig?: Record<string, unknown> };
shared.__zod_globalConfig = Object.assign(shared.__zod_globalConfig ?? {}, { jitless: true });

export {};
