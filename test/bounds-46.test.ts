// The forty-sixth round's mutation sweep (docs/mutation-sweep-46.md): edges of round 45's bounds that their own tests
// let a mutant past (scripts/mutants-46.ts R53–R63): a bounded body's wait, a call whose signal aborted first, a
// refusal's reason at the limit and across a surrogate pair, and where built mrkdwn is cut.
import { describe, expect, it } from "vitest";
import { fetchWithinUsing } from "#lib/http/fetch-within.ts";
import { boundReason, MAX_REASON_CHARS } from "#ingest/errors.ts";
import { cutMrkdwn } from "#slack/cut-mrkdwn.ts";

/** A fetch that never looks at its signal (as undici may not, after a GC) and answers a body that never ends. */
function endlessIgnoringSignal(calls: string[]): typeof fetch {
  return (input) => {
    calls.push(String(input));
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode("part")) });
    return Promise.resolve(new Response(body, { status: 200 }));
  };
}

/** The call's outcome: its body, or the name of what it was rejected with. */
const outcome = (call: Promise<Response>): Promise<string> => call.then((r) => r.text(), (error: unknown) => (error as Error).name);

describe("fetchWithinUsing: its own wait, whatever the fetch under it does", () => {
  it("a bounded body that stalls gives up at the timeout even when the fetch ignores the signal (R53)", async () => {
    // R53 (the read not raced with the wait) waited on the stream for ever: the test timed out.
    const within = fetchWithinUsing(endlessIgnoringSignal([]), { ms: 200, maxBytes: 1_000 });
    expect(await outcome(within("https://feeds.example/endless"))).toBe("TimeoutError");
  });

  it("a signal aborted before the call starts no request (R55)", async () => {
    // R55 (no check before the call) handed the request to the fetch, which ignored the aborted signal.
    const calls: string[] = [];
    const own = new AbortController();
    own.abort(new RangeError("aborted first"));
    await expect(fetchWithinUsing(endlessIgnoringSignal(calls), 5_000)("https://feeds.example/a", { signal: own.signal })).rejects.toThrow("aborted first");
    expect(calls).toEqual([]);
  });
});

describe("boundReason: a refusal's reason within MAX_REASON_CHARS", () => {
  it("keeps a reason of exactly the limit whole (R57)", () => {
    // R57 (< for <=) cut it and marked it.
    const reason = "x".repeat(MAX_REASON_CHARS);
    expect(boundReason(reason)).toBe(reason);
  });

  it("starts the kept tail on a whole character when the cut falls inside a surrogate pair (R58)", () => {
    // 400 emoji and a letter: the tail's cut, 200 from the end, falls between an emoji's two halves.
    // R58 (the tail's start not moved) began the tail on a lone low surrogate.
    const cut = boundReason(`${"😀".repeat(400)}y`);
    expect(cut.endsWith(`${"😀".repeat(99)}y`)).toBe(true);
    expect(cut).not.toMatch(/(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(cut.length).toBeLessThanOrEqual(MAX_REASON_CHARS);
  });
});

describe("cutMrkdwn: where built mrkdwn is cut", () => {
  it("fills the room to the last character when no line or word end is near (R60)", () => {
    // R60 (>= for >) left out the piece that just fits: 'abcdef…'.
    expect(cutMrkdwn("abcdefghij", 8)).toBe("abcdefg…");
  });

  it("cuts at a line end only in the second half of the room (R61)", () => {
    // R61 (any line end) cut after the first line's one letter: 'a…'.
    expect(cutMrkdwn("a\nbbbb cccc dddd", 12)).toBe("a\nbbbb cccc…");
  });

  it("cuts at a word end only near the end of what fits (R62)", () => {
    // R62 (any word end) kept only the first word: 'aa…'.
    expect(cutMrkdwn("aa bbbbbbbbbbbbbbbbbbbb", 20)).toBe("aa bbbbbbbbbbbbbbbb…");
  });

  it("puts the mark right after the last word, not after the spaces before the cut (R63)", () => {
    // R63 (no trimEnd) wrote '• <#C01> one  …'.
    expect(cutMrkdwn("• <#C01> one  \n• <#C02> two &amp; three", 24)).toBe("• <#C01> one…");
  });
});
