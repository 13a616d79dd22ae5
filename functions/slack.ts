import type { APIGatewayProxyStructuredResultV2, Context, LambdaFunctionURLEvent, LambdaFunctionURLHandler } from "aws-lambda";
import { dynamoClientFromConfig, loadConfig, storeFromConfig } from "#lib/config.ts";
import { DynamoFeedbackStore } from "#store/dynamo-feedback.ts";
import { createSlackHandler, type SlackHandler } from "#slack/app.ts";
// Registers `/brief subscribe`, `unsubscribe` and `subscriptions` alongside the built-in sub-commands.
import { subscriptionCommandDeps } from "#slack/subscription-commands.ts";
// Registers `/brief changes` (what the latest version of a story changed).
import "#slack/changes-command.ts";

/**
 * `/brief` and its buttons, behind a Lambda Function URL (or an API Gateway v2 route).
 * The app is built once per container, on the first request, so a missing secret fails loudly with a ConfigError
 * naming it (in the function's logs) rather than at import time, where Lambda would report an opaque init error.
 * Why the listeners `ack()` first and answer through `respond()`: see createSlackHandler.
 * `satisfies` checks it against Lambda's Function URL handler type while callers (tests, the local server) keep
 * this narrower signature: a promise of a structured response, and no callback.
 */
let app: SlackHandler | undefined;

export const handler = (async (event: LambdaFunctionURLEvent, context?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
  if (!app) {
    const config = loadConfig();
    app = createSlackHandler(config, {
      store: storeFromConfig(config),
      deps: {
        ...subscriptionCommandDeps(config),
        feedback: new DynamoFeedbackStore({ client: dynamoClientFromConfig(config), tableName: config.tableName }),
        ...(config.articleUrl ? { articleUrl: config.articleUrl } : {}),
      },
      // One request per container: 1.8 s for the archive and the post, then up to 1 s for the answer's trip to
      // response_url, inside Slack's 3 s (README: "How the function answers inside Slack's 3 seconds").
      deadlineMs: 1800,
      httpTimeoutMs: 1000,
    });
  }
  return app(event, context);
}) satisfies LambdaFunctionURLHandler;
