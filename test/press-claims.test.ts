import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { createDynamoClient } from "#store/dynamo-client.ts";
import { DynamoPressClaims } from "#store/dynamo-press-claims.ts";
import { startTestServer, type Engine, type TestServer, type TestTable } from "#test/helpers/dynamo.ts";
import { startFaultProxy, type Hold } from "#test/helpers/fault-proxy.ts";

/**
 * The share button's claims, on both local engines: dynalite accepts some expressions AWS refuses (reserved words
 * among them), so every write runs once on AWS's own DynamoDB Local too.
 */
describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoPressClaims on %s", (engine) => {
  let server: TestServer;
  let table: TestTable;
  let claims: DynamoPressClaims;
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, seconds));

  beforeAll(async () => {
    server = await startTestServer(engine);
    table = await server.table();
    claims = new DynamoPressClaims({ client: table.client, tableName: table.tableName });
  });
  afterAll(async () => {
    await table?.stop();
    await server?.stop();
  });

  it("lets one press claim; a second is told it is held, then posted once it is recorded", async () => {
    expect(await claims.claim("k1", { owner: "a", now: at(0), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: false });
    expect(await claims.claim("k1", { owner: "b", now: at(1), staleAfterMs: 30_000 })).toEqual({ status: "held" });
    expect(await claims.recordPosted("k1", "b", "1.1", at(2))).toBe(false);
    expect(await claims.recordPosted("k1", "a", "1.2", at(2))).toBe(true);
    expect(await claims.claim("k1", { owner: "c", now: at(3), staleAfterMs: 0 })).toEqual({ status: "posted", ts: "1.2" });
  });

  it("gives a released press back, and only its owner can release it", async () => {
    await claims.claim("k2", { owner: "a", now: at(0), staleAfterMs: 30_000 });
    expect(await claims.release("k2", "b")).toBe(false);
    expect(await claims.release("k2", "a")).toBe(true);
    expect(await claims.claim("k2", { owner: "b", now: at(5), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: false });
  });

  it("lets a stale, unsettled claim be taken over, saying when the first attempt began; the old owner loses it", async () => {
    await claims.claim("k3", { owner: "dead", now: at(0), staleAfterMs: 30_000 });
    expect(await claims.claim("k3", { owner: "next", now: at(10), staleAfterMs: 30_000 })).toEqual({ status: "held" });
    expect(await claims.claim("k3", { owner: "next", now: at(40), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
    expect(await claims.recordPosted("k3", "dead", "9.9", at(41))).toBe(false);
    expect(await claims.recordPosted("k3", "next", "1.3", at(41))).toBe(true);
  });

  it("a claim exactly staleAfterMs old is still held; a millisecond older, it may be taken over", async () => {
    // The edge itself: a press is only 'dead' once it has had the whole of staleAfterMs.
    await claims.claim("k5", { owner: "slow", now: at(0), staleAfterMs: 30_000 });
    expect(await claims.claim("k5", { owner: "next", now: at(30), staleAfterMs: 30_000 })).toEqual({ status: "held" });
    const later = new Date(at(30).getTime() + 1);
    expect(await claims.claim("k5", { owner: "next", now: later, staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
  });

  it("a claim or record that landed but whose answer was lost (the SDK resends it) is still this press's own", async () => {
    const proxy = await startFaultProxy(server.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    try {
      const faulty = new DynamoPressClaims({ client, tableName: table.tableName });
      const pressKey = (body: Record<string, unknown>) => ((body.Item ?? body.Key) as { pk?: { S?: string } } | undefined)?.pk?.S;
      // The claim is one UpdateItem (it keeps the first holder's time in the same write), the record another.
      proxy.loseAnswer((operation, body) => operation === "UpdateItem" && pressKey(body) === "PRESS#k4");
      // Not "held" by an earlier press (itself), which told the editor to wait and press again. Counted as a
      // takeover: whether the lost write took over a dead press that posted cannot be known, so history is searched.
      expect(await faulty.claim("k4", { owner: "a", now: at(50), staleAfterMs: 30_000 })).toMatchObject({ status: "claimed", takeover: true });
      proxy.loseAnswer((operation, body) => operation === "UpdateItem" && pressKey(body) === "PRESS#k4");
      expect(await faulty.recordPosted("k4", "a", "1.4", at(51))).toBe(true);
      expect(proxy.seen).toMatchObject({ UpdateItem: 4 });
      // And the settled press reads as posted, for this owner's ts only.
      expect(await claims.claim("k4", { owner: "b", now: at(52), staleAfterMs: 0 })).toEqual({ status: "posted", ts: "1.4" });
      expect(await claims.recordPosted("k4", "b", "1.4", at(53))).toBe(false);
    } finally {
      client.destroy();
      await proxy.close();
    }
  });

  it("a press taken over three times still names the first holder's time to the last taker", async () => {
    // Mutation sweep 47 (T32): each unconfirmed holder's post may be in the channel, so every taker searches back to
    // the first; kept from the last holder's claim only, the fourth searched back to the second's.
    await claims.claim("k8", { owner: "first", now: at(0), staleAfterMs: 30_000 });
    await claims.claim("k8", { owner: "second", now: at(40), staleAfterMs: 30_000 });
    await claims.claim("k8", { owner: "third", now: at(80), staleAfterMs: 30_000 });
    expect(await claims.claim("k8", { owner: "fourth", now: at(120), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
  });

  it("a claim the previous release wrote (no first holder's time) taken over twice: the second taker still searches back to it", async () => {
    // Mutation sweep 47 (T33): a claim in flight across a deploy has only claimedAtMs; the first takeover must keep
    // that as the first holder's time, not its own.
    const doc = DynamoDBDocumentClient.from(table.client);
    const nowMs = at(0).getTime();
    await doc.send(new PutCommand({ TableName: table.tableName, Item: { pk: "PRESS#k9", sk: "CLAIM", kind: "press-claim", status: "claimed", owner: "old", claimedAtMs: nowMs, expiresAt: Math.floor(nowMs / 1000) + 3600 } }));
    expect(await claims.claim("k9", { owner: "second", now: at(40), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
    expect(await claims.claim("k9", { owner: "third", now: at(80), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
  });

  it("a takeover whose answer was lost still searches history back to the dead holder's claim, not a whole claim's life", async () => {
    // Mutation sweep 47 (T34): the resent takeover read as our own must give the time its write kept; searched back
    // a whole TTL instead, a Slack history read reached far past the dead holder's post (and its page limit).
    await claims.claim("k7", { owner: "first", now: at(0), staleAfterMs: 30_000 });
    const proxy = await startFaultProxy(server.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    try {
      const faulty = new DynamoPressClaims({ client, tableName: table.tableName });
      proxy.loseAnswer((operation, body) => operation === "UpdateItem" && (body.Key as { pk?: { S?: string } }).pk?.S === "PRESS#k7");
      expect(await faulty.claim("k7", { owner: "next", now: at(40), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
    } finally {
      client.destroy();
      await proxy.close();
    }
  });

  it("a takeover whose holder dies right after its claim write lands still leaves the first holder's time to the next", async () => {
    const proxy = await startFaultProxy(server.endpoint);
    const client = createDynamoClient({ endpoint: proxy.endpoint });
    const dies = new AbortController();
    let second: Hold | undefined;
    try {
      const faulty = new DynamoPressClaims({ client, tableName: table.tableName });
      await claims.claim("k6", { owner: "first", now: at(0), staleAfterMs: 30_000 });
      // The taker's claim write goes through; it dies (its deadline passes) at whatever table write comes after it.
      const writeOfK6 = (operation: string, body: Record<string, unknown>) =>
        ["PutItem", "UpdateItem"].includes(operation) && ((body.Item ?? body.Key) as { pk?: { S?: string } }).pk?.S === "PRESS#k6";
      let writes = 0;
      second = proxy.hold((operation, body) => writeOfK6(operation, body) && ++writes === 2);
      void second.reached.then(() => dies.abort());
      await faulty.claim("k6", { owner: "second", now: at(40), staleAfterMs: 30_000, signal: dies.signal }).catch(() => undefined);
      // The first holder's post (unconfirmed) may be in the channel: the next taker must search back to it.
      expect(await claims.claim("k6", { owner: "third", now: at(80), staleAfterMs: 30_000 })).toEqual({ status: "claimed", takeover: true, previousClaimAt: at(0) });
    } finally {
      // Released only now (its writer gave up on it, so the proxy drops it either way).
      second?.release();
      client.destroy();
      await proxy.close();
    }
  });
});
