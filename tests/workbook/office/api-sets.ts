// Which Excel JavaScript API members src/workbook/office uses, and the requirement set each
// needs, read from @types/office-js with the TypeScript compiler API.
//
// The rule (checked by api-sets.test.ts): every use of a member of the `Excel` namespace whose
// `[Api set: ExcelApi x.y]` note is above the manifest's ExcelApi 1.1 must be listed in
// API_MEMBERS (src/workbook/office/requirements.ts) for the function it sits in, with a guard
// feature whose requirement set is at least x.y. A use is
//   - a property read or write, or a method call (`range.format.protection.locked = …`);
//   - a property of an object literal whose contextual type is an Excel interface
//     (`layout.zoom = { horizontalFitToPages: 1 }`);
//   - a path in a string literal passed to `load` (`"items/protection/protected"`).
// The set of a member is its own note, else its class's; notes that depend on use are read
// as such: "1.1 for reading …; 1.2 for setting it" (a write needs the second),
// "1.2 for options; 1.7 for password" (a call passing `password` needs 1.7). Any other
// qualifier counts at its highest version. Enum values passed as string literals are not
// seen (they travel with the member that takes them, which is).
// Run `npx tsx tests/workbook/office/write-api-sets.ts` to rewrite docs/excel-api-sets.md.

import * as path from "node:path";
import ts from "typescript";
import { API_MEMBERS, FEATURE_CHECKS, FEATURE_REQUIREMENTS, MANIFEST_MINIMUM, type Feature } from "../../../src/workbook/office/requirements";

export const ROOT = path.resolve(__dirname, "../../..");
const OFFICE_DIR = path.join(ROOT, "src/workbook/office");

export interface ApiUse {
  /** `Class.member`, with ` (setting)`/` (password)` when a qualified note decided the set */
  member: string;
  /** e.g. `1.2`; `ExcelApiOnline 1.1` for sets outside ExcelApi */
  set: string;
  /** `file.ts#function` */
  where: string;
  /** `file.ts:line` */
  at: string;
}

/** `1.10` → 10; a set outside ExcelApi → Infinity (never allowed on the manifest's hosts). */
export function minorOf(set: string): number {
  const m = /^1\.(\d+)$/.exec(set);
  return m ? Number(m[1]) : Infinity;
}

function apiNote(decl: ts.Node): string | undefined {
  const sf = decl.getSourceFile();
  const comment = sf.text.slice(decl.getFullStart(), decl.getStart(sf));
  const remarks = comment.indexOf("@remarks");
  if (remarks < 0) return undefined;
  return /\[Api set: ([^\]]*)\]/.exec(comment.slice(remarks))?.[1];
}

function inExcelNamespace(decl: ts.Node): boolean {
  if (!/[\\/]@types[\\/]office-js[\\/]/.test(decl.getSourceFile().fileName)) return false;
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && n.parent && ts.isSourceFile(n.parent)) return n.name.getText() === "Excel";
  }
  return false;
}

function ownerName(decl: ts.Node): string {
  const owner = decl.parent;
  return owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name ? owner.name.text : "Excel";
}

interface UseMode {
  write: boolean;
  /** names of the parameters a call passes */
  passed: Set<string>;
}

/** The set a use needs, and the qualifier that decided it (if any). */
function requiredSet(decl: ts.Node, mode: UseMode): { set: string; qualifier?: string } {
  const own = apiNote(decl);
  const owner = decl.parent && (ts.isClassDeclaration(decl.parent) || ts.isInterfaceDeclaration(decl.parent)) ? apiNote(decl.parent) : undefined;
  const base = (note: string | undefined) => {
    const m = note && /^ExcelApi (1\.\d+)\s*$/.exec(note.trim());
    return m ? m[1]! : note?.trim();
  };
  if (own === undefined) return { set: base(owner) ?? MANIFEST_MINIMUM };
  if (!/^ExcelApi \d/.test(own)) return { set: own.trim() };
  const clauses = own.replace(/^ExcelApi\s*/, "").split(/;\s*|,\s*(?=\d)/);
  let best: { set: string; qualifier?: string } | undefined;
  const consider = (set: string, qualifier?: string) => {
    if (!best || minorOf(set) > minorOf(best.set)) best = qualifier === undefined ? { set } : { set, qualifier };
  };
  for (const clause of clauses) {
    const m = /^(1\.\d+)(?:\s+for\s+(.*))?/.exec(clause.trim());
    if (!m) continue;
    const set = m[1]!;
    const what = (m[2] ?? "").trim().replace(/\.$/, "");
    if (what === "") consider(set);
    else if (/^(reading|get|getting)\b/.test(what)) {
      if (!mode.write) consider(set);
    } else if (/^(setting|set)\b/.test(what)) {
      if (mode.write) consider(set, "setting");
    } else {
      const param = /^\w+/.exec(what)?.[0];
      const isParam = param !== undefined && ts.isMethodDeclaration(decl) && decl.parameters.some((p) => p.name.getText() === param);
      if (!isParam) consider(set, what);
      else if (mode.passed.has(param)) consider(set, param === "options" ? undefined : param);
    }
  }
  return best ?? { set: base(owner) ?? MANIFEST_MINIMUM };
}

function enclosingFunction(node: ts.Node): string {
  let name = "(module)";
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)) && n.name) {
      const cls = ts.isMethodDeclaration(n) && ts.isClassDeclaration(n.parent) && n.parent.name ? `${n.parent.name.text}.` : "";
      name = cls + n.name.getText();
    } else if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && (ts.isArrowFunction(n.initializer) || ts.isFunctionExpression(n.initializer))) {
      name = n.name.text;
    }
  }
  return name;
}

function isWrite(node: ts.PropertyAccessExpression): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
}

/** Every use of an Excel-namespace member in src/workbook/office. */
export function scanApiUses(): ApiUse[] {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = ts.sys.readDirectory(OFFICE_DIR, [".ts"]).filter((f) => !f.endsWith(".d.ts"));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (decl: ts.Node, mode: UseMode, node: ts.Node, name: string) => {
    if (!inExcelNamespace(decl)) return;
    const { set, qualifier } = requiredSet(decl, mode);
    const sf = node.getSourceFile();
    const file = path.relative(OFFICE_DIR, sf.fileName);
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    uses.push({
      member: `${ownerName(decl)}.${name}${qualifier ? ` (${qualifier})` : ""}`,
      set,
      where: `${file}#${enclosingFunction(node)}`,
      at: `${file}:${line}`,
    });
  };
  const declsOf = (symbol: ts.Symbol | undefined): ts.Declaration[] => {
    if (!symbol) return [];
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target.declarations ?? [];
  };
  const propertyOf = (type: ts.Type, name: string): ts.Symbol | undefined => {
    const types = type.isUnion() ? type.types : [type];
    for (const t of types) {
      const p = checker.getPropertyOfType(checker.getApparentType(t), name);
      if (p) return p;
    }
    return undefined;
  };
  /** `a/b,c` on the type `load` was called on: each segment is a read of that member. */
  const loadPaths = (receiver: ts.Type, spec: string, node: ts.Node) => {
    for (const p of spec.split(",")) {
      let type: ts.Type | undefined = receiver;
      for (const segment of p.trim().split("/")) {
        if (!type || segment === "") break;
        const prop = propertyOf(type, segment);
        if (!prop) break;
        for (const d of declsOf(prop)) record(d, { write: false, passed: new Set() }, node, segment);
        let next = checker.getTypeOfSymbol(prop);
        if (checker.isArrayType(next)) next = checker.getTypeArguments(next as ts.TypeReference)[0]!;
        type = next;
      }
    }
  };
  const literals = (e: ts.Expression): string[] => {
    if (ts.isStringLiteralLike(e)) return [e.text];
    if (ts.isConditionalExpression(e)) return [...literals(e.whenTrue), ...literals(e.whenFalse)];
    if (ts.isParenthesizedExpression(e)) return literals(e.expression);
    return [];
  };

  for (const sf of program.getSourceFiles()) {
    if (!files.some((f) => path.resolve(f) === path.resolve(sf.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const call = ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
        for (const decl of declsOf(checker.getSymbolAtLocation(node.name))) {
          const passed = new Set<string>();
          if (call && ts.isMethodDeclaration(decl)) decl.parameters.forEach((p, i) => i < call.arguments.length && passed.add(p.name.getText()));
          record(decl, { write: isWrite(node), passed }, node, node.name.text);
          if (call && node.name.text === "load" && inExcelNamespace(decl)) {
            const receiver = checker.getTypeAtLocation(node.expression);
            for (const arg of call.arguments) for (const spec of literals(arg)) loadPaths(receiver, spec, node);
          }
        }
      } else if (ts.isObjectLiteralExpression(node)) {
        const contextual = checker.getContextualType(node);
        if (contextual) {
          for (const prop of node.properties) {
            if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !prop.name || !ts.isIdentifier(prop.name)) continue;
            const symbol = propertyOf(contextual, prop.name.text);
            for (const decl of declsOf(symbol)) record(decl, { write: true, passed: new Set() }, prop, prop.name.text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** Uses above the manifest's set, one row per member and function. */
export function aboveMinimum(uses: readonly ApiUse[]): ApiUse[] {
  const seen = new Map<string, ApiUse>();
  for (const u of uses) {
    if (minorOf(u.set) <= minorOf(MANIFEST_MINIMUM)) continue;
    const k = `${u.member}|${u.where}`;
    if (!seen.has(k)) seen.set(k, u);
  }
  return [...seen.values()].sort((a, b) => minorOf(a.set) - minorOf(b.set) || a.member.localeCompare(b.member) || a.where.localeCompare(b.where));
}

/** What is wrong with API_MEMBERS against the code: one line per problem. */
export function tableProblems(uses: readonly ApiUse[]): string[] {
  const problems: string[] = [];
  const needed = aboveMinimum(uses);
  for (const u of needed) {
    const row = API_MEMBERS.find((r) => r.member === u.member && r.where === u.where);
    if (!row) {
      problems.push(`${u.at}: ${u.member} needs ExcelApi ${u.set} but API_MEMBERS has no row for it in ${u.where}`);
      continue;
    }
    if (row.set !== u.set) problems.push(`${u.member} in ${u.where}: API_MEMBERS says ${row.set}, @types/office-js says ${u.set}`);
    const guard = FEATURE_REQUIREMENTS[row.guard as Feature];
    if (guard === undefined) problems.push(`${u.member} in ${u.where}: guard "${row.guard}" is not a feature`);
    else if (minorOf(guard) < minorOf(u.set)) problems.push(`${u.member} in ${u.where}: guard ${row.guard} checks ExcelApi ${guard}, below ${u.set}`);
  }
  for (const row of API_MEMBERS) {
    if (!needed.some((u) => u.member === row.member && u.where === row.where)) problems.push(`API_MEMBERS row ${row.member} in ${row.where} is not used any more`);
  }
  return problems;
}

export function renderApiSetsDoc(): string {
  const rows = [...API_MEMBERS].sort((a, b) => minorOf(a.set) - minorOf(b.set) || a.member.localeCompare(b.member) || a.where.localeCompare(b.where));
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "# Excel API requirement sets used by the add-in",
    "",
    `The manifest asks for ExcelApi ${MANIFEST_MINIMUM} only, so that older Excel versions can still load the add-in.`,
    "Every Office.js member the workbook backend (`src/workbook/office`) uses above that set is listed",
    "here with the feature whose requirement check guards it. A host without the feature skips the",
    "change and says so (inserting forms, sums), or refuses before writing anything.",
    "",
    "Generated from `API_MEMBERS` in `src/workbook/office/requirements.ts` by",
    "`npx tsx tests/workbook/office/write-api-sets.ts`. `tests/workbook/office/api-sets.test.ts` walks the",
    "code with the TypeScript compiler, reads each member's `[Api set: ExcelApi x.y]` note from",
    "@types/office-js, and fails when a member above the minimum is missing from the table, when its",
    "guard checks a lower set, or when this file is stale. The rule in full is at the top of",
    "`tests/workbook/office/api-sets.ts`.",
    "",
    "| Member | Set | Used in | Guarded by | Checked by |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const feature = r.guard as Feature;
      return `| \`${cell(r.member)}\` | ${r.set} | \`${r.where}\` | ${feature} (ExcelApi ${FEATURE_REQUIREMENTS[feature]}) | ${cell(FEATURE_CHECKS[feature])} |`;
    }),
    "",
  ].join("\n");
}
