import { describe, expect, it } from "vitest";
import { pollFeeds } from "#ingest/poll-feeds.ts";
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
