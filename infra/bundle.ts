import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BuildOptions, Plugin } from "esbuild";

/**
 * How the Lambda functions are bundled, in one place: sst.config.ts reads the handlers, runtime and `nodejs`
 * settings from here, and `npm run bench` and test/bundle.test.ts build with buildLambdaBundle, which repeats SST's
 * own esbuild call for those settings. So the bundle measured and tested is the bundle `sst deploy` ships.
 */

export const LAMBDA_HANDLERS = { slack: "functions/slack.handler", digest: "functions/digest.handler" } as const;

export const LAMBDA_RUNTIME = "nodejs22.x";

/** `nodejs` for both functions. Paths are relative to sst.config.ts, as SST resolves them. */
export const LAMBDA_NODEJS = {
  // Leaves Bolt's unused receivers and sbd's unused sanitizer out (the file says why and what).
  plugins: "infra/lambda-plugins.mjs",
  // SST's documented default, written out so buildLambdaBundle need not assume it.
  minify: true,
  // Left out of the bundle and installed into the function's node_modules: the part-of-speech model is 3.8 MB that
  // only a brief with numbers loads (lib/brief/figures/language/wink-read.ts, on pos.ts's first tag), so it stays off the cold start.
  // Pinned (SST installs "*" for a bare name): the version package-lock.json installs, checked when a bundle is built.
  install: { "wink-eng-lite-web-model": "1.8.1" } as Record<string, string>,
};

/**
 * What SST's `nodejs.install` does for a bundle in `outdir`: the listed packages in a node_modules beside it (here
 * links to the project's installed copies, which the lockfile pins).
 */
export function installLambdaPackages(root: string, outdir: string): void {
  for (const [name, version] of Object.entries(LAMBDA_NODEJS.install)) {
    const source = join(root, "node_modules", name);
    const installed = (JSON.parse(readFileSync(join(source, "package.json"), "utf8")) as { version: string }).version;
    if (installed !== version) throw new Error(`infra/bundle.ts pins ${name}@${version} for Lambda, but ${installed} is installed`);
    const target = join(outdir, "node_modules", name);
    mkdirSync(dirname(target), { recursive: true });
    if (!existsSync(target)) symlinkSync(source, target, "dir");
  }
}

/** The file SST bundles for a handler: the same extensions, in the same order, as its Go runtime tries them. */
export function handlerEntry(root: string, handler: string): string {
  const base = handler.slice(0, handler.lastIndexOf("."));
  const found = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"].map((ext) => join(root, base + ext)).find((f) => existsSync(f));
  if (!found) throw new Error(`Handler not found: ${handler}`);
  return found;
}

/**
 * SST 4.17.1's esbuild options for a deployed `nodejs22.x` ESM function (pkg/runtime/node/build.go; the banner and
 * the runtime → target table are in the CLI binary's strings): keepNames, ES2023, `module` before `main`, the
 * createRequire/__filename/__dirname banner, linked source maps, sharp and pg-native external, and the `nodejs`
 * settings above. SST's CLI embeds esbuild 0.27.2; package.json pins the same version (test/sst-types.test.ts
 * checks the two agree).
 */
export async function lambdaBuildOptions(root: string, handler: string, outfile: string): Promise<BuildOptions> {
  return lambdaEntryOptions(root, handlerEntry(root, handler), outfile);
}

/**
 * The same options for any entry file: `npm run bench` bundles its brief loop (cli/bench-brief-bundled.ts) with
 * these, so the bundled row times code compiled exactly as the handlers are (test/bench-bundle.test.ts pins it).
 */
export async function lambdaEntryOptions(root: string, entry: string, outfile: string): Promise<BuildOptions> {
  const pluginsFile = pathToFileURL(join(root, LAMBDA_NODEJS.plugins)).href;
  const { default: plugins } = (await import(pluginsFile)) as { default: Plugin[] };
  const minify = LAMBDA_NODEJS.minify;
  return {
    entryPoints: [entry],
    platform: "node",
    external: ["sharp", "pg-native", ...Object.keys(LAMBDA_NODEJS.install)],
    keepNames: true,
    bundle: true,
    metafile: true,
    outfile,
    plugins,
    sourcemap: "linked",
    format: "esm",
    target: "es2023",
    mainFields: ["module", "main"],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __filename = topLevelFileUrlToPath(import.meta.url)`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        "",
      ].join("\n"),
    },
    minifyWhitespace: minify,
    minifySyntax: minify,
    minifyIdentifiers: minify,
    logLevel: "silent",
  };
}

/** Builds one handler as `sst deploy` would; returns esbuild's metafile (what went in, how big). */
export async function buildLambdaBundle(root: string, handler: string, outfile: string): Promise<string> {
  return buildWith(root, await lambdaBuildOptions(root, handler, outfile));
}

/** Builds with options from lambdaBuildOptions or lambdaEntryOptions, and installs what SST installs beside it. */
export async function buildWith(root: string, options: BuildOptions): Promise<string> {
  if (options.outfile === undefined) throw new Error("buildWith: the options name no outfile");
  const { build } = await import("esbuild");
  const result = await build(options);
  installLambdaPackages(root, dirname(options.outfile));
  return JSON.stringify(result.metafile);
}
