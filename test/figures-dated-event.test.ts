// A time point is shown by the event it dates ("15 — years since founding the company", not "years ago"): the past
// before it in its clause names the event (dated-event.ts), while the ranking still reads 'years ago'.
import { describe, expect, it } from "vitest";
import { cardCandidates } from "#brief/figures/card/candidates.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, duration, exact } from "#test/helpers/figures.ts";

describe("a time ago or earlier: years since the event", () => {
  it("'graduated from Keio University two weeks ago' → two — weeks since graduating from Keio University", () => {
    expect(exact(at("Muto graduated from Keio University with a degree two weeks ago.", 2))).toEqual(duration(2, "weeks", "weeks since graduating from Keio University"));
  });

  it("'a girl who vanished 40 years ago' → 40 — years since vanishing", () => {
    expect(exact(at("A girl who vanished 40 years ago may still be alive.", 40))).toEqual(duration(40, "years", "years since vanishing"));
  });

  it("an agent after the participle makes it passive: 'captured by Prout almost 100 years later'", () => {
    expect(exact(at("The weir was built in 1773 and captured by Prout almost 100 years later.", 100))).toEqual(duration(100, "years", "years before being captured by Prout", "almost"));
  });

  it("a participle after a comma with no object is passive: 'The operation, carried out three weeks ago, was'", () => {
    expect(exact(at("The operation, carried out three weeks ago, was successful.", 3))).toEqual(duration(3, "weeks", "weeks since being carried out"));
  });

  it("an irregular participle after a comma: 'The church, built in stone 300 years ago, stands'", () => {
    expect(exact(at("The church, built in stone 300 years ago, still stands.", 300))).toEqual(duration(300, "years", "years since being built in stone"));
  });

  it("a participle after 'when' is passive: 'when questioned two years ago'", () => {
    expect(exact(at("He sang a different tune when questioned two years ago.", 2))).toEqual(duration(2, "years", "years since being questioned"));
  });

  it("a shared auxiliary past an adverb: 'was sexually assaulted and murdered 75 years ago'", () => {
    expect(exact(at("The girl who was sexually assaulted and murdered 75 years ago was four.", 75))).toEqual(duration(75, "years", "years since being murdered"));
  });

  it("a shared auxiliary the pasts list does not know: 'was shot and stabbed to death six weeks ago'", () => {
    expect(exact(at("Van Gogh was shot and stabbed to death in Amsterdam six weeks ago.", 6))).toEqual(duration(6, "weeks", "weeks since being stabbed to death"));
  });

  it("'had moved to London six months earlier' → six — months since moving to London", () => {
    expect(exact(at("She had moved to London six months earlier.", 6))).toEqual(duration(6, "months", "months since moving to London"));
  });
});

describe("a bare verb after a causative and its object: the causative's event (dated-event.ts)", () => {
  it("'Their rivals made the leaders look ordinary only three weeks ago.' → weeks since making leaders look ordinary", () => {
    // Was 'weeks ago': "look" says no past, and the time point dated nothing.
    expect(exact(at("Their rivals made the leaders look ordinary only three weeks ago.", 3))).toEqual(duration(3, "weeks", "weeks since making leaders look ordinary", "only"));
  });

  it("'Moss helped the club win promotion two years ago.' → years since helping club win promotion", () => {
    expect(exact(at("Moss helped the club win promotion two years ago.", 2))).toEqual(duration(2, "years", "years since helping club win promotion"));
  });

  it("near miss: 'Rivals beat the leaders only three weeks ago.' → a plain past keeps its own event", () => {
    expect(exact(at("Rivals beat the leaders only three weeks ago.", 3))).toEqual(duration(3, "weeks", "weeks ago", "only"));
  });
});

describe("a time later: the time before the event", () => {
  it("'by' after a past that is no participle is no agent: 'went by bus two days later'", () => {
    expect(exact(at("He went by bus two days later.", 2))).toEqual(duration(2, "days", "days before going by bus"));
  });

  it("'was arrested four days later' → four — days before being arrested", () => {
    expect(exact(at("The suspect was arrested four days later.", 4))).toEqual(duration(4, "days", "days before being arrested"));
  });

  it("'Paramedics arrived on the scene 20 minutes later' → 20 — minutes before arriving on the scene", () => {
    expect(exact(at("Paramedics arrived on the scene 20 minutes later.", 20))).toEqual(duration(20, "minutes", "minutes before arriving on the scene"));
  });
});

describe("a thing had done is the event: 'had her tonsils removed eight months ago'", () => {
  // AK shape 8 (the 36th round's fault list): it read 'months ago', a causative being no doing of the subject's.
  it("'had her tonsils removed eight months ago' → months since having her tonsils removed", () => {
    expect(exact(at("She had her tonsils removed eight months ago.", 8))).toEqual(duration(8, "months", "months since having her tonsils removed"));
  });

  it("its owner left out when the label would not fit: 'had her right eye removed' → having right eye removed", () => {
    expect(exact(at("She had her right eye removed three years ago in an operation.", 3))).toEqual(duration(3, "years", "years since having right eye removed"));
  });
});

describe("near misses keep the time point's word", () => {

  it("a 'has' before a clause is no causative: 'as he has since Ronaldo left for Madrid six years ago'", () => {
    expect(exact(at("Just as he has since Ronaldo left for Madrid six years ago, Rooney is the threat.", 6))).toEqual(duration(6, "years", "years since leaving for Madrid"));
  });

  it("a relative clause's end before a comma is no cut passive: 'Mirza, who lives in Hyderabad, turned professional two years ago'", () => {
    expect(exact(at("Mirza, who lives in Hyderabad, turned professional two years ago.", 2))).toEqual(duration(2, "years", "years since turning professional"));
  });

  it("a comma right after the time: 'Two years ago, he left' (no past before it; fronted, the clause after it is the event)", () => {
    expect(exact(at("Two years ago, he left the club.", 2))).toEqual(duration(2, "years", "years since leaving the club"));
  });

  it("a conjunction between the verb and the time: 'He left and two days later'", () => {
    expect(at("He left the club and two days later he signed.", 2).label).not.toMatch(/since|before/);
  });

  it("a conjunction the tagger calls an adverb: 'revisited the town where two years ago a bomb exploded'", () => {
    expect(exact(at("She revisited the town where two years ago a bomb exploded.", 2))).toEqual(duration(2, "years", "years ago"));
  });

  it("a verb out of reach: more than eight words between the past and the time", () => {
    expect(exact(at("Smith moved to a house in the north of the city of Leeds five years ago.", 5))).toEqual(duration(5, "years", "years ago"));
  });

  it("a denied past: 'had not spoken to him two years ago'", () => {
    expect(exact(at("She had not spoken to him two years ago.", 2))).toEqual(duration(2, "years", "years ago"));
  });

  it("a past with no '-ing' known: 'The pair wed six months earlier'", () => {
    expect(exact(at("The pair wed six months earlier.", 6))).toEqual(duration(6, "months", "months earlier"));
  });

  it("a future: 'will be sold two years later'", () => {
    expect(exact(at("The house will be sold two years later.", 2))).toEqual(duration(2, "years", "years later"));
  });
});

describe("the ranking still reads the time point's word", () => {
  it("the candidate's label stays 'years ago'; the card shows the event", () => {
    const s = articleSentences({ paragraphs: ["Smith founded the company 15 years ago."] });
    const c = cardCandidates(s, {}).find((x) => x.figure.value === 15);
    expect([c?.figure.label, c?.placed]).toEqual(["years ago", "years since founding the company"]);
  });
});

describe("a time point fronted at its sentence's start dates the clause after it (frontedEvent)", () => {
  it("'Five years ago the couple opened a bakery' → years since opening a bakery", () => {
    expect(exact(at("Five years ago the couple opened a bakery.", 5))).toEqual(duration(5, "years", "years since opening a bakery"));
  });

  it("'Three months later, the mayor signed the order' → months before signing the order, past the comma", () => {
    expect(exact(at("Three months later, the mayor signed the order.", 3))).toEqual(duration(3, "months", "months before signing the order"));
  });

  it("near miss: 'Twelve months ago, Liverpool were a fine side' says a state, no event", () => {
    expect(exact(at("Twelve months ago, Liverpool were a fine side.", 12))).toEqual(duration(12, "months", "months ago"));
  });

  it("near miss: 'Two days later came the news of his death': a verb before its subject, inverted, names no deed", () => {
    expect(exact(at("Two days later came the news of his death.", 2))).toEqual(duration(2, "days", "days later"));
  });

  it("over a day said 'on' before the comma: 'Ten years ago on Monday, the band played its last gig' → years since playing its last gig", () => {
    expect(exact(at("Ten years ago on Monday, the band played its last gig.", 10))).toEqual(duration(10, "years", "years since playing its last gig"));
  });

  it("a passive with a place in its subject: 'Exactly 12 years ago on Tuesday, a nurse from Leeds was charged with fraud' → years since being charged with fraud", () => {
    expect(exact(at("Exactly 12 years ago on Tuesday, a nurse from Leeds was charged with fraud.", 12))).toEqual(
      duration(12, "years", "years since being charged with fraud", "exactly"),
    );
  });

  it("over a date said again between commas (BC shape 14): 'Two years ago, in early 2019, the firm was hired' → years since being hired", () => {
    expect(exact(at("Two years ago, in early 2019, the firm was hired.", 2))).toEqual(duration(2, "years", "years since being hired"));
    expect(exact(at("Three years ago, in March, the club signed a young striker.", 3))).toEqual(duration(3, "years", "years since signing a young striker"));
  });

  it("near miss: a state after the date keeps the time point: 'Two years ago, in May, Leeds were top' → years ago", () => {
    expect(exact(at("Two years ago, in May, Leeds were top.", 2))).toEqual(duration(2, "years", "years ago"));
  });

  it("near miss: a present passive dates no event: 'Two weeks later, he is seen sitting in the snow' → weeks later", () => {
    expect(exact(at("Two weeks later, he is seen sitting in the snow.", 2))).toEqual(duration(2, "weeks", "weeks later"));
  });

  it("near miss: a state after the day keeps the time point: 'Twelve months ago on Friday, Liverpool were top' → months ago", () => {
    expect(exact(at("Twelve months ago on Friday, Liverpool were top.", 12))).toEqual(duration(12, "months", "months ago"));
  });

  it("near miss: 'She said that five years ago the couple opened a bakery': not at its sentence's start", () => {
    expect(exact(at("She said that five years ago the couple opened a bakery.", 5))?.label).not.toBe("years since opening a bakery");
  });

  it("'met' is a past of a moment: 'She met Burton there 16 years ago' → years since meeting Burton", () => {
    expect(exact(at("She works at the station and met Burton there 16 years ago.", 16))).toEqual(duration(16, "years", "years since meeting Burton"));
  });
});

describe("a time later after an '-ing' that opens its clause: the time before that doing", () => {
  it("'had four sons before divorcing 15 years later' → years before divorcing (was 'years later')", () => {
    expect(exact(at("The actor married his co-star in 1967, and the pair had four sons before divorcing 15 years later.", 15))).toEqual(duration(15, "years", "years before divorcing"));
  });

  it("after a comma: 'was founded in 1901, moving to its ground 20 years later' → years before moving to its ground", () => {
    expect(at("The club was founded in 1901, moving to its ground 20 years later.", 20).label).toBe("years before moving to its ground");
  });

  it("near misses: an '-ing' a verb before it takes ('was seen running two minutes later') keeps 'minutes later'; one that never happened ('from giving City the lead')", () => {
    expect(at("The man was seen running two minutes later.", 2).label).toBe("minutes later");
    expect(at("A save denied the shot from giving City the lead after just three minutes.", 3).label).not.toBe("minutes before giving City the lead");
  });
});
