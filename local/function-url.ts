import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";

// How AWS puts a Lambda behind a Function URL, reproduced for the local stack: the event it builds from an HTTP
// request, the context the runtime passes, and how the handler's answer becomes an HTTP response.

/** What a Function URL returns to the caller, whatever shape the handler answered with. */
export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

// Function URLs hand text and JSON bodies over as they are and base64-encode everything else, form posts included.
function isTextual(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|xml)|[^;]*\+(json|xml))/i.test(contentType);
}

/** The event AWS builds for a Lambda Function URL (payload format 2.0) from one HTTP request. */
export function functionUrlEvent(request: IncomingMessage, rawBody: Buffer, now: Date = new Date()): APIGatewayProxyEventV2 {
  const url = new URL(request.url ?? "/", "http://localhost");
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    if (name === "cookie") cookies.push(...String(value).split(/;\s*/));
    else headers[name.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
  const host = headers.host ?? "localhost";
  const base64 = rawBody.length > 0 && !isTextual(headers["content-type"] ?? "");
  const event: APIGatewayProxyEventV2 = {
    version: "2.0",
    routeKey: "$default",
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ""),
    headers,
    requestContext: {
      accountId: "anonymous",
      apiId: "nutgraf-local",
      domainName: host,
      domainPrefix: host.split(".")[0] ?? host,
      http: {
        method: request.method ?? "GET",
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: "$default",
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded: base64,
  };
  if (cookies.length > 0) event.cookies = cookies;
  if (Object.keys(query).length > 0) event.queryStringParameters = query;
  if (rawBody.length > 0) event.body = base64 ? rawBody.toString("base64") : rawBody.toString("utf8");
  return event;
}

/** A Lambda context as the runtime gives one, with a real deadline. */
export function lambdaContext(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: "512",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** How a Function URL turns a handler's return value into an HTTP response (structured, or JSON of anything else). */
export function toHttpAnswer(result: unknown): HttpAnswer {
  if (typeof result === "object" && result !== null && "statusCode" in result) {
    const r = result as { statusCode?: unknown; headers?: Record<string, unknown>; body?: unknown; isBase64Encoded?: unknown };
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(r.headers ?? {})) headers[name.toLowerCase()] = String(value);
    const raw = typeof r.body === "string" ? r.body : "";
    const body = r.isBase64Encoded === true ? Buffer.from(raw, "base64").toString("utf8") : raw;
    return { statusCode: typeof r.statusCode === "number" ? r.statusCode : 200, headers, body };
  }
  if (result === undefined || result === null) return { statusCode: 200, headers: {}, body: "" };
  const body = typeof result === "string" ? result : JSON.stringify(result);
  return { statusCode: 200, headers: { "content-type": "application/json" }, body };
}
