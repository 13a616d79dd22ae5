import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startLocal } from "#local/server.ts";
import type { LocalApp } from "#local/server.ts";

/** npm start's DynamoDB port when nothing else asks for one: the port DynamoDB Local's own docs use. */
export const DEFAULT_DYNAMO_PORT = 8000;

const USAGE = `Usage: npm start -- [--port 3000] [--host 127.0.0.1] [--data DIR] [--engine dynalite|dynamodb-local] [--dynamo-port 8000]

Runs nutgraf on this machine: an embedded DynamoDB (in memory unless --data), the seed articles (moved in time so
the newest was filed ten minutes ago, so "latest" and digests have stories on any day), the real
Slack and digest functions behind a local Function URL, a stand-in for Slack's Web API, and a Slack-like page.

  --port N       page and Function URL port (default: $PORT, else 3000; 0 picks a free one)
  --host H       interface to listen on (default 127.0.0.1)
  --data DIR     keep the articles and subscriptions in DIR between runs
  --engine E     dynalite (default, pure JS) or dynamodb-local (AWS's DynamoDB Local; needs Java 17)
  --dynamo-port N  the embedded DynamoDB's port (default 8000; a free one if 8000 is taken; 0 picks a free one)
  --help         this text

With SLACK_BOT_TOKEN and SLACK_APP_TOKEN (xapp-…) set, the page is replaced by Socket Mode against your real
workspace: the same listeners answer /brief there (README: "Running locally").`;

export interface StartIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Resolves when the process is asked to stop (Ctrl-C, SIGTERM); tests pass their own. */
  stopSignal?: Promise<string>;
  env?: Record<string, string | undefined>;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolveSignal) => {
    const on = (signal: NodeJS.Signals) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolveSignal(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

function whatToTry(app: LocalApp): string[] {
  return [
    "",
    `  nutgraf is running locally: ${app.url}`,
    "",
    "  Open it and type into the message box:",
    "    /brief paris                           the brief of the newest story with \"paris\" in its headline or dateline",
    "    /brief latest                          the newest stories, with ids",
    "    /brief figures paris                   the full key-figure card",
    "    /brief subscribe 07:00 Europe/Paris    a morning digest for the channel; then press \"Run digest now\"",
    "    /brief changes paris                   what the later rewrite of the Paris story changed",
    "    /brief help                            everything else",
    "  Press \"Post to channel\" under a card to share it.",
    "",
    `  Function URL (signed Slack requests only): ${app.functionUrl}`,
    `  Ingest endpoint (signed stories, README "Wire your newsroom in"): ${app.ingestUrl}  secret ${app.ingestSigningSecret}`,
    `  Local RSS feed, polled at start: ${app.feedUrl}`,
    `  DynamoDB: ${app.dynamoEndpoint}  table ${app.tableName}  (seeds: ${app.seeded.loaded.length} loaded, ${app.seeded.unchanged.length} unchanged, ${app.seeded.rejected.length} rejected)`,
    "  Add your own stories (README: \"Add your own stories\"), from another terminal while this runs:",
    `    DYNAMODB_ENDPOINT=${app.dynamoEndpoint} NUTGRAF_TABLE=${app.tableName} npx nutgraf seed --dir my-stories`,
    "",
    "  Ctrl-C stops everything.",
    "",
  ];
}

/** `npm start`: returns the exit code once stopped. */
export async function main(argv: readonly string[], io: StartIo = { out: console.log, err: console.error }): Promise<number> {
  let values: { port?: string; host?: string; data?: string; engine?: string; "dynamo-port"?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string" },
        data: { type: "string" },
        engine: { type: "string" },
        "dynamo-port": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const env = io.env ?? process.env;
  // PORT is what hosts and other tools set; the flag still wins.
  const portText = values.port ?? (env.PORT?.trim() || undefined);
  const port = portText === undefined ? 3000 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`${values.port === undefined ? "PORT" : "--port"} must be a number from 0 to 65535, not "${portText}"`);
    return 2;
  }
  const dynamoPortText = values["dynamo-port"];
  const dynamoPort = dynamoPortText === undefined ? DEFAULT_DYNAMO_PORT : Number(dynamoPortText);
  if (!Number.isInteger(dynamoPort) || dynamoPort < 0 || dynamoPort > 65535) {
    io.err(`--dynamo-port must be a number from 0 to 65535, not "${dynamoPortText}"`);
    return 2;
  }
  if (values.engine !== undefined && values.engine !== "dynalite" && values.engine !== "dynamodb-local") {
    io.err(`--engine must be dynalite or dynamodb-local, not "${values.engine}"`);
    return 2;
  }
  const stopSignal = io.stopSignal ?? waitForSignal();

  if (env.SLACK_APP_TOKEN && env.SLACK_BOT_TOKEN) {
    const { startSocketMode } = await import("#local/socket-mode.ts");
    let socket: { stop(): Promise<void> };
    try {
      socket = await startSocketMode({
        env,
        ...(values.data ? { dataDir: resolve(values.data) } : {}),
        ...(values.engine ? { engine: values.engine } : {}),
        log: (line) => io.out(`  ${line}`),
      });
    } catch (error) {
      io.err(`Could not start Socket Mode: ${(error as Error).message}`);
      return 1;
    }
    io.out("  nutgraf is connected to your workspace over Socket Mode. Type /brief there. Ctrl-C stops it.");
    const signal = await stopSignal;
    io.out(`\n  ${signal}: disconnecting…`);
    await socket.stop();
    return 0;
  }

  let app: LocalApp;
  try {
    app = await startLocal({
      port,
      dynamoPort,
      ...(values.host ? { host: values.host } : {}),
      ...(values.data ? { dataDir: resolve(values.data) } : {}),
      ...(values.engine ? { engine: values.engine } : {}),
      log: (line) => io.out(`  ${line}`),
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") io.err(`Port ${port} is in use: try npm start -- --port ${port + 1}`);
    else io.err(`Could not start: ${e.message}`);
    return 1;
  }
  // One write, so whoever reads the output sees the URL and the list together.
  io.out(whatToTry(app).join("\n"));
  const signal = await stopSignal;
  io.out(`\n  ${signal}: stopping…`);
  await app.stop();
  io.out("  Stopped.");
  return 0;
}
