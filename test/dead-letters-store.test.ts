import { describe, expect, it } from "vitest";
import { deadLetter, MAX_RAW_BYTES } from "#ingest/dead-letters.ts";
import { DynamoDeadLetterStore } from "#store/dynamo-dead-letters.ts";
import type { Engine } from "#test/helpers/dynamo.ts";
import { useEngineSuite } from "#test/helpers/engine-suite.ts";

// The dead-letter store against a real local DynamoDB, on both engines: what `nutgraf deadletters` lists.

/** A letter received `minute` minutes into 1 March 2024, its raw item `bytes` long. */
const letter = (minute: number, bytes: number) =>
  deadLetter({ raw: String(minute % 10).repeat(bytes), origin: "endpoint", code: "TOO_LARGE", reason: "too large", receivedAt: new Date(Date.UTC(2024, 2, 1, 0, minute)) });

describe.each<Engine>(["dynalite", "dynamodb-local"])("DynamoDeadLetterStore on %s", (engine) => {
  const suite = useEngineSuite(engine);

  async function freshLetters() {
    const table = await suite.server.table();
    suite.open.push(table);
    return new DynamoDeadLetterStore({ client: table.client, tableName: table.tableName });
  }

  it("lists `limit` letters newest first, reading past DynamoDB's 1 MB query page when letters are large", async () => {
    const letters = await freshLetters();
    // Six letters near the largest kept (a refused 350 KB story): a query page stops at 1 MB, after the fourth.
    const sent = Array.from({ length: 6 }, (_, minute) => letter(minute, MAX_RAW_BYTES - 80_000));
    for (const l of sent) await letters.put(l);
    const newestFirst = sent.map((l) => l.id).reverse();
    expect((await letters.list(50)).map((l) => l.id)).toEqual(newestFirst);
    expect((await letters.list(5)).map((l) => l.id)).toEqual(newestFirst.slice(0, 5));
    expect((await letters.list(1)).map((l) => l.id)).toEqual(newestFirst.slice(0, 1));
  });

  it("keeps an item refused again (a batch resent after a 503) in its first letter, refreshed, not in a second one", async () => {
    const letters = await freshLetters();
    const refused = (minute: number, origin: string, reason: string) =>
      deadLetter({ raw: '{"uri":"urn:x"}', origin, code: "NO_HEADLINE", reason, receivedAt: new Date(Date.UTC(2024, 2, 1, 0, minute)) });
    const first = refused(0, "endpoint", "no headline");
    expect(await letters.put(first)).toBe(first.id);
    // Half an hour on, the sender resends: a letter of its own id (its time), answered with the first letter's.
    const again = refused(30, "endpoint", "no headline (headline or headlines[].value)");
    expect(again.id).not.toBe(first.id);
    expect(await letters.put(again)).toBe(first.id);
    expect(await letters.list()).toEqual([{ ...first, reason: again.reason, expiresAt: again.expiresAt }]);
    // The same raw item from another origin is another item.
    const fromFeed = refused(31, "feed https://news.example/rss", "no headline");
    expect(await letters.put(fromFeed)).toBe(fromFeed.id);
    expect((await letters.list()).map((l) => l.id)).toEqual([fromFeed.id, first.id]);
    // Once its letter is gone (sent again with --retry, or expired), a new refusal is a new letter.
    await letters.remove(first.id);
    const later = refused(45, "endpoint", "no headline");
    expect(await letters.put(later)).toBe(later.id);
    expect((await letters.list()).map((l) => l.id)).toEqual([later.id, fromFeed.id]);
  });
});
