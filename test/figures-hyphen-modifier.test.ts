// A hyphened word the tagger calls a verb before a noun of a count's phrase ("HD set-top units") is a compound
// modifier, not the phrase's end (hyphen-modifier.ts; blind sample BC's made-up shape 15, a miss typed an identifier).
import { describe, expect, it } from "vitest";
import { exact, exactOnly, at, want } from "#test/helpers/figures.ts";
import { hyphenModifier } from "#brief/figures/language/hyphen-modifier.ts";
import { tokenize, type Tok } from "#brief/figures/language/tokens.ts";

describe("hyphen-modifier.ts: a hyphened modifier inside a count's phrase", () => {
  it("'KTV expects between 300,000 and one million HD set-top units sold in 2027.' → a count of units, no identifier", () => {
    // Was '300,000 and one million — identifier', not a candidate: the phrase ended at "HD", a capital read as a name.
    const f = at("KTV expects between 300,000 and one million HD set-top units sold in 2027.", 300000);
    expect({ ...exact(f), valueMax: f.valueMax }).toEqual({ ...want(300000, undefined, undefined, "HD set-top units sold", "count"), valueMax: 1e6 });
  });
  it("'KTV sold 300,000 HD set-top units.' → 300,000 HD set-top units sold", () => {
    expect(exactOnly("KTV sold 300,000 HD set-top units.")).toEqual(want(300000, undefined, undefined, "HD set-top units sold", "count"));
  });
});

/** Tokens of `text` tagged by hand, one tag a token: the rule as read on any tagging. */
function tagged(text: string, tags: readonly string[]): Tok[] {
  const toks = tokenize(text);
  toks.forEach((t, i) => (t.pos = tags[i]));
  return toks;
}

describe("hyphen-modifier.ts on hand-tagged tokens", () => {
  it("'HD set-top units' with 'set-top' a verb → a modifier", () => {
    expect(hyphenModifier(tagged("300 HD set-top units", ["NUM", "PROPN", "VERB", "NOUN"]), 2)).toBe(true);
  });
  it("'UK buy-to-let mortgages' → after an initialism, a modifier", () => {
    expect(hyphenModifier(tagged("22% of UK buy-to-let mortgages", ["NUM", "NOUN", "ADP", "PROPN", "VERB", "NOUN"]), 4)).toBe(true);
  });
  it("'220 or so fire-bombing incidents' → after an adverb, a modifier", () => {
    expect(hyphenModifier(tagged("220 or so fire-bombing incidents", ["NUM", "CCONJ", "ADV", "VERB", "NOUN"]), 3)).toBe(true);
  });
  it("'300 set-top units' → after the number itself, a modifier", () => {
    expect(hyphenModifier(tagged("300 set-top units", ["NUM", "VERB", "NOUN"]), 1)).toBe(true);
  });
  it("'these two show stressed-out footie fans' → after a common noun, the tag stands", () => {
    expect(hyphenModifier(tagged("these two show stressed-out footie fans", ["DET", "NUM", "NOUN", "VERB", "NOUN", "NOUN"]), 3)).toBe(false);
  });
  it("'to state-run oil group' → after a function word, the tag stands", () => {
    expect(hyphenModifier(tagged("sold it to state-run oil group", ["VERB", "PRON", "PART", "VERB", "NOUN", "NOUN"]), 3)).toBe(false);
  });
  it("'HD hand-picked units' → a participle stays a verb", () => {
    expect(hyphenModifier(tagged("300 HD hand-picked units", ["NUM", "PROPN", "VERB", "NOUN"]), 2)).toBe(false);
  });
  it("'HD set-top in' → no noun after it: no modifier", () => {
    expect(hyphenModifier(tagged("300 HD set-top in", ["NUM", "PROPN", "VERB", "ADP"]), 2)).toBe(false);
  });
  it("'HD settop units' → no hyphen: the tag stands", () => {
    expect(hyphenModifier(tagged("300 HD settop units", ["NUM", "PROPN", "VERB", "NOUN"]), 2)).toBe(false);
  });
});
