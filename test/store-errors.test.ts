import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoArticleStore } from "#store/dynamo-store.ts";
import { StoreError } from "#store/store.ts";
import { failureReply } from "#slack/commands.ts";
import { createLogger } from "#lib/log.ts";

/**
 * DynamoDB's own error answers, as AWS sends them (status, `x-amz-json-1.0` body with its `__type`), read by the real
 * SDK client and mapped by the store to the typed errors its callers act on, then worded as the Slack answer. The
 * local servers and the fault proxy only ever send ProvisionedThroughputExceededException; these are the others.
 */
let server: Server;
let endpoint: string;
let answer: { status: number; type: string; message: string };

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(answer.status, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": "stub" });
      res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${answer.type}`, message: answer.message }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What `store.get` fails with when every answer is `answer` (one attempt: the SDK's retries are not the question). */
async function failure(status: number, type: string, message: string): Promise<StoreError> {
  answer = { status, type, message };
  const client = createDynamoClient({ endpoint, maxAttempts: 1 });
  try {
    const error: unknown = await new DynamoArticleStore({ client, tableName: "articles" }).get("any").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  } finally {
    client.destroy();
  }
}

const invocation = { userId: "U0EDITOR", channelId: "C0NEWS", correlationId: "ref12345" };
/** The editor's answer to a failed `/brief` lookup. */
const said = (error: unknown): string => failureReply(error, invocation, createLogger({ sink: () => undefined }), "lookup").text;

describe("DynamoDB's error answers, typed", () => {
  it.each([
    ["ThrottlingException", "Rate of requests exceeds the allowed throughput."],
    ["RequestLimitExceeded", "Throughput exceeds the current throughput limit for your account."],
  ])("%s (400) is THROTTLED, and the editor is told the archive is busy", async (type, message) => {
    const error = await failure(400, type, message);
    expect(error.code).toBe("THROTTLED");
    expect((error.cause as Error).name).toBe(type);
    expect(said(error)).toContain("The archive is busy right now");
  });

  it("a bare 500 of no known type is UNAVAILABLE ('couldn't reach'), not an unexplained failure", async () => {
    const error = await failure(500, "SomethingBroke", "We encountered an internal error.");
    expect(error.code).toBe("UNAVAILABLE");
    expect(said(error)).toContain("Couldn't reach the archive");
  });

  it("a table that does not exist (ResourceNotFoundException) is UNAVAILABLE, naming the cause", async () => {
    const error = await failure(400, "ResourceNotFoundException", "Requested resource not found");
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toContain("the article table does not exist");
    expect(said(error)).toContain("Couldn't reach the archive");
  });
});
