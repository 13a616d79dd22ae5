import { createServer, request } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP proxy on 127.0.0.1 in front of a local DynamoDB that misbehaves on demand, the way AWS does:
 * it answers with DynamoDB's own throttling error, processes only part of a BatchWriteItem and hands the
 * rest back as UnprocessedItems, resets connections, or stops answering altogether (a paused table). The SDK under test sees genuine HTTP responses, not a mocked client.
 */
export interface FaultProxy {
  endpoint: string;
  /** Answer the next `count` requests with 400 ProvisionedThroughputExceededException (Infinity: until `heal()`). */
  throttle(count: number): void;
  /** Forward only the first half of the next `count` BatchWriteItem requests; return the rest as UnprocessedItems. */
  partialBatchWrites(count: number): void;
  /**
   * Forward only the first `keep` keys of the next `count` BatchGetItem requests and hand the rest back as
   * UnprocessedKeys, as DynamoDB does past 16 MB of results or for keys it was too busy to read (`keep` 0: none read).
   * A list of keeps is taken in turn, one per request, round and round (`[0, 1]`: a busy round, then one key).
   */
  partialBatchGets(count: number, keep: number | readonly number[]): void;
  /**
   * Holds the next request `match` picks (by operation and JSON body) without forwarding it: `reached` resolves
   * when it arrives; `release()` sends it on if its client still waits (one that gave up meanwhile never reaches the
   * table, however soon after it is released); unreleased, it is never answered (a stalled table).
   */
  hold(match: RequestMatch): Hold;
  /** Drops the connection of the next request `match` picks, unforwarded: a writer that dies right there. */
  drop(match: RequestMatch): void;
  /**
   * Forwards the next request `match` picks and drops the connection instead of its answer: the write landed, the
   * writer cannot know (the SDK resends it, as it would after a reset on AWS).
   */
  loseAnswer(match: RequestMatch): void;
  /**
   * A paused table (SIGSTOP): connections are accepted, requests held unanswered until `heal()`, which forwards the
   * ones whose clients still wait (as `hold` does).
   */
  pause(): void;
  /** Destroy the connection of the next `count` requests without forwarding them (ECONNRESET). */
  reset(count: number): void;
  /** Requests waiting on a paused table right now. */
  readonly held: number;
  heal(): void;
  /** Requests seen, by DynamoDB operation (`PutItem`, `Query`, …). */
  readonly seen: Record<string, number>;
  readonly throttled: number;
  readonly partial: number;
  close(): Promise<void>;
}

export type RequestMatch = (operation: string, body: Record<string, unknown>) => boolean;

export interface Hold {
  reached: Promise<void>;
  release(): void;
}

/** The sort key of a PutItem's item, for matching "the write of LATEST" and the like. */
export function putSortKey(body: Record<string, unknown>): string | undefined {
  const item = body.Item as Record<string, { S?: string }> | undefined;
  return item?.sk?.S;
}

const THROTTLE_BODY = JSON.stringify({
  __type: "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
  message:
    "The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.",
});

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends the request on to `upstream` with `body`, and reads the whole answer. */
export function forward(upstream: URL, req: IncomingMessage, body: Buffer): Promise<Upstream> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string" && name !== "content-length" && name !== "connection") headers[name] = value;
  }
  headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const out = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const resHeaders: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (typeof value === "string") resHeaders[name] = value;
          }
          resolve({ status: res.statusCode ?? 502, headers: resHeaders, body: Buffer.concat(chunks) });
        });
        res.on("error", reject);
      },
    );
    out.on("error", reject);
    out.end(body);
  });
}

/**
 * Whether the client is still waiting for `req`'s answer. A client that gave up (aborted, timed out) has closed its
 * connection, but the proxy learns of it only once its event loop reads that close: asked at once after a release
 * (the same turn the client gave up in), it still saw a live request and forwarded it. So the loop gets two turns,
 * and a few milliseconds, to read what is already on the wire before the answer.
 */
async function clientWaiting(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setTimeout(resolve, 10));
  return !(res.destroyed || req.socket.destroyed || req.socket.readableEnded);
}

function reply(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  const buffer = typeof body === "string" ? Buffer.from(body) : body;
  const clean = { ...headers };
  // The body may have been rewritten, so the upstream checksum and length no longer hold.
  delete clean["x-amz-crc32"];
  delete clean["content-length"];
  delete clean["transfer-encoding"];
  res.writeHead(status, { ...clean, "content-length": String(buffer.length) });
  res.end(buffer);
}

export async function startFaultProxy(upstreamEndpoint: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamEndpoint);
  let throttleLeft = 0;
  let partialLeft = 0;
  let resetLeft = 0;
  let paused = false;
  const waiting: Array<() => void> = [];
  let throttled = 0;
  let partial = 0;
  let getsLeft = 0;
  let getsKeeps: readonly number[] = [0];
  let getsRound = 0;
  const seen: Record<string, number> = {};
  const holds: { match: RequestMatch; arrived: () => void; gate: Promise<void> }[] = [];
  const drops: RequestMatch[] = [];
  const losses: RequestMatch[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const op = String(req.headers["x-amz-target"] ?? "").split(".").pop() ?? "";
      seen[op] = (seen[op] ?? 0) + 1;
      const json = body.length > 0 ? (JSON.parse(body.toString()) as Record<string, unknown>) : {};
      const dropAt = drops.findIndex((match) => match(op, json));
      if (dropAt >= 0) {
        drops.splice(dropAt, 1);
        req.socket.destroy();
        return;
      }
      const lossAt = losses.findIndex((match) => match(op, json));
      if (lossAt >= 0) {
        losses.splice(lossAt, 1);
        await forward(upstream, req, body);
        req.socket.destroy();
        return;
      }
      const holdAt = holds.findIndex((h) => h.match(op, json));
      let stalled = false;
      if (holdAt >= 0) {
        const [held] = holds.splice(holdAt, 1);
        held!.arrived();
        await held!.gate;
        stalled = true;
      }
      if (resetLeft > 0) {
        resetLeft--;
        req.socket.destroy();
        return;
      }
      if (paused) {
        await new Promise<void>((resume) => waiting.push(resume));
        stalled = true;
      }
      // A request the table never got, given up on meanwhile: it must never reach the table.
      if (res.destroyed || (stalled && !(await clientWaiting(req, res)))) return;
      if (throttleLeft > 0) {
        throttleLeft--;
        throttled++;
        reply(res, 400, { "content-type": "application/x-amz-json-1.0", "x-amzn-requestid": `fault-${throttled}` }, THROTTLE_BODY);
        return;
      }
      if (op === "BatchWriteItem" && partialLeft > 0) {
        const request = JSON.parse(body.toString()) as { RequestItems: Record<string, unknown[]> };
        const kept: Record<string, unknown[]> = {};
        const unprocessed: Record<string, unknown[]> = {};
        for (const [table, writes] of Object.entries(request.RequestItems)) {
          const half = Math.ceil(writes.length / 2);
          kept[table] = writes.slice(0, half);
          if (writes.length > half) unprocessed[table] = writes.slice(half);
        }
        if (Object.keys(unprocessed).length > 0) {
          partialLeft--;
          partial++;
          const answer = await forward(upstream, req, Buffer.from(JSON.stringify({ ...request, RequestItems: kept })));
          const parsed = JSON.parse(answer.body.toString()) as { UnprocessedItems?: Record<string, unknown[]> };
          const merged = { ...parsed, UnprocessedItems: { ...(parsed.UnprocessedItems ?? {}), ...unprocessed } };
          reply(res, answer.status, answer.headers, JSON.stringify(merged));
          return;
        }
      }
      if (op === "BatchGetItem" && getsLeft > 0) {
        const getsKeep = getsKeeps[getsRound++ % getsKeeps.length]!;
        const request = json as { RequestItems: Record<string, { Keys: unknown[] } & Record<string, unknown>> };
        const kept: typeof request.RequestItems = {};
        const unprocessed: typeof request.RequestItems = {};
        for (const [table, spec] of Object.entries(request.RequestItems)) {
          if (spec.Keys.length > getsKeep) unprocessed[table] = { ...spec, Keys: spec.Keys.slice(getsKeep) };
          if (getsKeep > 0) kept[table] = { ...spec, Keys: spec.Keys.slice(0, getsKeep) };
        }
        if (Object.keys(unprocessed).length > 0) {
          getsLeft--;
          partial++;
          const parsed =
            Object.keys(kept).length > 0
              ? (JSON.parse((await forward(upstream, req, Buffer.from(JSON.stringify({ ...request, RequestItems: kept })))).body.toString()) as Record<string, unknown>)
              : { Responses: Object.fromEntries(Object.keys(unprocessed).map((t) => [t, []])) };
          reply(res, 200, { "content-type": "application/x-amz-json-1.0" }, JSON.stringify({ ...parsed, UnprocessedKeys: unprocessed }));
          return;
        }
      }
      const answer = await forward(upstream, req, body);
      reply(res, answer.status, answer.headers, answer.body);
    })().catch(() => {
      // Upstream gone: drop the connection, as a dead server would.
      res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    throttle(count) {
      throttleLeft = count;
    },
    partialBatchWrites(count) {
      partialLeft = count;
    },
    partialBatchGets(count, keep) {
      getsLeft = count;
      getsKeeps = typeof keep === "number" ? [keep] : keep;
      getsRound = 0;
    },
    hold(match) {
      let arrived!: () => void;
      let release!: () => void;
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      const gate = new Promise<void>((resolve) => (release = resolve));
      holds.push({ match, arrived, gate });
      return { reached, release };
    },
    drop(match) {
      drops.push(match);
    },
    loseAnswer(match) {
      losses.push(match);
    },
    pause() {
      paused = true;
    },
    reset(count) {
      resetLeft = count;
    },
    get held() {
      return waiting.length;
    },
    heal() {
      throttleLeft = 0;
      partialLeft = 0;
      getsLeft = 0;
      resetLeft = 0;
      paused = false;
      for (const resume of waiting.splice(0)) resume();
    },
    seen,
    get throttled() {
      return throttled;
    },
    get partial() {
      return partial;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        // Held requests find their sockets gone and end there.
        for (const resume of waiting.splice(0)) resume();
      });
    },
  };
}
