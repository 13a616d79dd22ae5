import type { APIGatewayProxyStructuredResultV2, LambdaFunctionURLEvent, LambdaFunctionURLHandler } from "aws-lambda";
import { ConfigError, dynamoClientFromConfig, linked, storeFromConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { handleIngest, type EndpointDeps } from "#ingest/endpoint.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";

/**
 * Stories pushed in by wires and the CMS, behind their own Function URL (README: "Wire your newsroom in").
 * Configuration: the linked `Articles` table and `IngestSigningSecret` on Lambda; `NUTGRAF_TABLE`,
 * `INGEST_SIGNING_SECRET` (and `DYNAMODB_ENDPOINT`) elsewhere. Read on the first request, as the Slack function does.
 */
let deps: EndpointDeps | undefined;

function depsFromEnvironment(env: Record<string, string | undefined> = process.env): EndpointDeps {
  const tableName = linked("Articles", "name") ?? env.NUTGRAF_TABLE?.trim();
  const signingSecret = linked("IngestSigningSecret", "value") ?? env.INGEST_SIGNING_SECRET?.trim();
  if (!tableName || !signingSecret) {
    throw new ConfigError(
      [tableName ? "" : "NUTGRAF_TABLE (or linked Resource.Articles)", signingSecret ? "" : "INGEST_SIGNING_SECRET (or secret IngestSigningSecret)"].filter(Boolean),
    );
  }
  const config = { tableName, ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}) };
  return {
    store: storeFromConfig(config),
    deadLetters: new DynamoDeadLetterStore({ client: dynamoClientFromConfig(config), tableName }),
    signingSecret,
    now: () => new Date(),
    log: createLogger({ fields: { fn: "ingest" } }),
  };
}

export const handler = (async (event: LambdaFunctionURLEvent): Promise<APIGatewayProxyStructuredResultV2> => {
  deps ??= depsFromEnvironment();
  const raw = event.body ?? "";
  // Function URLs base64-encode bodies that are not text; the signature covers the bytes the sender sent.
  const body = event.isBase64Encoded ? Buffer.from(raw, "base64") : Buffer.from(raw, "utf8");
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const answer = await handleIngest({ method: event.requestContext.http.method, headers, body }, deps);
  return { statusCode: answer.status, headers: answer.headers, body: JSON.stringify(answer.body) };
}) satisfies LambdaFunctionURLHandler;
