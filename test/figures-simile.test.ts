// A round number in words after a simile's "like" counts nothing (simile.ts): "glittered under the frost like a
// thousand tiny jewels" was 'a thousand — tiny jewels' [count], a candidate (card-audit-45's made-up shape 6).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("simile.ts: 'like a thousand tiny jewels' is a figure of speech", () => {
  it("'At dawn the old bridge glittered under the frost like a thousand tiny jewels.' → no candidate", () => {
    const text = "At dawn the old bridge glittered under the frost like a thousand tiny jewels.";
    expect(typedList(text)).toEqual([["a thousand", "count", false]]);
  });

  it("'The crowd roared like a hundred jet engines, then fell silent.' → no candidate", () => {
    expect(typedList("The crowd roared like a hundred jet engines, then fell silent.")).toEqual([["a hundred", "count", false]]);
  });

  it("near misses: the hedge 'like' after 'were' or 'something', or before a verb, still counts", () => {
    expect(typedList("There were like a thousand people there.")).toEqual([["a thousand", "count", true]]);
    expect(typedList("Something like a thousand fans waited outside.")).toEqual([["a thousand", "count", true]]);
    expect(typedList("It looks like a thousand people turned up.")).toEqual([["a thousand", "count", true]]);
  });

  it("near miss: the hedge after 'something' at a clause's end ('sold something like a thousand copies.') counts", () => {
    expect(typedList("The shop sold something like a thousand copies.")).toEqual([["a thousand", "count", true]]);
  });
});
