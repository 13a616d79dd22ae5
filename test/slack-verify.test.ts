import { createHmac, randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SlackApi } from "#local/slack-api.ts";
import { loadConfig } from "#lib/config.ts";
import { createLogger } from "#lib/log.ts";
import { createSlackHandler } from "#slack/app.ts";
import { startSlackStack, type SlackStack } from "#test/helpers/slack-stack.ts";
import { startFunctionUrl, type FunctionUrl } from "#test/helpers/function-url.ts";
import { signedEvent, slashCommandBody } from "#test/helpers/slack-request.ts";

/**
 * Signature checks over real HTTP: raw requests into a Function URL stand-in in front of the real Lambda handler
 * (functions/slack.ts), exactly as Slack's servers (or an attacker) would send them.
 */
const SECRET = "verify-signing-secret-0123456789";
const TOKEN = "xoxb-verify";

let stack: SlackStack;
let api: SlackApi;
let fn: FunctionUrl;
let seq = 0;

beforeAll(async () => {
  stack = await startSlackStack({ secret: SECRET, token: TOKEN, stories: [] });
  api = stack.api;
  fn = await startFunctionUrl((event) => stack.handler(event));
});

afterAll(async () => {
  await fn?.close();
  await stack?.stop();
});

beforeEach(() => api.reset());

const nowSeconds = () => Math.floor(Date.now() / 1000);
const helpBody = () => slashCommandBody({ text: "help", responseUrl: api.responseUrl(`v-${++seq}`, { channel: "C0NEWS", user: "U0EDITOR" }) });

async function post(body: string | Buffer, headers: Record<string, string>, url = fn.url): Promise<number> {
  const response = await fetch(url, { method: "POST", headers, body });
  await response.arrayBuffer();
  return response.status;
}

/**
 * Headers signing `body` with SECRET at `timestamp` (a string, so malformed timestamps can be signed too). Signed
 * here over the bytes, not through local/slack-signature.ts, so a body that is not ASCII is signed as Slack signs it.
 */
function signed(body: string | Buffer, timestamp: string | number = nowSeconds(), contentType = "application/x-www-form-urlencoded") {
  const hex = createHmac("sha256", SECRET).update(`v0:${String(timestamp)}:`).update(body).digest("hex");
  return { "content-type": contentType, "x-slack-request-timestamp": String(timestamp), "x-slack-signature": `v0=${hex}` };
}

describe("a signed, fresh request", () => {
  it("is answered (200) and reaches the listener, also 4 minutes old or 4 minutes ahead", async () => {
    for (const skew of [0, -240, 240]) {
      const body = helpBody();
      expect(await post(body, signed(body, nowSeconds() + skew))).toBe(200);
    }
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(3);
  });

  it("works with content-type application/x-www-form-urlencoded; charset=utf-8 (Bolt alone answered 502)", async () => {
    const body = helpBody();
    expect(await post(body, signed(body, nowSeconds(), "application/x-www-form-urlencoded; charset=utf-8"))).toBe(200);
    expect(api.calls.filter((c) => c.method === "response_url" && c.status === 200)).toHaveLength(1);
  });

  it("is checked over the bytes as sent: raw UTF-8 in a form body (Bolt decoded it as ASCII) still verifies", async () => {
    const body = Buffer.from(`${helpBody()}&note=caf\u00e9 \u2014 r\u00e9sum\u00e9`, "utf8");
    expect(await post(body, signed(body))).toBe(200);
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(1);
  });

  it("is checked over its UTF-8 bytes also when the body comes as text, not base64 (an API Gateway v2 route)", async () => {
    const body = `${helpBody()}&note=caf\u00e9 \u2014 r\u00e9sum\u00e9`;
    const response = await stack.handler(signedEvent(body, { secret: SECRET, shape: "api-gateway-v2" }));
    expect(response.statusCode).toBe(200);
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(1);
  });
});

describe("header names in any case", () => {
  it("verifies a request whose headers keep Slack's capitals (a proxy or an API Gateway REST route passes them so)", async () => {
    const event = signedEvent(helpBody(), { secret: SECRET, shape: "api-gateway-v2" });
    const capital = (name: string) => name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase());
    const headers = Object.fromEntries(Object.entries(event.headers).map(([name, value]) => [capital(name), value]));
    expect(Object.keys(headers)).toEqual(expect.arrayContaining(["X-Slack-Request-Timestamp", "X-Slack-Signature", "Content-Type"]));
    const response = await stack.handler({ ...event, headers });
    expect(response.statusCode).toBe(200);
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(1);
  });
});

describe("the replay window's edges, to the second, on a pinned clock", () => {
  // 4 and 6 minutes (above and below) would not notice the window moved by a second either way; a pinned clock
  // lets the edge itself be sent without racing the wall clock.
  const NOW = 1_750_000_000;
  let pinned: FunctionUrl;

  beforeAll(async () => {
    const h = createSlackHandler(loadConfig({ ...process.env }), { store: stack.articles, signatureClock: () => NOW, log: createLogger({ sink: () => undefined }) });
    pinned = await startFunctionUrl((event) => h(event));
  });

  afterAll(async () => {
    await pinned?.close();
  });

  it.each([
    ["exactly 5 minutes old", -300, 200],
    ["5 minutes and 1 second old", -301, 401],
    ["exactly 5 minutes ahead", 300, 200],
    ["5 minutes and 1 second ahead", 301, 401],
  ])("a correctly signed request %s: %i", async (_name, skew, status) => {
    const body = helpBody();
    expect(await post(body, signed(body, NOW + skew), pinned.url)).toBe(status);
    expect(api.calls.filter((c) => c.method === "response_url")).toHaveLength(status === 200 ? 1 : 0);
  });
});

describe("401, never a 5xx, and no listener runs", () => {
  const ts = () => nowSeconds();
  it.each([
    ["dated 6 minutes in the future", () => ({ timestamp: String(ts() + 360) })],
    ["dated 6 minutes ago", () => ({ timestamp: String(ts() - 360) })],
    ["with an Infinity timestamp", () => ({ timestamp: "Infinity" })],
    ["with a fractional timestamp", () => ({ timestamp: `${ts()}.5` })],
    ["with an exponent timestamp", () => ({ timestamp: `${(ts() / 1e9).toFixed(9)}e9` })],
    ["with a signed (+) timestamp", () => ({ timestamp: `+${ts()}` })],
    ["with a negative timestamp", () => ({ timestamp: "-1" })],
    ["with a padded timestamp", () => ({ timestamp: ` ${ts()}` })],
  ])("a correctly signed request %s", async (_name, make) => {
    const { timestamp } = make();
    const body = helpBody();
    expect(await post(body, signed(body, timestamp))).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it.each([
    ["no headers at all", {}],
    ["no signature", { "x-slack-request-timestamp": "NOW" }],
    ["no timestamp", { "x-slack-signature": "SIG" }],
    ["a v1 signature", { "x-slack-request-timestamp": "NOW", "x-slack-signature": "SIG:v1" }],
    ["an upper-case hex signature", { "x-slack-request-timestamp": "NOW", "x-slack-signature": "SIG:upper" }],
    ["a truncated signature", { "x-slack-request-timestamp": "NOW", "x-slack-signature": "SIG:short" }],
    ["a good signature with more hex after it", { "x-slack-request-timestamp": "NOW", "x-slack-signature": "SIG:long" }],
    ["a good signature after another scheme's", { "x-slack-request-timestamp": "NOW", "x-slack-signature": "SIG:after" }],
  ])("a request with %s", async (_name, template) => {
    const body = helpBody();
    const t = String(nowSeconds());
    const good = signed(body, t)["x-slack-signature"];
    const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
    for (const [name, value] of Object.entries(template)) {
      headers[name] =
        value === "NOW" ? t : value === "SIG" ? good : value === "SIG:v1" ? good.replace("v0=", "v1=") : value === "SIG:upper" ? good.toUpperCase().replace("V0=", "v0=") : value === "SIG:short" ? good.slice(0, 40) : value === "SIG:long" ? `${good}00` : value === "SIG:after" ? `v1=00,${good}` : value;
    }
    expect(await post(body, headers)).toBe(401);
    expect(api.calls).toEqual([]);
  });

  it("1,000 unsigned unparseable bodies of every content type (Bolt alone answered 502 with a stack trace)", async () => {
    const types = ["application/x-www-form-urlencoded", "application/json", "text/plain", "application/x-www-form-urlencoded; charset=utf-8", ""];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const body = i % 2 === 0 ? randomBytes(1 + (i % 300)) : Buffer.from(`payload=${"{".repeat(1 + (i % 7))}&x=%ZZ`);
      const headers: Record<string, string> = { "x-slack-request-timestamp": String(nowSeconds()) };
      const type = types[i % types.length]!;
      if (type) headers["content-type"] = type;
      if (i % 3 === 0) headers["x-slack-signature"] = `v0=${randomBytes(32).toString("hex")}`;
      const status = await post(body, headers);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 401: 1000 });
    expect(api.calls).toEqual([]);
  });

  it("any headers and body an attacker can send get 401 or 400, never a 5xx (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.option(fc.string({ maxLength: 30 })),
        fc.option(fc.string({ maxLength: 80 })),
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain", "multipart/form-data"),
        async (bytes, timestamp, signature, type) => {
          const headers: Record<string, string> = { "content-type": type };
          // Header values must be printable to be sent at all; fetch rejects the rest before it leaves.
          if (timestamp !== null && /^[\x20-\x7e]*$/.test(timestamp)) headers["x-slack-request-timestamp"] = timestamp;
          if (signature !== null && /^[\x20-\x7e]*$/.test(signature)) headers["x-slack-signature"] = signature;
          const status = await post(Buffer.from(bytes), headers);
          expect([400, 401]).toContain(status);
        },
      ),
      { numRuns: 200, seed: 13 },
    );
    expect(api.calls).toEqual([]);
  });
});

describe("Slack's SSL check (unsigned by design)", () => {
  it("is answered 200 with nothing, and runs no listener", async () => {
    const response = await fetch(fn.url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "ssl_check=1&token=xyz" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
    expect(api.calls).toEqual([]);
  });

  it.each([["ssl_check=0&token=xyz"], ["ssl_check=true"], ["ssl_check=1&payload=%7B%22type%22%3A%22block_actions%22%7D"], ["ssl_check=1&ssl_check=1"], ["ssl_check=1&command=%2Fbrief&text=help"]])(
    "anything more or other than exactly that is unsigned: 401 (%s)",
    async (body) => {
      expect(await post(body, { "content-type": "application/x-www-form-urlencoded" })).toBe(401);
      expect(api.calls).toEqual([]);
    },
  );
});

describe("400 for a signed body that cannot be read", () => {
  it.each([
    ["a button payload that is not JSON", "payload=%7Bnot-json", "application/x-www-form-urlencoded"],
    ["a JSON body that does not parse", "{\"type\":", "application/json"],
    ["a JSON array", "[1,2,3]", "application/json"],
    ["an unknown content type", "text=help", "text/plain"],
    ["no content type", "text=help", ""],
  ])("%s", async (_name, body, type) => {
    const headers: Record<string, string> = signed(body, nowSeconds(), type);
    if (type === "") delete headers["content-type"];
    expect(await post(body, headers)).toBe(400);
    expect(api.calls).toEqual([]);
  });

  it("bytes that are not UTF-8", async () => {
    const body = Buffer.from([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff, 0xfe]);
    expect(await post(body, signed(body))).toBe(400);
  });
});
