// "one out of N NOUNs" is the ratio "one in N", a share labelled by the group, whatever hedge stands before it (card
// audit 54, sample AV's made-up miss M2: the hedged one was no candidate, the bare one read as N NOUNs).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

/** One sentence, its one figure's value, qualifier and type, and the label it should have. */
const CASES: readonly [string, number, string | undefined, string, "other" | "count"][] = [
  // Was '· roughly one out of six' [count 1], no candidate.
  ["A poll suggests roughly one out of six pupils will be bullied.", 0.167, "roughly", "pupils will be bullied", "other"],
  // Was 'six — pupils' [count 6], a value error.
  ["A poll suggests one out of six pupils will be bullied.", 0.167, undefined, "pupils will be bullied", "other"],
  ["About one out of every ten flats is empty.", 0.1, "about", "flats empty", "other"],
  // Near miss: a bigger part out of a whole counts the noun, its whole in the display, as the gold reads it.
  ["The club won four out of five games.", 4, undefined, "games", "count"],
];

describe("share.ts: 'one out of N' is 'one in N'", () => {
  it.each(CASES)("'%s' → %d (%s) %s", (text, value, qualifier, label, type) => {
    expect(exactOnly(text)).toEqual(want(value, qualifier, undefined, label, type));
  });
});
