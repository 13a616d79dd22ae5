import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Installs SST's platform (`.sst/platform`: its components' TypeScript sources and the Pulumi providers they
 * import) without the internet, so sst.config.ts can be type-checked against SST's real types
 * (scripts/check-sst-config.ts). `sst install` needs two tools in `~/.config/sst/bin` and would download both
 * from GitHub: bun, which installs the providers from the npm registry, comes from its npm package instead; pulumi
 * is only asked its version, so a script that answers it stands in. HOME is `.sst-home/` inside the project
 * (gitignored), so nothing but npm's own cache is written outside it. Skipped when `.sst/platform` already matches
 * the installed sst.
 */

/** The bun `sst install` asks for (sst 4.17.1 downloads bun-v1.2.1); a different one is retried once, by name. */
const BUN_VERSION = "1.2.1";

const BUN_PACKAGES: Record<string, string> = {
  "linux-x64": "@oven/bun-linux-x64",
  "linux-arm64": "@oven/bun-linux-aarch64",
  "darwin-x64": "@oven/bun-darwin-x64",
  "darwin-arm64": "@oven/bun-darwin-aarch64",
};

export class SstPlatformError extends Error {
  override readonly name = "SstPlatformError";
}

export interface SstPlatform {
  /** `.sst/platform`, holding `config.d.ts`. */
  dir: string;
  version: string;
  /** False when an earlier install for this sst version was reused. */
  installed: boolean;
}

function sstVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, "node_modules/sst/package.json"), "utf8")) as { version: string }).version;
}

/** The CLI binary npm installed for this machine (`sst-<platform>-<arch>`), found as node_modules/sst/bin/sst.mjs does. */
export function sstBinary(root: string): string {
  const require = createRequire(join(root, "package.json"));
  return require.resolve(`sst-${process.platform}-${process.arch}/bin/sst`);
}

/**
 * A Go module's version as built into the sst binary (its embedded build info: `dep <module> <version>`), e.g.
 * the pulumi SDK its version check expects, or the esbuild it bundles functions with.
 */
export function sstBinaryDependency(root: string, module: string): string {
  const binary = readFileSync(sstBinary(root)).toString("latin1");
  const escaped = module.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const match = new RegExp(`dep\\t${escaped}\\t(v[0-9][\\w.+-]*)\\t`).exec(binary);
  if (!match) throw new SstPlatformError(`the sst binary names no version of ${module}`);
  return match[1]!;
}

function isInstalled(dir: string, version: string): boolean {
  const versionFile = join(dir, "version");
  return (
    existsSync(versionFile) &&
    readFileSync(versionFile, "utf8").trim() === version &&
    existsSync(join(dir, "config.d.ts")) &&
    existsSync(join(dir, "node_modules/@pulumi/aws/package.json"))
  );
}

/** Unpacks bun's binary from its npm package (npm 11 runs no install scripts, so it is fetched with `npm pack`). */
function provideBun(bin: string, tmp: string, version: string): void {
  const pkg = BUN_PACKAGES[`${process.platform}-${process.arch}`];
  if (!pkg) throw new SstPlatformError(`no bun npm package known for ${process.platform}-${process.arch}`);
  const bun = join(bin, "bun");
  if (existsSync(bun) && spawnSync(bun, ["--version"], { encoding: "utf8" }).stdout.trim() === version) return;
  const packed = JSON.parse(
    execFileSync("npm", ["pack", `${pkg}@${version}`, "--pack-destination", tmp, "--json", "--silent"], { encoding: "utf8" }),
  ) as { filename: string }[];
  const tarball = join(tmp, packed[0]!.filename);
  execFileSync("tar", ["-xzf", tarball, "-C", tmp, "package/bin/bun"]);
  renameSync(join(tmp, "package/bin/bun"), bun);
  chmodSync(bun, 0o755);
  rmSync(tarball);
  rmSync(join(tmp, "package"), { recursive: true, force: true });
}

/** `sst install` only runs `pulumi version` and compares; it never deploys here. */
function providePulumi(bin: string, version: string): void {
  writeFileSync(join(bin, "pulumi"), `#!/bin/sh\n# Stands in for pulumi during \`sst install\` (scripts/sst-platform.ts): sst only checks its version.\necho ${version}\n`);
  chmodSync(join(bin, "pulumi"), 0o755);
}

/** The environment `sst install` sees: the throwaway HOME and temp dir, the registry npm uses, and any proxy. */
function installEnv(home: string, tmp: string): NodeJS.ProcessEnv {
  const registry = execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim();
  const passed = ["PATH", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "no_proxy", "NODE_EXTRA_CA_CERTS", "SSL_CERT_FILE"];
  return {
    ...Object.fromEntries(passed.filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]])),
    HOME: home,
    XDG_CONFIG_HOME: join(home, ".config"),
    TMPDIR: tmp,
    // bun reads the registry from here; the same one npm installs from (the only network CI has).
    NPM_CONFIG_REGISTRY: registry,
    // A fixed stage: otherwise sst asks for a personal stage name and writes it to .sst/stage.
    SST_STAGE: "ci",
    SST_TELEMETRY_DISABLED: "1",
  };
}

export function ensureSstPlatform(root: string): SstPlatform {
  const version = sstVersion(root);
  const dir = join(root, ".sst/platform");
  if (isInstalled(dir, version)) return { dir, version, installed: false };

  const home = join(root, ".sst-home");
  const bin = join(home, ".config/sst/bin");
  const tmp = join(home, "tmp");
  mkdirSync(bin, { recursive: true });
  mkdirSync(tmp, { recursive: true });
  providePulumi(bin, sstBinaryDependency(root, "github.com/pulumi/pulumi/sdk/v3"));
  const env = installEnv(home, tmp);

  let bunVersion = BUN_VERSION;
  for (let attempt = 1; ; attempt++) {
    provideBun(bin, tmp, bunVersion);
    const run = spawnSync(sstBinary(root), ["install"], { cwd: root, env, encoding: "utf8", timeout: 300_000 });
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
    if (run.status === 0 && isInstalled(dir, version)) return { dir, version, installed: true };
    // sst names the bun it wanted in the download it could not make.
    const wanted = /bun-v(\d+\.\d+\.\d+)\//.exec(output)?.[1];
    if (attempt === 1 && wanted && wanted !== bunVersion) {
      bunVersion = wanted;
      continue;
    }
    throw new SstPlatformError(`\`sst install\` (sst ${version}) failed (exit ${String(run.status ?? run.signal)}):\n${output}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const platform = ensureSstPlatform(root);
  console.log(`${platform.installed ? "installed" : "already installed"}: SST ${platform.version} platform in ${platform.dir}`);
}
