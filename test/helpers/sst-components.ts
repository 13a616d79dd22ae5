import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

/** The component classes SST's `sst` global offers: `Secret`, and `aws.Dynamo` under `namespaces.aws`. */
export interface SstComponents {
  classes: Set<string>;
  namespaces: Map<string, SstComponents>;
}

function moduleFile(from: string, specifier: string): string {
  const base = join(dirname(from), specifier.replace(/\.js$/, ""));
  const file = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
  if (!file) throw new Error(`cannot find ${specifier} from ${from}`);
  return file;
}

function read(file: string, into: SstComponents): SstComponents {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  for (const node of source.statements) {
    if (ts.isClassDeclaration(node) && node.name && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      into.classes.add(node.name.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = moduleFile(file, node.moduleSpecifier.text);
      if (!node.exportClause) read(target, into); // export * from "./x.js"
      else if (ts.isNamespaceExport(node.exportClause)) {
        into.namespaces.set(node.exportClause.name.text, read(target, { classes: new Set(), namespaces: new Map() }));
      }
      // `export { fn } from`: SST re-exports helper functions this way (linkable, permission), not components.
    }
  }
  return into;
}

/**
 * Read from SST's own platform sources (`.sst/platform/src/components/index.ts`, what the `sst` global is), by
 * syntax only: no type-checking, so it takes milliseconds. test/sst-config.test.ts builds its recorders from this,
 * so a recorder exists only for a component SST really has.
 */
export function sstComponents(platformDir: string): SstComponents {
  return read(join(platformDir, "src/components/index.ts"), { classes: new Set(), namespaces: new Map() });
}
