// A time served or faced after "a minimum of" / "a maximum of" is the term's bound (bound-term.ts; card audit 52's
// made-up shape 4).
import { describe, expect, it } from "vitest";
import { at, displays, exact, want } from "#test/helpers/figures.ts";

// "a minimum of" and "a maximum of" are read as the hedges they mean, "at least" and "up to" (bound-hedge.ts).
const duration = (value: number, label: string, qualifier?: string) => want(value, qualifier, "years", label, "duration");

describe("bound-term.ts: 'serving a minimum of N years'", () => {
  it("'Tate was found guilty of the robbery in 2009 and jailed for life, serving a minimum of 22 years.': 22 years — minimum term", () => {
    // Was '22 — years', the unit alone.
    expect(exact(at("Tate was found guilty of the robbery in 2009 and jailed for life, serving a minimum of 22 years.", 22))).toEqual(duration(22, "minimum term", "at least"));
  });
  it("'The three brothers could face a maximum of 12 years.': 12 years — maximum term", () => {
    expect(exact(at("The three brothers could face a maximum of 12 years.", 12))).toEqual(duration(12, "maximum term", "up to"));
  });
  it("near miss: 'Applicants must wait a minimum of four years.': a wait, no term", () => {
    expect(exact(at("Applicants must wait a minimum of four years.", 4))).toEqual(duration(4, "years waiting", "at least"));
  });
  it("near miss: 'By then he had served a total of 22 years.': a total is no bound", () => {
    expect(exact(at("By then he had served a total of 22 years.", 22))).toEqual(duration(22, "years"));
  });
  it("near miss: 'She got a maximum of 30 minutes to speak.': minutes are no term", () => {
    expect(exact(at("She got a maximum of 30 minutes to speak.", 30))).toEqual(want(30, "up to", "minutes", "minutes to speak", "duration"));
  });
  it("near miss: 'Staff received a minimum of six weeks' notice.': the unit's owner says what the time is, no term", () => {
    expect(exact(at("Staff received a minimum of six weeks' notice.", 6))).toEqual(want(6, "at least", "weeks", "weeks' notice", "duration"));
  });
  it("near miss: 'Players serve a minimum of 12 months on the bench.': a place after the unit, no term", () => {
    expect(exact(at("Players serve a minimum of 12 months on the bench.", 12))).toEqual(want(12, "at least", "months", "months on the bench", "duration"));
  });
  it("near miss: 'He served a minimum of 2 years in the army.': service, no term", () => {
    expect(exact(at("He served a minimum of 2 years in the army.", 2))).toEqual(duration(2, "years in army", "at least"));
  });
  it("near miss: 'Workers got a maximum of 4 weeks of paid leave.': what the time is after 'of', no term", () => {
    expect(exact(at("Workers got a maximum of 4 weeks of paid leave.", 4))).toEqual(want(4, "up to", "weeks", "weeks", "duration"));
  });
  it("'Offenders face a maximum of 2 years and a £5,000 fine.': 2 years — maximum term (the clause goes on)", () => {
    expect(exact(at("Offenders face a maximum of 2 years and a £5,000 fine.", 2))).toEqual(duration(2, "maximum term", "up to"));
  });
});

describe("bound-term.ts: the bound opened by another word than 'a'", () => {
  it.each([
    ["He faces the maximum of 14 years.", 14, "maximum term", undefined],
    ["Smith must now serve his minimum of 12 years.", 12, "minimum term", undefined],
  ])("'%s': %i years — %s (hedged %s)", (text, value, label, qualifier) => {
    // Was 'N — years', the unit alone.
    expect(exact(at(text, value))).toEqual(duration(value, label, qualifier));
  });
  it("near miss: 'Applicants must wait the minimum of four years.': a wait, no term", () => {
    expect(exact(at("Applicants must wait the minimum of four years.", 4))).toEqual(duration(4, "years"));
  });
  it("near miss: 'He faces no minimum of 5 years, the judge said.': no bound, no term", () => {
    expect(exact(at("He faces no minimum of 5 years, the judge said.", 5))).toEqual(duration(5, "years"));
  });
});

describe("bound-term.ts: a bound right before the number, spared or asked for, and a life term (card-audit-54's made-up shape 6)", () => {
  it("'Reed of Kelton escaped the maximum 35 years to life.': the bound spared, no term given", () => {
    // Was '35 — years', read as the term given.
    expect(exact(at("Reed of Kelton escaped the maximum 35 years to life.", 35))).toEqual(duration(35, "maximum term escaped"));
  });
  it("'Her counsel had asked for the minimum 15 years to life, citing her age.': the bound asked for, over its particle", () => {
    expect(exact(at("Her counsel had asked for the minimum 15 years to life, citing her age.", 15))).toEqual(duration(15, "minimum term asked for"));
    expect(exact(at("The court sought the maximum 12 years for the fraud.", 12))).toEqual(duration(12, "maximum term sought"));
  });
  it("'He now faces the maximum 20 years.': a bound faced, with no 'of', is the term's", () => {
    expect(exact(at("He now faces the maximum 20 years.", 20))).toEqual(duration(20, "maximum term"));
  });
  it("'A woman who poisoned her husband was given 25 years to life behind bars.': the term given, in prison", () => {
    // Was '25 — years': no word of sentencing, and 'to life' ended no given term.
    expect(exact(at("A woman who poisoned her husband was given 25 years to life behind bars.", 25))).toEqual(duration(25, "years in prison"));
  });
  it("near misses: another verb before the bound, or 'to' that is no life term", () => {
    expect(exact(at("The firm wanted the maximum 12 years to pay.", 12))).toEqual(duration(12, "years"));
    expect(exact(at("He praised the maximum 10 years for the fraud.", 10))).toEqual(duration(10, "years"));
  });
});

describe("bound-hedge.ts: a bound said as a noun is the hedge it means (sample BE's shape 3)", () => {
  it("'… or a minimum of 25 years in prison': at least 25 years, the term's bound whatever verb governs it", () => {
    // Was '25 — years in prison' with no hedge: the floor printed as the sentence itself.
    const text = "The robbery count can lead to life behind bars, or a minimum of 25 years in prison with a 25-year period of no parole.";
    expect(exact(at(text, 25))).toEqual(duration(25, "minimum term", "at least"));
    expect(exact(at("The fraud carries a maximum of 7 years in jail under the new act.", 7))).toEqual(duration(7, "maximum term", "up to"));
  });
  it("a bound before a count or money hedges it the same way: 'a maximum of four tickets', 'a minimum of £2,000'", () => {
    expect(exact(at("Each member can buy a maximum of four tickets for the final.", 4))?.qualifier).toBe("up to");
    expect(exact(at("Savers must put in a minimum of £2,000 to open the account.", 2000))).toEqual(want(2000, "at least", "GBP", expect.any(String), "money"));
  });
  it("near miss: a bound that is the noun's own ('a minimum wage of £8') or a definite one ('up to the maximum of nine') is no hedge", () => {
    expect(exact(at("Staff earn a minimum wage of £8 an hour.", 8))?.qualifier).toBeUndefined();
    expect(displays("Users pick as many photos, up to the maximum of nine, as they like.")).toEqual(["nine"]);
  });
  it("near miss: 'in prison for the maximum two years' bounds a stay, no term, when no 'a minimum of' reads it", () => {
    expect(exact(at("She plans to keep her baby with her in prison for the maximum two years allowed.", 2))?.label).toBe("years in prison");
  });
});

describe("life-term.ts: 'N to life' is a life term's minimum in years unsaid (BF shape 12: '15 — crooks', a count)", () => {
  it("'people are stuck 15 to life behind foreign bars': 15 years — years to life", () => {
    expect(exact(at("'Those two crooks ruined families, and now people are stuck 15 to life behind foreign bars,' one reply read.", 15))).toEqual(duration(15, "years to life"));
  });
  it("'Harper faces 40 to life if the jury convicts him': the same with no bars, as '40 years to life' reads", () => {
    expect(exact(at("Harper faces 40 to life if the jury convicts him.", 40))).toEqual(duration(40, "years to life"));
    expect(exact(at("Harper faces 40 years to life if the jury convicts him.", 40))).toEqual(duration(40, "years to life"));
  });
  it("'was sentenced to 25-to-life on Monday': hyphened, a prison term, its holder named (term-holder.ts)", () => {
    expect(exact(at("Vance was sentenced to 25-to-life on Monday.", 25))).toEqual(duration(25, "Vance's prison term"));
    expect(exact(at("Critics said people could get 15-to-life for it.", 15))).toEqual(duration(15, "years to life"));
  });
  it("near misses: a count before 'to life' ('brought 300 puppets to life'), 'life' before its noun ('to life members')", () => {
    expect(at("The show brought 300 puppets to life.", 300)).toMatchObject({ type: "count" });
    expect(at("The club sold 30 to life members last year.", 30)).not.toMatchObject({ type: "duration" });
    // More years than anyone serves: people brought back, no term.
    expect(at("Paramedics restored 150 to life last year.", 150)).not.toMatchObject({ type: "duration" });
  });
});
