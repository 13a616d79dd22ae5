// A rank labelled by its place word alone ("15th — place", "sixth — spot") takes who holds it or what it is in
// (rank-place.ts, rank-holder.ts): a subject that ended up there, a name trailing or lying there, a named event it is
// "at", the name a place is "occupied by". Near misses keep the place alone.
import { describe, expect, it } from "vitest";
import { at, exact, labelOf, want } from "#test/helpers/figures.ts";

describe("the subject of a verb of standing holds the place", () => {
  it("'ended up in 15th place' after a relative clause → place of Franz Ferdinand", () => {
    expect(exact(at("Franz Ferdinand, who recently picked up five Brit Award nominations, ended up in 15th place.", 15))).toEqual(want(15, undefined, undefined, "place of Franz Ferdinand", "rank"));
  });

  it("'wound up in third place' → place of the Eurythmics", () => {
    expect(exact(at("The Eurythmics wound up in third place.", 3))).toEqual(want(3, undefined, undefined, "place of Eurythmics", "rank"));
  });

  it("'are languishing in 15th place': after an auxiliary, the clause's subject → place of Leeds", () => {
    expect(exact(at("Leeds are languishing in 15th place.", 15))).toEqual(want(15, undefined, undefined, "place of Leeds", "rank"));
  });

  it("'left … Irina Shevchenko trailing in sixth spot': the name right before an '-ing' form", () => {
    expect(exact(at("Claxton left European medal favourite Russian Irina Shevchenko trailing in sixth spot.", 6))).toEqual(want(6, undefined, undefined, "spot of Russian Irina Shevchenko", "rank"));
  });

  it("a common noun before an '-ing' form is its holder: 'with the hosts lying in fourth place'", () => {
    expect(exact(at("The game ended with the hosts lying in fourth place.", 4))).toEqual(want(4, undefined, undefined, "place of hosts", "rank"));
  });
});

describe("near misses: a pronoun (never read as a subject) or a verb that does not stand it there", () => {
  it("a pronoun names no holder: 'They ended up in 15th place'", () => {
    expect(labelOf("They ended up in 15th place.", 15)).toBe("place");
  });

  it("a pronoun before an '-ing' form: 'left them trailing in sixth spot'", () => {
    expect(labelOf("The defeat left them trailing in sixth spot.", 6)).toBe("spot");
  });

  it("'ended' without 'up' may be a time's end: 'The season ended in fifth place' names no holder", () => {
    expect(labelOf("The season ended in fifth place.", 5)).toBe("place");
  });
});

describe("a named event the place is 'at'", () => {
  it("'Fourth and fifth place at the Randstad Awards' → place at the Randstad Awards", () => {
    expect(labelOf("Fourth and fifth place at the Randstad Awards were also airline and TV jobs.", 5)).toBe("place at the Randstad Awards");
  });

  it("a time is no event: 'in fifth place at the end of the season' keeps the subject's reading", () => {
    expect(labelOf("Arsenal are in fifth place at the end of the season.", 5)).toBe("place of Arsenal");
  });
});

describe("the name a place is 'occupied by' holds it, not the subject chasing it", () => {
  it("'Liverpool trail fourth spot, currently occupied by Manchester City' → spot of Manchester City", () => {
    expect(exact(at("Defeat means fifth-placed Liverpool trail fourth spot, currently occupied by Manchester City, by seven points.", 4))).toEqual(want(4, undefined, undefined, "spot of Manchester City", "rank"));
  });

  it("no name after 'held by': 'fourth place, held by the champions' keeps the place alone", () => {
    expect(labelOf("Liverpool trail fourth place, held by the champions.", 4)).toBe("place");
  });

  it("another verb's agent: 'fourth place, chased by Manchester City' keeps the place alone", () => {
    expect(labelOf("Liverpool trail fourth place, chased by Manchester City.", 4)).toBe("place");
  });
});

describe("the thing a verb put in a place holds it, not the one who put it (rank-put.ts)", () => {
  it("'the abacus, which the magazine dates at 190 A.D., and put in 60th place' → place of abacus", () => {
    expect(exact(at("The oldest gadget in the list is the abacus, which the magazine dates at 190 A.D., and put in 60th place.", 60))).toEqual(want(60, undefined, undefined, "place of abacus", "rank"));
  });

  it("a passive's subject: 'The Walkman was placed in third place' → place of Walkman", () => {
    expect(exact(at("The Walkman was placed in third place.", 3))).toEqual(want(3, undefined, undefined, "place of Walkman", "rank"));
  });

  it("an active verb with no 'which': 'The magazine put in 60th place the abacus' keeps the place alone", () => {
    expect(labelOf("The magazine put in 60th place the abacus.", 60)).toBe("place");
  });

  it("a 'which' past a semicolon is another clause's: 'the abacus, which is old; they put in 60th place' keeps the place alone", () => {
    expect(labelOf("It is the abacus, which is old; they put in 60th place.", 60)).toBe("place");
  });

  it("a 'which' with no comma: 'It is the abacus which the magazine put in 60th place' → place of abacus", () => {
    expect(labelOf("It is the abacus which the magazine put in 60th place.", 60)).toBe("place of abacus");
  });

  it("a verb of standing keeps its subject: 'the abacus, which is old, and the team finished in 60th place' → place of team", () => {
    expect(labelOf("It is the abacus, which is old, and the team finished in 60th place.", 60)).toBe("place of team");
  });
});

describe("a named event said with when it was", () => {
  it("'its third place at last June's European elections' → place at last June's European elections", () => {
    expect(labelOf("The party squandered the opportunity offered by its third place at last June's European elections.", 3)).toBe("place at last June's European elections");
  });

  it("'fifth place at Sunday's Grand Prix' → place at Sunday's Grand Prix", () => {
    expect(labelOf("He took fifth place at Sunday's Grand Prix.", 5)).toBe("place at Sunday's Grand Prix");
  });

  it("no name after the time: 'third place at last year's end' keeps the place alone", () => {
    expect(labelOf("He took third place at last year's end.", 3)).toBe("place");
  });

  it("no possessive: 'third place at last, Grand Prix aside' keeps the place alone", () => {
    expect(labelOf("He took third place at last Grand Prix.", 3)).toBe("place");
  });
});

describe("the subject a verb of moving took 'to' or 'into' a place holds it", () => {
  it("'Chelsea dropped to fourth place' → place of Chelsea", () => {
    expect(exact(at("Chelsea dropped to fourth place after the defeat.", 4))).toEqual(want(4, undefined, undefined, "place of Chelsea", "rank"));
  });

  it("'Arsenal moved into third place' → place of Arsenal", () => {
    expect(exact(at("Arsenal moved into third place with the win.", 3))).toEqual(want(3, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("a verb that moves its object: 'The victory lifted the team to fifth place' keeps the place alone", () => {
    expect(labelOf("The victory lifted the team to fifth place.", 5)).toBe("place");
  });

  it("a noun before 'to' is no verb of moving: 'a three-point gap to fourth place' keeps the place alone", () => {
    expect(labelOf("Liverpool have a three-point gap to fourth place.", 4)).toBe("place");
  });

  it("a pronoun subject: 'They climbed to fifth place' keeps the place alone", () => {
    expect(labelOf("They climbed to fifth place.", 5)).toBe("place");
  });
});

describe("the subject of a verb of taking holds the place it took", () => {
  it("'Hamilton took third place in Bahrain' → place of Hamilton", () => {
    expect(exact(at("Hamilton took third place in Bahrain.", 3))).toEqual(want(3, undefined, undefined, "place of Hamilton", "rank"));
  });

  it("'Arsenal secured fourth place with a win' → place of Arsenal", () => {
    expect(exact(at("Arsenal secured fourth place with a win.", 4))).toEqual(want(4, undefined, undefined, "place of Arsenal", "rank"));
  });

  it("a verb that is no taking: 'Arsenal are chasing fourth place' keeps the place alone", () => {
    expect(labelOf("Arsenal are chasing fourth place.", 4)).toBe("place");
  });

  it("a pronoun subject: 'They secured fourth place' keeps the place alone", () => {
    expect(labelOf("They secured fourth place.", 4)).toBe("place");
  });
});
