import { describe, expect, it } from "vitest";
import { float64Scratch, int32Scratch } from "#brief/scratch.ts";

// The ranker's tables kept from article to article (lib/brief/scratch.ts): what one article wrote must never reach
// the next, whatever their sizes.
describe("scratch tables", () => {
  it("hands out the asked length, cleared to 0 or to the fill asked for, after any use", () => {
    const scratch = float64Scratch();
    const first = scratch.take(5);
    expect([...first]).toEqual([0, 0, 0, 0, 0]);
    first.fill(7.5);
    expect([...scratch.take(3)]).toEqual([0, 0, 0]);
    scratch.take(4).fill(2);
    expect([...scratch.take(6, 0.25)]).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(scratch.take(0).length).toBe(0);
  });

  it("grows past its first size without carrying a value over", () => {
    const scratch = int32Scratch();
    scratch.take(200).fill(9);
    const grown = scratch.take(1000, -1);
    expect(grown.length).toBe(1000);
    expect(grown.every((x) => x === -1)).toBe(true);
    grown.fill(3);
    expect(scratch.take(300).every((x) => x === 0)).toBe(true);
    expect(scratch.take(5000).length).toBe(5000);
  });

  it("keeps one array: a view taken again shares the memory of the last (what a caller must not keep)", () => {
    const scratch = int32Scratch();
    const a = scratch.take(4);
    const b = scratch.take(4);
    b[0] = 11;
    expect(a[0]).toBe(11);
  });
});
