// Money named by the verb that moves it: given, pledged, paid back or loaned (a payment, a loan), asked for or wanted
// (a sum requested), raised, or hoped or still to be raised (a target), paid for a player (a transfer fee)
// (money-given.ts, asked-for.ts, raise-target.ts, hoped-target.ts, passive-money.ts, transfer-fee.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, figs, want } from "#test/helpers/figures.ts";

describe("money given, pledged or paid back is named by its verb", () => {
  it.each([
    ["A US bank has said it will donate more than $8m to victims of the regime.", 8e6, "more than", "donation to victims"],
    ["Argentina must drop its refusal to repay nearly £1 billion to US investors.", 1e9, "nearly", "repayment to US investors"],
    ["The party has pledged £200m for schools.", 200e6, undefined, "pledge for schools"],
  ])("%s", (text, value, qualifier, label) => {
    const f = at(text, value);
    expect(f).toMatchObject({ type: "money", label });
    expect(f.qualifier).toBe(qualifier);
  });
});

describe("a money verb's particle does not hide the verb", () => {
  it("'its refusal to pay back nearly £1 billion to US investors': a repayment to US investors", () => {
    expect(at("Argentina must drop its refusal to pay back nearly £1 billion to US investors.", 1e9)).toMatchObject({ qualifier: "nearly", unit: "GBP", type: "money", label: "repayment to US investors" });
    expect(at("The insurer paid out £5m to flood victims last year.", 5e6)).toMatchObject({ display: "£5m", unit: "GBP", type: "money", label: "payment to flood victims" });
  });
});

describe("money given to someone is the payment or the loan, not its payee or borrower", () => {
  it("'give Newcastle £500,000': a payment to Newcastle", () => {
    expect(exact(at("I'd love to give Newcastle £500,000 because that means we have got promotion.", 500000))).toEqual({ value: 500000, qualifier: undefined, unit: "GBP", label: "payment to Newcastle", type: "money" });
  });

  it("'loaned the previous regime running the club £5million': a loan, its long recipient left out", () => {
    expect(exact(at("The billionaire tycoon loaned the previous regime running the club £5million in January.", 5e6))).toEqual({ value: 5e6, qualifier: undefined, unit: "GBP", label: "loan", type: "money" });
  });

  it("'loaned the previous regime running the football club £5million': the verb eight words back still gives the loan", () => {
    expect(exact(at("The billionaire tycoon loaned the previous regime running the football club £5million in January.", 5e6))).toEqual({ value: 5e6, qualifier: undefined, unit: "GBP", label: "loan", type: "money" });
  });
});

describe("money given 'to' someone is named by the giving verb, not left a bare 'to ⟨party⟩' (money-given.ts' GIVE in purpose-label.ts)", () => {
  it("'gave more than £400,000 to the Greens': a payment, over the amount's hedge", () => {
    expect(exactOnly("The union gave more than £400,000 to the Greens last month.")).toEqual(want(400000, "more than", "GBP", "payment to the Greens", "money"));
  });

  it("'contributed $3,000 to the mayor's campaign': a contribution", () => {
    expect(exactOnly("The developer contributed $3,000 to the mayor's campaign.")).toEqual(want(3000, undefined, "USD", "contribution to the mayor's campaign", "money"));
  });

  it("'already owing $15bn to the World Bank': a debt", () => {
    expect(exactOnly("The country is already owing $15bn to the World Bank.")).toEqual(want(15e9, undefined, "USD", "debt to the World Bank", "money"));
  });

  it("'shelled out nearly $50 million to the families': a payment, over 'out'", () => {
    expect(exactOnly("The company shelled out nearly $50 million to the families.")).toEqual(want(5e7, "nearly", "USD", "payment to the families", "money"));
  });

  it("'lent Kenya $2bn to build a new railway': the loan over its recipient, then its purpose", () => {
    expect(exactOnly("China lent Kenya $2bn to build a new railway.")).toEqual(want(2e9, undefined, "USD", "loan to build a new railway", "money"));
  });

  it("near miss: 'sent £5,000 to his brother' moves no money by a giving verb and stays as it was", () => {
    expect(exactOnly("He sent £5,000 to his brother.")).toEqual(want(5000, undefined, "GBP", "to his brother", "money"));
  });
});

describe("money asked for is a sum requested, not the one who asks (J: '$100 — complete stranger')", () => {
  it("'a complete stranger asked you for $100': sum requested", () => {
    expect(exact(at("What would you do if a complete stranger asked you for $100, or offered you an apple?", 100))).toEqual({ value: 100, qualifier: undefined, unit: "USD", label: "sum requested", type: "money" });
  });
});

describe("asked-for.ts", () => {
  it("'He asked his father for $100.': whom it asked may be two words (mutant: reach 1)", () => {
    expect(exactOnly("He asked his father for $100.")).toEqual({ value: 100, qualifier: undefined, unit: "USD", label: "sum requested", type: "money" });
  });
});

describe("money wanted is a sum requested (lexicon.ts' MONEY_NOUNS)", () => {
  it("'our last meeting he wanted $8,000 to $10,000': sum requested, not the frame's noun", () => {
    expect(exactOnly("At our last meeting he wanted $8,000 to $10,000, the mayor said.")).toMatchObject({ value: 8000, unit: "USD", label: "sum requested", type: "money" });
  });

  it("'Blackburn want £6m for the midfielder': sum requested for the midfielder", () => {
    expect(exactOnly("It is thought Blackburn want £6m for the midfielder.")).toEqual(want(6000000, undefined, "GBP", "sum requested for the midfielder", "money"));
  });

  it("near miss: 'wanted to provide $10bn a year' is not wanted money: the verb after 'to' governs it", () => {
    expect(exact(at("Mr Brown wanted to provide $10bn a year over a decade.", 10000000000))?.label).not.toContain("requested");
  });

  it("near miss: 'wanted £2m in compensation' keeps its noun", () => {
    expect(exactOnly("The club wanted £2m in compensation.")).toEqual(want(2000000, undefined, "GBP", "compensation", "money"));
  });
});

describe("money still to be raised is a target, not raised (raise-target.ts)", () => {
  it("'will raise £250,000 for the foundation': target for the foundation", () => {
    expect(exactOnly("It is hoped the expedition will raise £250,000 for the Lewis Moody Foundation.")).toEqual(want(250000, undefined, "GBP", "target for the Lewis Moody Foundation", "money"));
  });

  it("'set up a GoFundMe account to raise $50,000': target", () => {
    expect(exactOnly("The family have set up a GoFundMe account to raise $50,000 towards his medical costs.")).toEqual(want(50000, undefined, "USD", "target", "money"));
  });

  it("'could raise as much as £2m for the hospital': target for the hospital", () => {
    expect(exactOnly("The appeal could raise as much as £2m for the hospital.")).toEqual(want(2000000, "as much as", "GBP", "target for the hospital", "money"));
  });

  it("'must raise $80,000 by Tuesday': target, nothing was raised yet", () => {
    expect(exactOnly("The parents say they must raise $80,000 by Tuesday.")).toEqual(want(80000, undefined, "USD", "target", "money"));
  });

  it("'must now raise £12,000 for the roof': an adverb between the modal and raise, still a target", () => {
    expect(exactOnly("The parish must now raise £12,000 for the roof.")).toEqual(want(12000, undefined, "GBP", "target for the roof", "money"));
  });

  it("near miss: 'has now raised $80,000' was raised", () => {
    expect(exactOnly("The appeal has now raised $80,000 for the clinic.")).toEqual(want(80000, undefined, "USD", "raised for the clinic", "money"));
  });

  it("near miss: 'helped to raise nearly £33,000' was raised", () => {
    expect(exactOnly("Sunderland fans subsequently helped to raise nearly £33,000 in their memory.")).toEqual(want(33000, "nearly", "GBP", "raised", "money"));
  });

  it("near miss: 'went on to raise £5,000 for the hospice' was raised", () => {
    expect(exactOnly("She went on to raise £5,000 for the hospice.")).toEqual(want(5000, undefined, "GBP", "raised for the hospice", "money"));
  });
});

describe("money a hope or an aim is set on is a target (hoped-target.ts)", () => {
  it("'with the hopes of making it to $100,000': target", () => {
    expect(exact(at("Already $30,000 has been raised, with the hopes of making it to $100,000 from the family.", 100000))).toEqual(want(100000, undefined, "USD", "target", "money"));
  });

  it("'in the hope of raising £5,000 for his funeral': target", () => {
    expect(exactOnly("The family set up a page in the hope of raising £5,000 for his funeral.")).toEqual(want(5000, undefined, "GBP", "target", "money"));
  });

  it("'hoping to reach £10,000 by Christmas': target", () => {
    expect(exactOnly("They are hoping to reach £10,000 by Christmas.")).toEqual(want(10000, undefined, "GBP", "target", "money"));
  });

  it("near miss: 'hopes to sell the striker for £20m' is a price, no verb of reaching", () => {
    expect(exactOnly("The club hopes to sell the striker for £20m.")).toEqual(want(20000000, undefined, "GBP", "sale price", "money"));
  });

  it("near miss: 'Sales are expected to reach £2bn' reaches with no hope or aim: sales", () => {
    expect(exactOnly("Sales are expected to reach £2bn next year.")).toEqual(want(2000000000, undefined, "GBP", "sales", "money"));
  });

  it("near miss: 'hope the shares will reach $50' sets no hope on the amount itself", () => {
    expect(exactOnly("Investors hope the shares will reach $50.")?.label).not.toBe("target");
  });
});

describe("money that has been raised is raised (passive-money.ts)", () => {
  it("'Already $30,000 has been raised': raised", () => {
    expect(exactOnly("Already $30,000 has been raised.")).toEqual(want(30000, undefined, "USD", "raised", "money"));
  });

  it("'over $76,000 was raised for the teen's surgery': raised for the teen's surgery", () => {
    expect(exactOnly("By Friday $76,000 was raised for the teen's surgery.")).toEqual(want(76000, undefined, "USD", "raised for the teen's surgery", "money"));
  });

  it("near miss: '$1m has raised questions' is no passive: the noun after it", () => {
    expect(exactOnly("The $1m has raised questions.")?.label).not.toBe("raised");
  });

  it("near miss: 'only £41m had been spent' is left to the reading before (spent is not read)", () => {
    expect(figs("Only £41m had been spent.")).toEqual([]);
  });
});

describe("a player who arrived or moved somewhere for a sum was bought for it: the transfer fee, not the club", () => {
  it.each([
    ["Juan Cuadrado arrived at Chelsea for £23m from Fiorentina but has failed to impress.", 23e6, "£23m"],
    ["Babayaro has been in the Premiership since 1997 when he moved to Chelsea for £2.25m from Anderlecht.", 2.25e6, "£2.25m"],
  ])("%s", (text, value, display) => {
    expect(at(text, value)).toMatchObject({ display, unit: "GBP", type: "money", label: "transfer fee" });
  });
});

describe("a price after 'for' is named by the verb of its clause, not the place or club said before it", () => {
  it("a player's move is priced by its fee: 'signed in January from Swansea for £28m', 'joined Chelsea from Lille for £32million'", () => {
    expect(at("Wilfried Bony was signed in January from Swansea for £28m but has only scored once.", 28e6)).toMatchObject({ display: "£28m", unit: "GBP", type: "money", label: "transfer fee" });
    expect(at("Hazard joined Chelsea from Lille for £32million in 2012.", 32e6)).toMatchObject({ display: "£32million", unit: "GBP", type: "money", label: "transfer fee" });
  });

  it("a verb that moves money however far back in the clause: 'bought their home in the quiet resort of Mablethorpe for £35,000'", () => {
    expect(at("They bought their home in the quiet Lincolnshire seaside resort of Mablethorpe for £35,000 in 1987.", 35000)).toMatchObject({ display: "£35,000", unit: "GBP", type: "money", label: "purchase price" });
    expect(at("In the end, the city settled with Colon for $20,000 under the condition.", 20000)).toMatchObject({ display: "$20,000", unit: "USD", type: "money", label: "settlement" });
  });

  it("what was won for a price was bought, and a new clause has its own verb", () => {
    expect(at("The auction was won by an unknown shell company for $9.4bn last year.", 9.4e9)).toMatchObject({ label: "unknown shell company" });
    expect(at("He sold the car and moved to Swansea for £300.", 300).label).not.toBe("sale price");
  });

  it("a comma's aside does not end the clause: 'bought the house, a Victorian terrace, for £350,000'", () => {
    expect(at("They bought the house, a Victorian terrace, for £350,000.", 350000)).toMatchObject({ label: "purchase price" });
  });
});

// A rate's money verb "provide" was no money verb, so "wanted to provide $10bn a year" was labelled by its period alone
// ('$10bn — a year', card audit 33's pattern 2 on dev; money-verb.ts' RATE_VERBS).
describe("money provided a period is funding a period", () => {
  it("'The minister wanted to provide $4bn (£2.1bn) a year over a decade' → funding a year", () => {
    expect(exactOnly("The minister wanted to provide $4bn (£2.1bn) a year over a decade.")).toEqual(want(4e9, undefined, "USD", "funding a year", "money"));
  });

  it("near miss: 'The council provided £2m for the park' → no period: what it is for, as before", () => {
    expect(exactOnly("The council provided £2m for the park.")).toEqual(want(2e6, undefined, "GBP", "for the park", "money"));
  });
});

describe("a part of a sum 'needed' collected: the sum is a target (raise-target.ts; card audit 55's made-up shape 5)", () => {
  it("'has gathered the bulk of £12,000 needed to restore the church bells': target to restore the bells", () => {
    expect(exactOnly("A parish has gathered the bulk of £12,000 needed to restore the church bells.")).toEqual(want(12000, undefined, "GBP", "target to restore the church bells", "money"));
  });

  it("'has found most of the $40,000 required for a new roof': target for a new roof", () => {
    expect(exactOnly("The theatre has found most of the $40,000 required for a new roof.")).toEqual(want(40000, undefined, "USD", "target for a new roof", "money"));
  });

  it("near miss: 'has raised £12,000 needed to restore the bells': no part, the whole raised", () => {
    expect(exactOnly("A parish has raised £12,000 needed to restore the church bells.")).toEqual(want(12000, undefined, "GBP", "raised", "money"));
  });

  it("near miss: 'launched an appeal of £12,000 needed to restore the bells': no part before 'of', the appeal", () => {
    expect(exactOnly("The vicar launched an appeal of £12,000 needed to restore the church bells.")).toEqual(want(12000, undefined, "GBP", "appeal", "money"));
  });
});

describe("money a target is short by is still needed (hoped-target.ts; card audit 55's made-up shape 6)", () => {
  it("'the Kent baker is only £650 away from hitting his target': still needed, not the subject", () => {
    expect(exactOnly("The Kent baker is only £650 away from hitting his target.")).toEqual(want(650, "only", "GBP", "still needed to reach target", "money"));
  });

  it("'The roof appeal remains $1,200 short of its goal.': still needed, not 'short'", () => {
    expect(exactOnly("The roof appeal remains $1,200 short of its goal.")).toEqual(want(1200, undefined, "USD", "still needed to reach goal", "money"));
  });

  it("near miss: 'The offer fell £3m short of the asking price.': a gap to a price, no target, left alone", () => {
    expect(at("The offer fell £3m short of the asking price.", 3000000).label).not.toMatch(/still needed/);
  });
});

describe("money an 'If …' clause would spend prices what the main clause offers (verb-back.ts; card audit 55's made-up shape 4)", () => {
  it("'If you loathe mowing enough to splash out over £900, then a robot mower may suit you.' → price of robot mower", () => {
    expect(exactOnly("If you loathe mowing enough to splash out over £900, then a robot mower may suit you.")).toEqual(want(900, "over", "GBP", "price of robot mower", "money"));
  });

  it("near miss: no comma closes the 'If' clause at the money ('If you spend £50 the shop adds a gift.'): no price of the shop", () => {
    expect(at("If you spend £50 the shop adds a gift.", 50).label).not.toMatch(/^price of/);
  });

  it("near miss: no 'If' ('Having to fork out £900, the family cut back on holidays.'): the family is no thing bought", () => {
    expect(at("Having to fork out £900, the family cut back on holidays.", 900).label).not.toMatch(/^price of/);
  });

  it("near miss: no spending verb ('If you earn £40,000, the new tax band applies.') is no price", () => {
    expect(at("If you earn £40,000, the new tax band applies.", 40000).label).not.toMatch(/^price of/);
  });
});

describe("BD shape 13: a percent a target governs is the target, not a level reached (level-target.ts)", () => {
  it.each([
    // Was '60% — coverage'.
    ["The figures beat a UN target that calls for 60% coverage by 2030.", "coverage target"],
    ["The government set a target of 60% coverage by 2030.", "coverage target"],
    ["The scheme aims for 75% uptake among pensioners.", "uptake target"],
  ])("'%s': %s", (text, label) => {
    expect(exactOnly(text)).toEqual(want(text.includes("75%") ? 75 : 60, undefined, "%", label, "percent"));
  });

  it.each([
    ["Coverage reached 60% in 2030.", "coverage"],
    // After an article the percent is a change, labelled as one.
    ["The plan aims for a 20% cut in emissions.", "plan"],
    // A verb of calling with no "for" asks for nothing.
    ["Officials called 60% coverage a success.", "coverage"],
    // A count or a sum asked for is left to their own readers.
    ["Rebels called for 3,000 troops to leave.", "troops"],
    ["The union called for £500 in back pay.", "union"],
    // A label that already names the target is not said twice.
    ["The Treasury set a growth target of 3.1% for next year.", "growth target"],
  ])("near miss: '%s' keeps '%s'", (text, label) => {
    expect(exactOnly(text)?.label).toBe(label);
  });
});
