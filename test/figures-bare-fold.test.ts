// A bare count labelled by its verb alone says what happened but not to what (bare-fold.ts): a toll told as a
// participle or a relative clause is of people, a run of defeats counts games, a subject that lost something is
// people who lost it. Other bare counts keep their verb: a key number is never dropped for want of a label.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string, qualifier?: string) => want(value, qualifier, undefined, label, "count");

describe("a toll of an event is of people", () => {
  it("a participle: 'attacked the offices in Paris in January, killing 12' → people killed", () => {
    const f = at("The gunmen attacked the offices of the magazine in Paris in January, killing 12, but it is not clear who planned it.", 12);
    expect(exact(f)).toEqual(count(12, "people killed"));
    expect(f.kind).toBe("casualties");
  });

  it("over 'all': 'the plane crashed killing all 150 on board' → people killed", () => {
    expect(exact(at("An expert has asked whether the plane was hacked before it crashed killing all 150 on board.", 150))).toEqual(count(150, "people killed"));
  });

  it("a relative clause: 'the disaster that killed two and destroyed three buildings' → people killed", () => {
    expect(exact(at("She spoke at the site of the disaster that killed two and destroyed three buildings.", 2))).toEqual(count(2, "people killed"));
  });

  it("each participle its own: 'killing three and injuring a dozen more' → people injured", () => {
    expect(exact(at("The crush caused a structure to fall, killing three and injuring a dozen more.", 12))).toEqual(count(12, "people injured"));
  });
});

describe("what an event did to people is said of people", () => {
  it("a relative clause: 'The gang that kidnapped two was caught' → people kidnapped", () => {
    const f = at("The gang that kidnapped two was caught.", 2);
    expect(exact(f)).toEqual(count(2, "people kidnapped"));
    expect(f.kind).toBe("people");
  });
});

describe("a run of defeats counts games", () => {
  it("'Newcastle lost six in a row' → games lost, a count not people", () => {
    const f = at("Newcastle lost six in a row at the same stage 12 months ago.", 6);
    expect(exact(f)).toEqual(count(6, "games lost"));
    expect(f.kind).toBe("count");
  });

  it("'lose five on the spin' → games lost", () => {
    expect(exact(at("The slump in form has seen the Magpies lose five on the spin.", 5))).toEqual(count(5, "games lost"));
  });

  it("'lost six of their last eight in all competitions' → games lost", () => {
    expect(exact(at("Liverpool have lost six of their last eight in all competitions.", 6))).toEqual(count(6, "games lost"));
  });

  it("a noun the count's reader missed: 'lost four of their last five away games' → away games lost", () => {
    expect(exact(at("The Tractor Boys, who have now lost four of their last five away games, were caught cold.", 4))).toEqual(count(4, "away games lost"));
  });
});

describe("a count that lost something is people who lost it", () => {
  it("'and three lost consciousness' → people who lost consciousness", () => {
    const f = at("As passengers began to complain of dizziness, and three lost consciousness, the pilot dived.", 3);
    expect(exact(f)).toEqual(count(3, "people who lost consciousness"));
    expect(f.kind).toBe("people");
  });
});

describe("a count that died or lost its life is of people", () => {
  it("'Last year at least 1,800 died crossing the sea' → people died, a toll", () => {
    const f = at("Last year at least 1,800 died crossing the sea.", 1800);
    expect(exact(f)).toEqual(count(1800, "people died", "at least"));
    expect(f.kind).toBe("casualties");
  });

  it("'as many as 600 have lost their lives' → lives lost, a toll, past the auxiliary", () => {
    const f = at("So far this year as many as 600 have lost their lives.", 600);
    expect(exact(f)).toEqual(count(600, "lives lost", "as many as"));
    expect(f.kind).toBe("casualties");
  });

  it("'Of the 30 trees planted, 12 died': a sentence that counted other things keeps the verb alone (died-subject.ts)", () => {
    expect(exact(at("Of the 30 trees planted, 12 died.", 12))).toEqual(count(12, "died"));
    expect(exact(at("More than 100 dolphins were stranded on the beach and 60 died.", 60))).toEqual(count(60, "died"));
    // People counted before the toll do not stop it.
    expect(exact(at("Five nurses were infected and three died.", 3))).toEqual(count(3, "people died"));
  });

  it("'as many as 600 have lost their homes' → people who lost their homes", () => {
    expect(exact(at("So far this season as many as 600 have lost their homes.", 600))).toEqual(count(600, "people who lost their homes", "as many as"));
  });
});

describe("a bare count a passive of a person verb is said of is people", () => {
  it("'Police said all four were charged with burglary' → people charged (was 'four — charged')", () => {
    const f = at("Police said all four were charged with burglary and criminal damage.", 4);
    expect(exact(f)).toEqual(count(4, "people charged"));
    expect(f.kind).toBe("people");
  });

  it("past a perfect's 'have been': 'Five have been detained by border guards' → people detained", () => {
    expect(exact(at("Five have been detained by border guards.", 5))).toEqual(count(5, "people detained"));
  });

  it("past an adverb inside the verb group: 'Police said four were later charged' → people charged", () => {
    expect(exact(at("Police said four were later charged.", 4))).toEqual(count(4, "people charged"));
  });

  it("an active verb's subject did the deed: 'Four killed two guards in the raid' keeps 'killed'", () => {
    expect(exact(at("Gunmen stormed the bank. Four killed two guards in the raid.", 4))).toEqual(count(4, "killed"));
  });

  it("a toll's passive: 'Four were killed in the blast' → people killed, a toll", () => {
    const f = at("Four were killed in the blast on Monday.", 4);
    expect(exact(f)).toEqual(count(4, "people killed"));
    expect(f.kind).toBe("casualties");
  });

  it("a count before it lends its noun first: 'Of the 30 dogs found, 12 were injured' → dogs injured", () => {
    expect(exact(at("Of the 30 dogs found, 12 were injured.", 12))).toEqual(count(12, "dogs injured"));
  });

  it("an active perfect's subject did the deed: 'In the town, all four had arrested local men' keeps 'arrested'", () => {
    expect(exact(at("In the town, all four had arrested local men.", 4))).toEqual(count(4, "arrested"));
  });

  it("a particle's word before a noun phrase is a preposition: 'Over 900 were rescued off the coast' → people rescued", () => {
    expect(exact(at("Over 900 were rescued off the coast of Italy last week.", 900))).toEqual(count(900, "people rescued", "over"));
  });

  it("a phrasal verb is another verb: 'Last month 2.4 billion were fired off' keeps 'fired'", () => {
    expect(exact(at("Texting is booming, and last month 2.4 billion were fired off.", 2.4e9))).toEqual(count(2.4e9, "fired"));
  });

  it("a verb done to things as well as people keeps the verb: 'At the auction nine were sold'", () => {
    expect(exact(at("At the auction nine were sold.", 9))).toEqual(count(9, "sold"));
  });
});

describe("near misses keep the verb", () => {
  it("a toll its doers' own verb tells: 'The gunman killed 3 in the attack'", () => {
    expect(exact(at("The gunman killed 3 in the attack.", 3))).toEqual(count(3, "killed"));
  });

  it("a verb whose count need not be people: 'The firm, which shed 500, was sold'", () => {
    expect(exact(at("The firm, which shed 500, was sold.", 500))).toEqual(count(500, "shed"));
  });

  it("no run: 'Newcastle lost six at home'", () => {
    expect(exact(at("Newcastle lost six at home.", 6))).toEqual(count(6, "lost"));
  });

  it("'of' with no window: 'Newcastle lost six of them'", () => {
    expect(exact(at("Newcastle lost six of them.", 6))).toEqual(count(6, "lost"));
  });

  it("a window with no whole: 'They lost six of their last players'", () => {
    expect(exact(at("They lost six of their last players.", 6))).toEqual(count(6, "lost"));
  });

  it("a whole with no window: 'The firm lost 40 of Acme's 200'", () => {
    expect(exact(at("The firm lost 40 of Acme's 200.", 40))).toEqual(count(40, "lost"));
  });

  it("a window after no 'of': 'The firm lost 40 in the last five years'", () => {
    expect(exact(at("The firm lost 40 in the last five years.", 40))).toEqual(count(40, "lost"));
  });

  it("no object: 'As the cabin filled, three lost'", () => {
    expect(exact(at("As the cabin filled, three lost.", 3))).toEqual(count(3, "lost"));
  });
});

describe("a passive's 'get' is no verb of the count", () => {
  it("'I only saw three get taken out' has no figure, as 'I saw three taken out' has none (it read '3 — get')", () => {
    expect(figs("'I only saw three get taken out,' she said.")).toEqual([]);
  });
});
