// Part names inside an .xlsx package (ECMA-376 Part 2, 9.1 and 9.3): where a part's
// relationships are, and a relationship's target as a part name. Shared by the repair pre-pass
// (package.ts) and the fast reader (xlsx-reader/package-parts.ts).

export function dirOf(part: string): string {
  const i = part.lastIndexOf("/");
  return i < 0 ? "" : part.slice(0, i);
}

export function relsOf(part: string): string {
  const dir = dirOf(part);
  return `${dir ? `${dir}/` : ""}_rels/${part.slice(dir ? dir.length + 1 : 0)}.rels`;
}

/** A relationship target as a part name: from the source part's folder, or from the package root when it
 *  starts with "/". */
export function resolvePart(fromDir: string, target: string): string {
  const t = target.trim().replace(/\\/g, "/");
  const out: string[] = [];
  for (const s of (t.startsWith("/") ? t : `${fromDir}/${t}`).split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}

export function relativePart(fromDir: string, to: string): string {
  const a = fromDir ? fromDir.split("/") : [];
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}
