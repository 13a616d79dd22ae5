// Two named takers set side by side in one sentence, each with its own sum ("X has taken $N so far, while Y has taken
// $M"), are told apart by name; a bare 'takings' read as the story's own title's (card audit 51, sample AS's made-up
// shape 6). A comparative after "in" ("in fewer cinemas") says where it was taken, not what it is counted in.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

const dollars = (value: number, label: string) => want(value, undefined, "USD", label, "money");

describe("two-takers.ts: each named taker's sum", () => {
  const text = "Night Harbour has taken $41m (£24m) so far, while Greyfield has taken $27.5m (£15.1m) in fewer cinemas.";
  it(`'${text}' → $41m Night Harbour's takings so far`, () => {
    // Was '$41m — takings'.
    expect(exact(at(text, 41e6))).toEqual(dollars(41e6, "Night Harbour's takings so far"));
  });
  it("near miss: 'The film has taken $41m so far, while Greyfield has taken $27.5m.' → one named taker, bare takings", () => {
    expect(exact(at("The film has taken $41m so far, while Greyfield has taken $27.5m.", 41e6))).toEqual(dollars(41e6, "takings"));
  });
  it("near miss: 'Night Harbour took $9.8m on its debut.' → a single taker keeps the bare label", () => {
    expect(exactOnly("Night Harbour took $9.8m on its debut.")).toEqual(dollars(9.8e6, "takings"));
  });
});

describe("takings.ts: 'in fewer cinemas' is where, not what", () => {
  it("'Greyfield has taken $27.5m in fewer cinemas.' → takings", () => {
    // Was '$27.5m — fewer cinemas'.
    expect(exactOnly("Greyfield has taken $27.5m in fewer cinemas.")).toEqual(dollars(27.5e6, "takings"));
  });
  it("near miss: 'It made $17.1m in ticket sales.' → what it is counted in, as before", () => {
    expect(exactOnly("It made $17.1m in ticket sales.")).toEqual(dollars(17.1e6, "ticket sales"));
  });
  it("'Oxford made $3m last year, while Cambridge made $4m.' → a name opening the sentence keeps its capital", () => {
    // Was "oxford's earnings".
    expect(exact(at("Oxford made $3m last year, while Cambridge made $4m.", 3_000_000))).toEqual(dollars(3_000_000, "Oxford's earnings"));
  });
});

describe("'in fewer cinemas' after any money verb, and a gross's takers named", () => {
  it.each([
    // Was '$33.2m — fewer cinemas': the noun after "in" read as what the money is counted in.
    ["The film has earned $40m, while Ironvale has earned $33.2m in fewer cinemas.", "earnings", 33.2e6],
    ["Ironvale has grossed $33.2m in more cinemas.", "box office takings", 33.2e6],
    ["Night Harbour has earned $41m so far, while Greyfield has earned $27.5m in fewer cinemas.", "Greyfield's earnings", 27.5e6],
    // Was 'box office takings' for both: a gross is a taker's too.
    ["Night Harbour has grossed $41m, while Greyfield has grossed $27.5m in fewer cinemas.", "Night Harbour's box office takings", 41e6],
  ])("'%s' → %s", (text, label, value) => {
    expect(exact(at(text, value))).toEqual(dollars(value, label));
  });
  it("near miss: 'The firm paid $2bn in damages.' → damages, what it is counted in, as before", () => {
    expect(exactOnly("The firm paid $2bn in damages.")).toEqual(dollars(2e9, "damages"));
  });
});
