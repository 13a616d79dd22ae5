/** A layering rule: files under `from` may import only what `allow` matches (when given) and nothing `forbid` matches. */
export interface Rule {
  from: string;
  allow?: readonly RegExp[];
  forbid?: readonly RegExp[];
  why: string;
}

export interface Violation {
  file: string;
  specifier: string;
  why: string;
}

// Static imports and re-exports (`import … from "x"`, `import "x"`, `export … from "x"`) and dynamic `import("x")`.
const SPECIFIER = /(?:\bimport\s[^;]*?\sfrom\s*|\bexport\s[^;]*?\sfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"']+)\1/g;

// Comments may quote imports ("// export * from './x.js'"); a `//` after a colon or quote is a URL, not a comment.
const COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:"'`\\])\/\/.*$/gm;

/** Every module specifier a source file names outside comments, in order. */
export function moduleSpecifiers(source: string): string[] {
  return [...source.replace(COMMENTS, "").matchAll(SPECIFIER)].map((m) => m[2] ?? "");
}

const isBuiltin = (s: string) => s.startsWith("node:");
const isProject = (s: string) => s.startsWith("#") || s.startsWith(".");

/**
 * What breaks the rules. `allow` limits project imports only: npm packages are judged by `forbid` alone, and
 * Node's built-ins always pass.
 */
export function importViolations(files: readonly { path: string; source: string }[], rules: readonly Rule[]): Violation[] {
  const found: Violation[] = [];
  for (const { path, source } of files) {
    for (const specifier of moduleSpecifiers(source)) {
      if (isBuiltin(specifier)) continue;
      for (const rule of rules) {
        if (!path.startsWith(rule.from)) continue;
        const allowed = !rule.allow || !isProject(specifier) || rule.allow.some((re) => re.test(specifier));
        const forbidden = rule.forbid?.some((re) => re.test(specifier)) ?? false;
        if (!allowed || forbidden) found.push({ file: path, specifier, why: rule.why });
      }
    }
  }
  return found;
}
