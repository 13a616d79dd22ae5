// A share that is the object of a verb is the part of its base the verb acts on (share-object.ts): not 'share of loans'
// but 'share of loans cancelled'. Blind samples BB to BD read shares by their base alone as their commonest bad label
// (made-up shapes BD 10, BC 3's 'cover 40% of Spain's towns', BB 7); the sentences here are made up, with other verbs,
// tenses, particles, modals and the near misses the rule leaves: a verb whose subject has or is the share ('vote share'),
// one whose object is a finding, a denial, a passive's object.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";
import { pastParticiple } from "#brief/figures/language/participle.ts";

describe("a share that a verb acts on is labelled by its base and the verb's participle", () => {
  it.each([
    ["Ministers backed a plan to cancel up to 80% of the loans owed by some of the poorest states.", 80, "up to", "share of loans cancelled"],
    ["The network hopes to cover 40% of Spain's towns in its first year.", 40, undefined, "share of Spain's towns covered"],
    ["The disease, which affects 15 per cent of sufferers, is rare.", 15, undefined, "share of sufferers affected"],
    ["The fire destroyed nearly 70% of the forest.", 70, "nearly", "share of forest destroyed"],
    ["The firm will cut 20% of its workforce next year.", 20, undefined, "share of workforce cut"],
    ["Fishermen are cancelling 15% of their trips.", 15, undefined, "share of trips cancelled"],
    ["The family donated almost 12 per cent of their income.", 12, "almost", "share of income donated"],
    ["Surgeons removed 95% of the tumour.", 95, undefined, "share of tumour removed"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, "%", label, "percent"));
  });

  it("a phrasal verb keeps its particle, in the participle: 'wrote off' → written off, 'will sell off' → sold off", () => {
    expect(exact(at("The bank wrote off 30 per cent of the debt.", 30))).toEqual(want(30, undefined, "%", "share of debt written off", "percent"));
    expect(labelOf("The council will sell off 10% of its farms.", 10)).toBe("share of farms sold off");
  });

  it("a finite verb after the base makes the share its subject, the verb before another clause's", () => {
    const text = "In some collections that we examined almost 100 per cent of the bones had signs of osteoporosis.";
    expect(labelOf(text, 100)).toBe("bones had signs of osteoporosis");
    // A bracketed aside between them hides no verb.
    expect(labelOf("In the collections we examined almost 100 per cent of the bones (pictured) had signs of wear.", 100)).toBe("share of bones");
  });

  it("a base past the label's room keeps its last words: 'share of state highway system covered'", () => {
    expect(labelOf("The findings cover about 40 per cent of the total state highway system.", 40)).toBe("share of state highway system covered");
  });
});

describe("a share said in words that a verb acts on is its base and the participle, with no 'share of'", () => {
  it.each([
    ["The firm will cut two-thirds of its workforce.", 0.667, undefined, "workforce cut"],
    ["Ministers plan to cancel a quarter of the loans.", 0.25, undefined, "loans cancelled"],
    ["The disease affects about one in 20,000 people.", 0.00005, "about", "people affected"],
  ])("%s", (text, value, qualifier, label) => {
    expect(exact(at(text, value))).toEqual(want(value, qualifier, undefined, label, "other"));
  });
  it("near misses: no partitive ('the required two-thirds majority'), a tally's occasions ('scored 109 in 211 games')", () => {
    expect(labelOf("The bill passed with the required two-thirds majority.", 0.667)).toBe("majority");
    expect(labelOf("He scored 109 in 211 games for the club.", 0.517)).toBe("games");
    // "what" opens a clause, no whole of parts: its verb is the clause's, no deed of the share's.
    expect(labelOf("That is about half of what major car makers consider sufficient numbers.", 0.5)).toBe("what major car makers");
  });
});

describe("near misses: the base alone stays", () => {
  it.each([
    ["a verb whose subject has the share", "Labour won 40% of the vote.", 40, "share of vote"],
    ["a verb of owning", "The firm owns 8 per cent of the airline.", 8, "share of airline"],
    ["a verb whose subject is the share", "Women make up 24% of the workforce.", 24, "share of workforce"],
    ["a level reached", "Debt will reach 90 per cent of the nation's output by 2030.", 90, "share of nation's output"],
    ["a verb whose object is a finding", "The poll shows 36% of voters.", 36, "share of voters"],
    ["a verb of thinking, any form", "The bank expects about 16% of its revenue to come from Asia.", 16, "share of revenue"],
    ["a denied verb", "The bank did not write off 30 per cent of the debt.", 30, "share of debt"],
    ["a passive's object", "Staff were given 40% of the profits.", 40, "share of profits"],
    ["a preposition's object", "The plan applies to 40% of the farms.", 40, "share of farms"],
    ["a share of a period: how often", "The alarm works 90% of the time.", 90, "share of time"],
    ["a base that ends on no noun", "We spend 30% of our lives asleep.", 30, "share of lives asleep"],
    ["a verb of counting", "The report counted 25% of renters.", 25, "share of renters"],
  ])("%s: %s", (_why, text, value, label) => {
    expect(labelOf(text, value)).toBe(label);
  });
});

describe("a verb's past participle from any of its forms (participle.ts)", () => {
  it.each([
    ["cancel", "cancelled"], ["covers", "covered"], ["affects", "affected"], ["reaches", "reached"], ["carries", "carried"],
    ["closes", "closed"], ["wrote", "written"], ["cutting", "cut"], ["selling", "sold"], ["cancelling", "cancelled"],
    ["closing", "closed"], ["carrying", "carried"], ["stop", "stopped"], ["donate", "donated"], ["rewrote", "rewritten"],
    ["examined", "examined"], ["supply", "supplied"], ["using", "used"],
  ])("%s → %s", (form, participle) => {
    expect(pastParticiple(form)).toBe(participle);
  });
});
