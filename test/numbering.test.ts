import { describe, expect, it } from "vitest";
import { Numbering, withRoom } from "#news/numbering.ts";

describe("Numbering and the scratch arrays kept by its numbers", () => {
  it("numbers strings in order of first appearance", () => {
    const n = new Numbering();
    expect([n.numberOf("a"), n.numberOf("b"), n.numberOf("a")]).toEqual([0, 1, 0]);
    expect(n.names).toEqual(["a", "b"]);
  });

  it("withRoom keeps an array that holds the length, the very same one", () => {
    const a = new Int32Array([1, 2, 3, 4]);
    expect(withRoom(a, 4)).toBe(a);
    expect(withRoom(a, 0)).toBe(a);
  });

  it("withRoom doubles past the length, keeping the numbers and zeroing the rest", () => {
    const a = new Int32Array([7, 8]);
    const grown = withRoom(a, 3);
    expect(grown).not.toBe(a);
    expect([...grown]).toEqual([7, 8, 0, 0]);
    expect(withRoom(a, 9).length).toBe(16);
    expect(withRoom(new Int32Array(0), 3).length).toBe(4);
  });
});
