import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { ensureSstPlatform } from "#scripts/sst-platform.ts";

/**
 * Type-checks sst.config.ts against SST's own platform types (`.sst/platform/config.d.ts`, which its first line
 * references), with tsconfig.sst.json: a component or option SST lacks is a compile error here rather than a
 * failed `sst deploy`. `variants` adds in-memory copies next to it (same folder, so the same relative paths
 * resolve), which is how test/sst-types.test.ts proves the check catches a misspelt component.
 */
export function checkSstConfig(root: string, variants: Record<string, string> = {}): Map<string, string[]> {
  const configPath = join(root, "tsconfig.sst.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const extra = new Map(Object.entries(variants).map(([name, text]) => [resolve(root, name), text]));
  const host = ts.createCompilerHost(parsed.options);
  const { fileExists, readFile } = host;
  host.fileExists = (f) => extra.has(resolve(f)) || fileExists.call(host, f);
  host.readFile = (f) => extra.get(resolve(f)) ?? readFile.call(host, f);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (f, lang, onError, create) => {
    const text = extra.get(resolve(f));
    return text === undefined ? getSourceFile.call(host, f, lang, onError, create) : ts.createSourceFile(f, text, lang, true);
  };
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...extra.keys()], options: parsed.options, host });

  const byFile = new Map<string, string[]>([...parsed.fileNames, ...extra.keys()].map((f) => [relative(root, f), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? relative(root, d.file.fileName) : "(program)";
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const where = at ? `${file}(${at.line + 1},${at.character + 1})` : file;
    const list = byFile.get(file) ?? [];
    list.push(`${where}: error TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    byFile.set(file, list);
  }
  return byFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  const platform = ensureSstPlatform(root);
  const errors = [...checkSstConfig(root).values()].flat();
  if (errors.length > 0) {
    console.error(errors.join("\n"));
    console.error(`\nsst.config.ts does not type-check against SST ${platform.version}'s platform types (${errors.length} errors).`);
    process.exitCode = 1;
  } else {
    console.log(`sst.config.ts type-checks against SST ${platform.version}'s platform types.`);
  }
}
