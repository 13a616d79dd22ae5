import { describe, expect, it } from "vitest";
import { FeedRunError, pollFeeds } from "#ingest/poll-feeds.ts";
import type { FeedCursorStore, PollDeps } from "#ingest/poll.ts";

// A cursor store that throws before anything is fetched: the run's report must still say why, whatever was thrown.

/** Reached by nothing here: every poll fails at its cursor, before the archive or the dead letters. */
const unreached = new Proxy(
  {},
  {
    get: () => {
      throw new Error("not reached");
    },
  },
);

function depsThrowing(thrown: (url: string) => unknown): PollDeps {
  const cursors: FeedCursorStore = {
    get: (url) => Promise.reject(thrown(url)),
    put: () => Promise.resolve(),
    list: () => Promise.resolve({ cursors: [], damaged: [] }),
  };
  return { cursors, store: unreached as PollDeps["store"], deadLetters: unreached as PollDeps["deadLetters"], now: () => new Date(0) };
}

describe("pollFeeds, when a feed's cursor cannot be read", () => {
  it("names what was thrown in that feed's unrecorded report, an Error's message or anything else as text", async () => {
    const thrown = (url: string): unknown => (url.endsWith("/a") ? new Error("cursor item damaged") : "table paused");
    const reports = await pollFeeds(["https://feeds.example/a", "https://feeds.example/b"], depsThrowing(thrown));
    expect(reports.map((r) => [r.url, r.status, r.error, r.unrecorded])).toEqual([
      ["https://feeds.example/a", "error", "cursor item damaged", true],
      ["https://feeds.example/b", "error", "table paused", true],
    ]);
  });
});

describe("FeedRunError's message", () => {
  it("names every feed of a run of exactly three, and counts the rest only past three", async () => {
    const urls = ["https://feeds.example/a", "https://feeds.example/b", "https://feeds.example/c", "https://feeds.example/d"];
    const reports = await pollFeeds(urls, depsThrowing(() => new Error("paused")));
    const lead = (n: number) => `${n} of ${n} feeds failed with nothing recorded in their cursors: `;
    const three = urls.slice(0, 3).map((url) => `${url}: paused`).join("; ");
    // No "; and 0 more" at the edge: only a fourth feed is counted instead of named.
    expect(new FeedRunError(reports.slice(0, 3), 3).message).toBe(`${lead(3)}${three}`);
    expect(new FeedRunError(reports, 4).message).toBe(`${lead(4)}${three}; and 1 more`);
  });
});
