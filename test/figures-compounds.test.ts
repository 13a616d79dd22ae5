// A number inside a hyphened compound: a measure describes the noun after it ('two-minute clip', '102-inch (2.6 metre)
// plasma screen', 'six-year, $57 million contract'), a currency's singular is money ('1,600-peso fine'), a '-point'
// compound counts points, 'N-way' and 'three-dimensional' count nothing; any hyphen's code point joins it.
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/card/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("a compound measure describes the noun after it, whatever the tagger calls that noun", () => {
  it("'The two-minute clip shows': the clip, not the minutes", () => {
    expect(exact(at("The two-minute clip shows Mrs Talaat wearing a green and silver outfit.", 2))).toEqual({ value: 2, qualifier: undefined, unit: "minutes", label: "clip", type: "duration" });
  });

  it("'a 13-month suspended jail sentence': the sentence, over its participle", () => {
    expect(exact(at("Barry Lyttle, 33, has been given a 13-month suspended jail sentence after he pleaded guilty.", 13))).toEqual({ value: 13, qualifier: undefined, unit: "months", label: "suspended jail sentence", type: "duration" });
  });

  it("'fouled 25-yards out', 'the 40-second-video recorded by': no noun after, or the compound's own", () => {
    expect(at("Ronaldo scored after Luka Modric was fouled 25-yards out in a central position.", 25).label).toBe("distance");
    expect(at("The 40-second-video recorded by Haim Kaplan shows the driver.", 40).label).toBe("video");
  });
});

describe("a time's singular unit spaced from its number describes the noun after it, as '10-minute' does", () => {
  it("'a 10 minute address at his hearing': the address, though the tagger reads a verb", () => {
    expect(exact(at("Morris said during a 10 minute address at his sentencing hearing that he was sorry.", 10))).toEqual(
      want(10, undefined, "minutes", "address", "duration"),
    );
  });

  it("'arrived 10 minute before the kick-off': a preposition after the unit starts no noun it describes", () => {
    expect(exact(at("The team arrived 10 minute before the kick-off.", 10))).toEqual(
      want(10, undefined, "minute", "minute before the kick-off", "duration"),
    );
  });
});

describe("a unit hyphened to a size, set apart from its digits", () => {
  it("'The 11 minute-long video': a duration of 11 minutes, labelled video", () => {
    expect(exact(at("The 11 minute-long video shows the attack.", 11))).toEqual({ value: 11, qualifier: undefined, unit: "minutes", label: "video", type: "duration" });
  });
});

describe("a hyphened measure names the noun past its bracketed conversion (label-count-noun.ts)", () => {
  it("'Samsung's 102-inch (2.6 metre) plasma screen': plasma screen", () => {
    expect(exactOnly("Samsung's 102-inch (2.6 metre) plasma screen was on show.")).toEqual(want(102, undefined, "inches", "plasma screen", "measure"));
  });

  it("near miss: 'a 50-inch television' with no bracket: television", () => {
    expect(exactOnly("He bought a 50-inch television.")).toEqual(want(50, undefined, "inches", "television", "measure"));
  });
});

describe("a term's noun past a second modifier, an amount (I: 'six-year — years')", () => {
  it("'Talib signed a six-year, $57 million contract': six-year — contract", () => {
    expect(exact(at("Talib signed a six-year, $57 million contract.", 6))).toEqual({ value: 6, qualifier: undefined, unit: "years", label: "contract", type: "duration" });
  });

  it("only an amount is passed over: 'a six-year, tough sentence' does not reach past the comma to an adjective's noun", () => {
    expect(at("He served a six-year, tough sentence.", 6).label).not.toBe("tough sentence");
  });
});

describe("a currency's singular hyphened to its amount is money, as '500-euro' is (N: '1,600-peso — pesos [count]')", () => {
  it("'a 1,600-peso fine (£70)': 1,600-peso = 1600 MXN — fine", () => {
    expect(exact(at("While they had all opted to pay a 1,600-peso fine (£70), the young woman had refused, and was then arrested.", 1600))).toEqual(want(1600, undefined, "MXN", "fine", "money"));
  });
});

describe("a whole '-point' compound counts points, as 'four points clear' does; an index's decimal points measure", () => {
  it("'holds a 27-point cushion in the drivers' standings': a count of points", () => {
    expect(exact(at("It is an ominous warning from a man who already holds a 27-point cushion in the drivers' standings.", 27))).toEqual({ value: 27, qualifier: undefined, unit: undefined, label: "point cushion", type: "count" });
    expect(at("The index had a 43.5-point fall.", 43.5)).toMatchObject({ unit: "points", type: "measure", label: "fall" });
  });
});

describe("a hyphen by another code point (U+2010, U+2011, an en dash in a word) joins a compound as '-' does", () => {
  it("'the 72‑year‑old brothers' (non-breaking hyphens) is an age, not a count labelled 'example'", () => {
    const text = "A good example is the 72\u2011year\u2011old brothers in the film.";
    expect(figs(text).find((f) => f.value === 72)).toBeUndefined();
    expect(everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.value, n.type])).toEqual([["72\u2011year\u2011old", 72, "age"]]);
    expect(exact(at("He signed a 10\u2010year deal with the club.", 10))).toEqual({ value: 10, qualifier: undefined, unit: "years", label: "deal", type: "duration" });
  });
});

describe("an 'N-way' compound describes its noun and counts nothing (pattern 4)", () => {
  it("'his own three-way success', 'a five-way tie': no figure", () => {
    expect(figs("Former captain Boyd insists a treble for Celtic this season will equal his own three-way success from 2001.")).toEqual([]);
    expect(figs("McIlroy and Woods were in a five-way tie for fifth.").filter((f) => f.value === 5)).toEqual([]);
  });
});

describe("a number of dimensions counts nothing (label-count-noun.ts)", () => {
  it("'three-dimensional images' and 'a 3-D film' give no figure", () => {
    expect(figs("The firm showed three-dimensional images of a 3-D film.")).toEqual([]);
  });

  it("near miss: 'three-wheeled cars' is no count either, 'three cars' is", () => {
    expect(figs("The firm showed three-wheeled cars.")).toEqual([]);
    expect(exactOnly("The firm showed three cars.")).toEqual(want(3, undefined, undefined, "cars", "count"));
  });
});

describe("compounds", () => {
  it("a plural compound is not pluralised again: 'two-pieces', 'eight-times champion' ('six-pointers' count nothing: compound-idiom.ts)", () => {
    expect(at("Which is worse: clashing florals or matchy-matchy two-pieces?", 2)).toMatchObject({ label: "pieces" });
    expect(at("Dikembe Mutombo, an eight-times NBA All-Star, died.", 8)).toMatchObject({ label: "times NBA All-Star" });
  });

  it("a compound with no noun in it counts nothing: 'two-on-one', 'two-up', '15-where'", () => {
    expect(figs("The pair could not make the two-on-one situation count.")).toEqual([]);
    expect(figs("He burned on holiday when she was 15-where she bought sunglasses.")).toEqual([]);
  });
});

describe("a scale inside a hyphenated number word is part of its value", () => {
  it("'a one-million lira note' is a million lira; 'a two-billion-dollar deal' two billion dollars", () => {
    expect(at("Turkey printed a one-million lira note.", 1e6)).toMatchObject({ display: "one-million lira", unit: "TRY", label: "note", type: "money" });
    expect(at("They agreed a two-billion-dollar deal.", 2e9)).toMatchObject({ display: "two-billion-dollar", unit: "USD", label: "deal", type: "money" });
    expect(at("A one-million-strong crowd gathered.", 1e6)).toMatchObject({ display: "one-million-strong", label: "crowd", type: "count" });
  });
});
