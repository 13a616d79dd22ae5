import { describe, expect, it } from "vitest";
import { readMultiple } from "#brief/figures/read/amount/multiples.ts";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { readShare } from "#brief/figures/read/amount/share.ts";
import { streak } from "#brief/figures/label/ranks/streak.ts";
import { phrasalNoun } from "#brief/figures/language/phrasal-noun.ts";
import { oneUnitTerm } from "#brief/figures/read/type/one-unit-term.ts";
import { ageSaid } from "#brief/figures/read/type/type.ts";
import { type Tok, tokenize } from "#brief/figures/language/tokens.ts";

// Reading one token's tag tags its whole sentence (pos.ts tagWhenRead), so the readers readRaw asks at every token
// test the words first and read a tag last: an ordinal with no run after it, a "half" before no "of" or determiner and
// a "twice" with no verb beside it tag nothing. Speed only: where the words pass, the tag decides as before.

/** The sentence's tokens, tagged on the first read of a tag, and how many times tagging ran. */
function lazyTokens(text: string): { toks: Tok[]; runs: () => number } {
  const toks = tokenize(text);
  let runs = 0;
  const tagging = {
    run() {
      runs++;
      for (const t of toks) t.pending = undefined;
      tagTokens(text, toks);
    },
  };
  for (const t of toks) t.pending = tagging;
  return { toks, runs: () => runs };
}

const at = (toks: Tok[], word: string): number => toks.findIndex((t) => t.l === word);

describe("tags read after the words", () => {
  it("an ordinal with no run after it tags nothing; one with a run reads its noun's tag", () => {
    const visit = lazyTokens("They made a second visit to Paris.");
    expect(streak(visit.toks, at(visit.toks, "visit"))).toBeUndefined();
    expect(visit.runs()).toBe(0);
    const win = lazyTokens("It was their fourth win in a row.");
    expect(streak(win.toks, at(win.toks, "win"))).toBe("win in a row");
    expect(win.runs()).toBe(1);
  });

  it("a half before no \"of\" or determiner tags nothing; one before \"of\" after a noun is no share", () => {
    const bottom = lazyTokens("The bottom half is empty.");
    expect(readShare(bottom.toks, at(bottom.toks, "half"), "The bottom half is empty.")).toBeUndefined();
    expect(bottom.runs()).toBe(0);
    const text = "They finished in the bottom half of the table.";
    const noun = lazyTokens(text);
    expect(readShare(noun.toks, at(noun.toks, "half"), text)).toBeUndefined();
    expect(noun.runs()).toBe(1);
  });

  it("a twice with no verb beside it tags nothing; one after its verb counts times", () => {
    const yesterday = lazyTokens("He scored twice yesterday.");
    expect(readMultiple(yesterday.toks, at(yesterday.toks, "twice"))).toBeUndefined();
    expect(yesterday.runs()).toBe(0);
    const scored = lazyTokens("He scored twice.");
    const read = readMultiple(scored.toks, at(scored.toks, "twice"));
    expect([read?.raw?.value, read?.raw?.label, read?.raw?.kind]).toEqual([2, "times scored", "count"]);
    expect(scored.runs()).toBe(1);
  });

  it("an amount with no phrasal noun after it tags nothing; one with one reads the adjectives before it", () => {
    const paid = lazyTokens("The council paid a £250 fee to the club.");
    expect(phrasalNoun(paid.toks, at(paid.toks, "£"), at(paid.toks, "fee"))).toBeUndefined();
    expect(paid.runs()).toBe(0);
    const text = "The bank got a likely $4bn bail-out from the state.";
    const bail = lazyTokens(text);
    const noun = at(bail.toks, "bail-out");
    expect(phrasalNoun(bail.toks, at(bail.toks, "$"), noun)).toEqual(["bail-out", noun + 1]);
    expect(bail.runs()).toBe(1);
  });

  it("a \"one\" before no unit of time tags nothing; one before a unit reads the verb before it", () => {
    const car = lazyTokens("She bought one car for her son.");
    const one = at(car.toks, "one");
    expect(oneUnitTerm(car.toks, one, undefined, one + 1)).toBe(false);
    expect(car.runs()).toBe(0);
    const deal = lazyTokens("They signed a one year deal with the club.");
    const year = at(deal.toks, "one");
    expect(oneUnitTerm(deal.toks, year, undefined, year + 1)).toBe(true);
    expect(deal.runs()).toBe(1);
  });

  it("a number after no copula is no age and tags nothing; one after a copula reads the next word's tag", () => {
    const signed = lazyTokens("The club signed 21 players last summer.");
    const n = at(signed.toks, "21");
    expect(ageSaid(signed.toks, n, n + 1)).toBe(false);
    expect(signed.runs()).toBe(0);
    // "whose sons are over 21 still have": the next clause's verb ends the age's clause (age-clause-end.ts).
    const men = lazyTokens("Men who are over 50 should get checked every year.");
    const over = at(men.toks, "over");
    expect(ageSaid(men.toks, over, over + 2)).toBe(true);
    expect(men.runs()).toBe(1);
    const said = lazyTokens("He's 19 and lives at home.");
    const age = at(said.toks, "19");
    expect(ageSaid(said.toks, age, age + 1)).toBe(true);
  });
});
