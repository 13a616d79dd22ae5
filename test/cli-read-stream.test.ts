import { describe, expect, it } from "vitest";
import { readStreamWithin } from "#cli/read-file.ts";

/** The chunks a stream would give, as standard input gives them. */
async function* chunks(...parts: Array<string | Buffer>): AsyncGenerator<Buffer | string> {
  for (const part of parts) yield part;
}

// `nutgraf brief -` reads standard input through readStreamWithin: bounded in bytes, the limit itself allowed, and
// the text decoded once whole, so a character split between two chunks arrives whole.
describe("reading standard input within a byte limit", () => {
  it("exactly the limit is read: 10 bytes of a 10-byte limit", async () => {
    expect(await readStreamWithin(chunks("hello", Buffer.from("world")), 10)).toBe("helloworld");
  });

  it("one byte past the limit is refused", async () => {
    expect(await readStreamWithin(chunks("hello", "world", "!"), 10)).toBeUndefined();
  });

  it("the limit counts bytes, not characters: 'café' is 5 bytes", async () => {
    expect(await readStreamWithin(chunks("café"), 4)).toBeUndefined();
    expect(await readStreamWithin(chunks("café"), 5)).toBe("café");
  });

  it("a character split between two chunks arrives whole", async () => {
    const e = Buffer.from("é");
    expect(await readStreamWithin(chunks(Buffer.from("caf"), e.subarray(0, 1), e.subarray(1)), 5)).toBe("café");
  });
});
