// The forty-first round's mutation sweep (docs/mutation-sweep-41.md, scripts/mutants-41.ts): one sentence a surviving
// mutant of the label rules of rounds 38–40, each pinning what an editor would see (value, qualifier, unit, label,
// type) so that the flipped condition fails here. The sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, figs, listed, want } from "#test/helpers/figures.ts";

describe("count-level.ts: a count reached past the change's amount (L03, L05)", () => {
  it("'rose by 1.5 per cent to 3 million': an amount of five tokens → passenger numbers (L03: a window of 5)", () => {
    const text = "Passenger numbers at Heathrow rose by 1.5 per cent to 3 million.";
    expect(exact(at(text, 3_000_000))).toEqual(want(3_000_000, undefined, undefined, "passenger numbers", "count"));
  });

  it("'rose by $40 million to 30,000': a sign in the amount → car sales (L05: the sign stopped the walk)", () => {
    const text = "Car sales at the dealer rose by $40 million to 30,000.";
    expect(exact(at(text, 30_000))).toEqual(want(30_000, undefined, undefined, "car sales", "count"));
  });
});

describe("settled-count.ts: a count of one is dropped only in words, and not when someone died (L06, L11)", () => {
  it("'more than 1 rival' in digits stays a count (L06: digits dropped as words are)", () => {
    const text = "He beat more than 1 rival to the job.";
    expect(exact(at(text, 1))).toEqual(want(1, "more than", undefined, "rival", "count"));
  });

  it("'left at least one dead' stays: one dead is news (L11: casualty nouns not kept)", () => {
    const text = "The bombing left at least one dead.";
    expect(exact(at(text, 1))).toEqual(want(1, "at least", undefined, "dead", "count"));
  });
});

describe("only-doing.ts: a label another rule folded a verb into is kept (L17)", () => {
  it("'Only 300 people signed the petition' → people signed (L17: 'people signed signed petition')", () => {
    const text = "Only 300 people signed the petition.";
    expect(exact(at(text, 300))).toEqual(want(300, "only", undefined, "people signed", "count"));
  });
});

describe("market-fall.ts: a percent a market lost (L19, L22)", () => {
  it("'lost 3% of their early gains' is a share of the gains, no fall in the shares (L19: 'of' let through)", () => {
    const text = "Tech shares lost 3% of their early gains.";
    expect(exact(at(text, 3))).toEqual(want(3, undefined, "%", "share of early gains lost", "percent"));
  });

  it("an adverb before the percent: 'has lost overnight nearly 3%' → fall in pound (L22: adverbs stopped it)", () => {
    const text = "The pound has lost overnight nearly 3% against the dollar.";
    expect(exact(at(text, 3))).toEqual(want(3, "nearly", "%", "fall in pound", "percent"));
  });
});

describe("numbered-index.ts: a name of up to four words, and only a name, before the digits (L23, L26)", () => {
  it("four name words: 'The Dow Jones Emerging Markets 50 fell 2%' keeps 'Dow' (L23: a reach of 3 cut it)", () => {
    const text = "The Dow Jones Emerging Markets 50 fell 2% on Monday.";
    // The card's label holds six words, so a four-word name and its digits take the change after them (labels64).
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "%", "Dow Jones Emerging Markets 50 fall", "percent"));
  });

  it("'In the group, 30 have risen 4%': bare digits name no index (L26: 'rise in 30')", () => {
    const text = "In the group, 30 have risen 4% this year.";
    expect(exact(at(text, 4))).toEqual(want(4, undefined, "%", "group", "percent"));
  });
});

describe("shot-distance.ts: the shot's verb four words before 'from' (L28)", () => {
  it("'He chipped it in from 40 feet for an eagle' → eagle chip (L28: a window of 2 fell back to 'putt')", () => {
    const text = "He chipped it in from 40 feet for an eagle.";
    expect(exact(at(text, 40))).toEqual(want(40, undefined, "feet", "eagle chip", "measure"));
  });
});

describe("ban-length.ts: the verb of banning within five words, no punctuation between (L31, L32)", () => {
  it("five words back: 'banned the young Dutch defender for 8 matches' → match ban (L31: a window of 4)", () => {
    const text = "The league banned the young Dutch defender for 8 matches.";
    expect(exact(at(text, 8))).toEqual(want(8, undefined, undefined, "match ban", "count"));
  });

  it("a comma between: 'Though once suspended, he played for 12 games' keeps its unit (L32: past the comma)", () => {
    const text = "Though once suspended, he played for 12 games.";
    expect(exact(at(text, 12))).toEqual(want(12, undefined, undefined, "games", "count"));
  });
});

describe("preposed-ing.ts: 'after …ing' dates its event as 'before …ing' does (L44)", () => {
  it("'After selling his shop five years ago, …' → years since selling his shop (L44: 'years ago')", () => {
    const text = "After selling his shop five years ago, Marcus retired.";
    expect(exact(at(text, 5))).toEqual(want(5, undefined, "years", "years since selling his shop", "duration"));
  });
});

describe("match-minute.ts: extra time's minutes are match minutes (L48)", () => {
  it("'went ahead in 105 minutes' is a time in the match, off the card (L48: a limit of 90 made it a duration)", () => {
    const text = "The visitors went ahead in 105 minutes through Smith.";
    expect(figs(text)).toEqual([]);
    expect(listed(text).map((n) => [n.value, n.type])).toEqual([[105, "time"]]);
  });
});

describe("span-range.ts: the 'over' of a span leaves the figure's words (L56)", () => {
  it("'repaid over three to five years' shows 'three to five' (L56: shown as 'over three to five')", () => {
    const f = at("The loan is repaid over three to five years.", 3);
    expect(exact(f)).toEqual(want(3, undefined, "years", "years", "duration"));
    expect([f.valueMax, f.display]).toEqual([5, "three to five"]);
  });
});

describe("one-unit-term.ts: 'a', the unit and a noun make a term of one (L50, L51)", () => {
  it("'One day police arrived' opens a story, no 1-day term of police (L50: no 'a' asked)", () => {
    expect(figs("One day police arrived at the house.")).toEqual([]);
  });

  it("'a one hour and ten minute match': no term of one hour before 'and' (L51: any word a noun)", () => {
    expect(figs("He won a one hour and ten minute match.").some((f) => f.value === 1)).toBe(false);
  });
});
