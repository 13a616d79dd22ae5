import { App, LogLevel } from "@slack/bolt";
import { dynamoClientFromConfig, loadConfig, storeFromConfig } from "#lib/config.ts";
import { DynamoPressClaims } from "#store/dynamo-press-claims.ts";
import { registerListeners } from "#slack/app.ts";
import { subscriptionCommandDeps } from "#slack/subscription-commands.ts";
import { startArchive } from "#local/archive.ts";

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

export async function startSocketMode(options: SocketModeOptions): Promise<{ stop(): Promise<void> }> {
  const log = options.log ?? (() => undefined);
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
    // The Web API client's default policy retries for ~30 minutes: offline or with a bad token, say so in seconds.
    const retryConfig = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1000 };
    const app = new App({
      token: config.slackBotToken,
      appToken: options.env.SLACK_APP_TOKEN,
      socketMode: true,
      // Bolt's own token check runs unawaited in the constructor; the auth.test below reports failures instead.
      tokenVerificationEnabled: false,
      logLevel: LogLevel.ERROR,
      clientOptions: { retryConfig },
      installerOptions: { clientOptions: { retryConfig } },
    });
    try {
      const who = await app.client.auth.test();
      log(`Slack: connected as ${String(who.user)} in ${String(who.team)}`);
    } catch (error) {
      throw new Error(`Slack refused SLACK_BOT_TOKEN or cannot be reached (${(error as Error).message}); check the token and the network.`);
    }
    // The Lambda's listeners and sub-commands (functions/slack.ts wires the same two).
    registerListeners(app, {
      store: storeFromConfig(config),
      deps: subscriptionCommandDeps(config),
      claims: new DynamoPressClaims({ client: dynamoClientFromConfig(config), tableName: config.tableName }),
      botToken: config.slackBotToken,
    });
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
