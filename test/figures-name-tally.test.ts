// A count in digits between a name's possessive and a verb is the name's own tally, labelled by the possessive, not by
// the verb phrase after it (name-tally.ts): "Root's 180 put England in control" read '180 — put England'; in a story
// of cricket it is the batsman's runs, no part of a whole ("Root faced 250 balls … Root's 180" read 'Root's balls').
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("name-tally.ts: 'NAME's N VERB …'", () => {
  it("'Root's 180 put England in control at Lord's.' → 180 — root's, not the verb phrase", () => {
    expect(exact(at("Root's 180 put England in control at Lord's.", 180))).toEqual(want(180, undefined, undefined, "root's", "count"));
  });

  it("'Jones's 45 helped Wales to victory.' → 45 — jones's, a small one kept", () => {
    expect(exact(at("Jones's 45 helped Wales to victory.", 45))).toEqual(want(45, undefined, undefined, "jones's", "count"));
  });

  it("'Smith's 142 carried Australia to a big total.' → 142 — smith's", () => {
    expect(exact(at("Smith's 142 carried Australia to a big total.", 142))).toEqual(want(142, undefined, undefined, "smith's", "count"));
  });

  it("'Tesco has 3,000 stores. Tesco's 300 closed last year.' → 300 — Tesco's stores: the owned whole still names it", () => {
    expect(labelOf("Tesco has 3,000 stores. Tesco's 300 closed last year.", 300)).toBe("Tesco's stores");
  });

  it("near miss: 'Porsche's 911 sports cars sell well.' → sports cars: a noun after the digits", () => {
    expect(labelOf("Porsche's 911 sports cars sell well.", 911)).toBe("sports cars");
  });

  it("near miss: 'Oxfam's 300 children were moved to safety.' → children: a noun spelt as a participle ('-en') is no verb", () => {
    expect(labelOf("Oxfam's 300 children were moved to safety.", 300)).toBe("children");
  });

  it("near miss: 'Boeing's 787 Dreamliner was grounded.' → a model's name, no figure", () => {
    expect(labelOf("Boeing's 787 Dreamliner was grounded.", 787)).toBe("");
  });
});

describe("name-tally.ts' inningsOf: a name's tally in a story of cricket is runs", () => {
  it("'Root faced 250 balls and hit 20 fours. Root's 180 was his best.' → 180 — Root's runs, not 'Root's balls'", () => {
    const text = "Root faced 250 balls and hit 20 fours. Root's 180 was his best.";
    expect(exact(at(text, 180))).toEqual(want(180, undefined, undefined, "Root's runs", "count"));
  });

  it("'Root's 180 was his highest Test score.' → Root's runs, 'Test' capitalised", () => {
    expect(labelOf("Root's 180 was his highest Test score.", 180)).toBe("Root's runs");
  });

  it("near miss: 'Root's 180 was his best test of the year.' → root's: a test lowercase is no Test match", () => {
    expect(labelOf("Root's 180 was his best test of the year.", 180)).toBe("root's");
  });

  it("near miss: 'Root's 450 came in a county innings.' → root's: more runs than an innings holds", () => {
    expect(labelOf("Root's 450 came in a county innings.", 450)).toBe("root's");
  });
});
