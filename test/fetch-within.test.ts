// lib/http/fetch-within.ts: a timeout or an abort that survives a garbage collection. Node's fetch follows a request's
// signal weakly (nodejs/undici#4068): with `AbortSignal.any([AbortSignal.timeout(ms)])` handed to fetch, a GC while
// the call waits disconnected the timeout, and a Slack call held for 11 s outlived its 1 s timeout (round 44's
// shuffled CI). What is asserted is what happened (the call gave up, or got its answer), never how long it took.
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BodyLost, fetchWithin, fetchWithinUsing } from "#lib/http/fetch-within.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * Answers "/late" 3 s after the request, "/stall" with headers at once and its body 3 s later, "/cut" with a 200's
 * headers and part of its body before the connection drops, anything else at once.
 */
let server: Server;
let base = "";
/** Per "/stall" request, in order: whether its answer had been sent whole when its connection closed. */
const stallsClosed: Array<Promise<boolean>> = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/late") return void setTimeout(() => res.end("late"), 3000);
    if (req.url === "/stall") {
      stallsClosed.push(new Promise((resolve) => res.on("close", () => resolve(res.writableFinished))));
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("part");
      return void setTimeout(() => res.end(" rest"), 3000);
    }
    if (req.url === "/cut") {
      res.writeHead(200, { "content-type": "application/json", "content-length": "40" });
      return void res.write('{"ok":tr', () => req.socket.destroy());
    }
    if (req.url === "/empty") return void res.writeHead(204).end();
    if (req.url === "/moved") return void res.writeHead(302, { location: "/quick" }).end();
    res.writeHead(200, { "x-kind": "quick" }).end(`quick ${req.method} ${req.headers["x-test"] ?? ""}`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The call's outcome: its body, or the name of what it was rejected with. */
async function outcome(call: Promise<Response>): Promise<string> {
  return call.then(
    (response) => response.text(),
    (error: unknown) => (error as Error).name,
  );
}

/** Collects garbage a few times while the call waits, as a busy process would. */
async function collectWhileWaiting(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (let i = 0; i < 3; i++) gc();
}

describe("fetchWithin", () => {
  it("gives up at its timeout although a garbage collection ran while it waited", async () => {
    const call = outcome(fetchWithin(300)(`${base}/late`));
    await collectWhileWaiting();
    expect(await call).toBe("TimeoutError");
  });

  it("gives up when another signal aborts, after a garbage collection, with that signal's reason", async () => {
    const deadline = new AbortController();
    const call = fetchWithin(60_000, deadline.signal)(`${base}/late`);
    await collectWhileWaiting();
    deadline.abort(new RangeError("the request's deadline"));
    await expect(call).rejects.toThrow("the request's deadline");
  });

  it("gives up on a body that stalls after its headers", async () => {
    const call = outcome(fetchWithin(300)(`${base}/stall`));
    await collectWhileWaiting();
    expect(await call).toBe("TimeoutError");
  });

  it.each([undefined, 1024])("a body cut off by a dropped connection is a BodyLost carrying the status that came (maxBytes %s)", async (maxBytes) => {
    const call = fetchWithinUsing(fetch, maxBytes === undefined ? 5000 : { ms: 5000, maxBytes })(`${base}/cut`);
    const error = await call.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(BodyLost);
    expect(error).toMatchObject({ status: 200 });
  });

  it("statusOnly: resolves at the status of a body that stalls, with no body, and cancels it (the connection is not held to its end)", async () => {
    // A response_url's 200 is Slack's whole answer; waiting on its body turned a stall into a logged timeout.
    const stall = stallsClosed.length;
    const response = await fetchWithinUsing(fetch, { ms: 60_000, statusOnly: true })(`${base}/stall`);
    expect([response.status, await response.text()]).toEqual([200, ""]);
    expect(await stallsClosed[stall]).toBe(false);
  });

  it("honours the call's own signal, and one aborted before the call starts nothing", async () => {
    const own = new AbortController();
    own.abort(new RangeError("aborted first"));
    await expect(fetchWithin(60_000)(`${base}/quick`, { signal: own.signal })).rejects.toThrow("aborted first");
  });

  it("returns a quick answer whole: status, headers, body and the request's method and headers", async () => {
    const response = await fetchWithin(5_000)(`${base}/quick`, { method: "POST", headers: { "x-test": "yes" }, body: "x" });
    expect([response.status, response.headers.get("x-kind"), await response.text()]).toEqual([200, "quick", "quick POST yes"]);
    const empty = await fetchWithin(5_000)(`${base}/empty`);
    expect([empty.status, await empty.text()]).toEqual([204, ""]);
  });

  it("keeps the answer's url and whether it was redirected", async () => {
    const moved = await fetchWithin(5_000)(`${base}/moved`);
    const quick = await fetchWithin(5_000)(`${base}/quick`);
    expect([moved.url, moved.redirected, await moved.text()]).toEqual([`${base}/quick`, true, "quick GET "]);
    expect([quick.url, quick.redirected]).toEqual([`${base}/quick`, false]);
  });

  it("with maxBytes: a body of exactly the limit comes whole, one byte over is refused, and a stall still times out", async () => {
    // "/quick" answers a GET with the 10 bytes "quick GET ".
    const within = (maxBytes: number, ms = 5_000) => fetchWithinUsing(fetch, { ms, maxBytes });
    expect(await outcome(within(10)(`${base}/quick`))).toBe("quick GET ");
    expect(await outcome(within(9)(`${base}/quick`))).toBe("BodyTooLargeError");
    const stalled = outcome(within(1_000, 300)(`${base}/stall`));
    await collectWhileWaiting();
    expect(await stalled).toBe("TimeoutError");
  });
});
