import { App, LogLevel } from "@slack/bolt";
import { loadConfig, storeFromConfig } from "../lib/config.ts";
import * as slackApp from "../lib/slack/app.ts";
import { startArchive } from "./server.ts";

/**
 * `npm start` against a real workspace: Bolt over Socket Mode (an outbound WebSocket, so no public URL), with the
 * same listeners the Lambda registers, on the embedded archive. Needs an app-level token (`xapp-…`, scope
 * `connections:write`) and the bot token; the signing secret is not used by Socket Mode.
 *
 * Not exercised by the tests: it needs Slack on the internet.
 */
export interface SocketModeOptions {
  env: Record<string, string | undefined>;
  dataDir?: string;
  engine?: "dynalite" | "dynamodb-local";
  log?: (line: string) => void;
}

/** The listener registration the Lambda handler uses, when lib/slack/app.ts exposes it separately from its receiver. */
type RegisterListeners = (app: App, options: { store: ReturnType<typeof storeFromConfig> }) => void;

export async function startSocketMode(options: SocketModeOptions): Promise<{ stop(): Promise<void> }> {
  const log = options.log ?? (() => undefined);
  const register = (slackApp as Record<string, unknown>).registerListeners;
  if (typeof register !== "function") {
    throw new Error("Socket Mode needs lib/slack/app.ts to export registerListeners(app, { store }); it does not yet.");
  }
  const archive = await startArchive(
    { ...(options.dataDir ? { dataDir: options.dataDir } : {}), ...(options.engine ? { engine: options.engine } : {}) },
    log,
  );
  try {
    const config = loadConfig({
      NUTGRAF_TABLE: archive.tableName,
      DYNAMODB_ENDPOINT: archive.dynamo.endpoint,
      SLACK_BOT_TOKEN: options.env.SLACK_BOT_TOKEN,
      // Socket Mode does not sign requests; loadConfig still asks for a secret, so any placeholder does.
      SLACK_SIGNING_SECRET: options.env.SLACK_SIGNING_SECRET ?? "unused-in-socket-mode",
    });
    const app = new App({
      token: config.slackBotToken,
      appToken: options.env.SLACK_APP_TOKEN,
      socketMode: true,
      logLevel: LogLevel.WARN,
    });
    (register as RegisterListeners)(app, { store: storeFromConfig(config) });
    await app.start();
    return {
      async stop() {
        await app.stop();
        await archive.stop();
      },
    };
  } catch (error) {
    await archive.stop();
    throw error;
  }
}
