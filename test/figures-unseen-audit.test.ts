// Readings found wrong auditing cards of unseen articles (docs/audits/card-audit-8.md: cnndm-dev and dev-bbc articles
// no gold was read for), each the general construction behind it as a one-sentence repro with the exact figure.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs } from "#test/helpers/figures.ts";

/** Every number of one sentence as `nutgraf figures --all` lists it, card candidates or not. */
const numbers = (text: string) => everyNumber(articleSentences({ paragraphs: [text] }));

describe("'per cent' is the unit of a number, never the noun an amount counts", () => {
  it("'25 per cent of £6.3 million worth of transfer fees': the money is the transfer fees, not 'cent'", () => {
    expect(at("They say 25 per cent of £6.3 million worth of transfer fees were paid in commission.", 6.3e6)).toMatchObject({ display: "£6.3 million", unit: "GBP", type: "money", label: "transfer fees" });
  });

  // The sentence's first word keeps its capital before another capitalised word (readn16: phrase.ts' nameRun).
  it("'closed down 5.4 per cent at $149.61': the price is the shares'", () => {
    expect(at("Time Warner Cable shares closed down 5.4 per cent at $149.61 on Friday.", 149.61)).toMatchObject({ display: "$149.61", unit: "USD", type: "money", label: "Time Warner Cable shares" });
    // "percent" in one word after its number too (was "percent").
    expect(at("Time Warner Cable shares closed down 5.4 percent at $149.61 on Friday.", 149.61)).toMatchObject({ display: "$149.61", unit: "USD", type: "money", label: "Time Warner Cable shares" });
  });

  it("'fell by £900million or 3.7 per cent … to £23.2 billion': the level reached is the sales'", () => {
    expect(at("Sales of goods fell by £900million or 3.7 per cent in February alone to £23.2 billion.", 23.2e9)).toMatchObject({ display: "£23.2 billion", unit: "GBP", type: "money", label: "sales" });
  });
});

describe("a change said with an article and an adjective is still the change of its subject", () => {
  it.each([
    ["GDP rose by a strong 0.7% in the three months to December.", 0.7, "rise in GDP"],
    ["Inflation rose by a record 13.3% in March.", 13.3, "rise in inflation"],
    ["Profits fell a massive 40% last year.", 40, "fall in profits"],
    // "an" as "a" (was "astonishing"); after "by" the object before it is the topic (was "rise in apple").
    ["Profits fell by an astonishing 40% last year.", 40, "fall in profits"],
    ["Apple increased its dividend by a record 26% on Tuesday.", 26, "rise in dividend"],
  ])("%s", (text, value, label) => {
    const f = at(text, value);
    expect(f).toMatchObject({ unit: "%", type: "percent", label });
    expect(f.qualifier).toBeUndefined();
  });

  it("'shot up', 'went down': the particle's verb, not the verb taken for a noun, ends the subject", () => {
    expect(at("In fact, sales of the brand's classic trench coats shot up a substantial 10 per cent.", 10)).toMatchObject({ unit: "%", type: "percent", label: "rise in sales" });
    expect(at("House prices went up by 0.4% on the month.", 0.4)).toMatchObject({ unit: "%", type: "percent", label: "rise in house prices" });
    expect(at("House prices went down by 0.4% on the month.", 0.4)).toMatchObject({ unit: "%", type: "percent", label: "fall in house prices" });
  });
});

describe("a change in 'the number of' something is a change in that thing", () => {
  it("'a 500% increase in the number of phishing e-mail messages'", () => {
    expect(at("Lycos Europe reported a 500% increase in the number of phishing e-mail messages it was catching.", 500)).toMatchObject({ display: "500%", unit: "%", type: "percent", label: "increase in phishing e-mail messages" });
    expect(at("Ministers reported a 40% increase in the amount of household debt.", 40)).toMatchObject({ display: "40%", unit: "%", type: "percent", label: "increase in household debt" });
  });
});

describe("a part of the last few is counted by the whole's noun, the whole folded into it", () => {
  it("'have won only two of their last 10 League games': two League games, not 'Chester'", () => {
    const found = figs("Chester have won only two of their last 10 League games but the chairman will not sack Rush.");
    expect(found).toEqual([expect.objectContaining({ value: 2, display: "only two", qualifier: "only", type: "count", label: "League games" })]);
  });

  it("'lost eight of their last 13 matches', 'won three of the opening four races'", () => {
    expect(at("They have lost eight of their last 13 matches since the final.", 8)).toMatchObject({ display: "eight", type: "count", label: "matches lost" });
    expect(at("The Mercedes driver has now won three of the opening four races this season.", 3)).toMatchObject({ display: "three", type: "count", label: "races" });
  });
});

describe("a caption's place in the picture is no figure", () => {
  it("'Sanchez (third right)', 'Barry Lyttle (3rd right)', '(second from left)' leave the card", () => {
    expect(figs("Sanchez (third right) turns away in celebration as the players lay crumpled on the ground.")).toEqual([]);
    expect(figs("Barry Lyttle (3rd right) arrives at the Downing Centre Court in Sydney on Friday.")).toEqual([]);
    expect(numbers("Mario Balotelli (fifth from left) arrives for the service.")).toEqual([expect.objectContaining({ value: 5, type: "ordinal", candidate: false })]);
  });

  it("a place in a race is still read: 'finished third, right behind Bolt'", () => {
    expect(numbers("He finished third, right behind Bolt.")[0]?.label).not.toBe("place in picture");
  });
});

describe("what an amount is the worth of is the thing after 'worth of', over its determiner", () => {
  it("'over £33million worth of the meat', '£100 worth of fencing'", () => {
    expect(at("British bacon producers exported over £33million worth of the meat to nearly 70 countries.", 33e6)).toMatchObject({ display: "over £33million", qualifier: "over", unit: "GBP", type: "money", label: "meat" });
    expect(at("Moore admitted destroying £100 worth of fencing.", 100)).toMatchObject({ display: "£100", unit: "GBP", type: "money", label: "fencing" });
  });
});

describe("a price said right before 'from … to' is a range of prices, not a change", () => {
  it("'Priced from $89 to $169', 'worth from $300 to $1,500 apiece'", () => {
    expect(at("Priced from $89 to $169, the handbags sold out within a week.", 89)).toMatchObject({ display: "$89 to $169", valueMax: 169, unit: "USD", type: "money" });
    const vials = figs("The canister was worth about $500, and the vials were worth from $300 to $1,500 apiece.");
    expect(vials.find((f) => f.value === 300)).toMatchObject({ display: "$300 to $1,500", valueMax: 1500, unit: "USD" });
    expect(vials.find((f) => f.value === 500)?.previous).toBeUndefined();
  });

  it("a cost that moves is still a change: 'the cost rose from £40 to £95'", () => {
    expect(at("The cost rose from £40 to £95.", 95)).toMatchObject({ previous: 40, label: "cost" });
  });
});

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

describe("a subject set off by a relative clause between commas is still the verb's subject", () => {
  it("'the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0%': the rise in the services sector", () => {
    expect(at("The ONS said the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0% in the quarter.", 1)).toMatchObject({ display: "1.0%", unit: "%", type: "percent", label: "rise in services sector" });
    // "who" as "which" (was "workforce").
    expect(at("Unemployment among young men, who make up a third of the workforce, rose 2% last year.", 2)).toMatchObject({ display: "2%", unit: "%", type: "percent", label: "rise in unemployment" });
  });
});

describe("'every year' is a rate when the sentence names what the money is", () => {
  it("'could save the average pensioner £100 every year', 'costs the economy £4.9bn every year in terms of treating drunks'", () => {
    expect(at("The party says the plans could save the average pensioner £100 every year.", 100)).toMatchObject({ display: "£100", unit: "GBP", type: "money", label: "savings every year" });
    expect(at("Binge drinking costs the British economy £4.9bn every year in terms of treating drunks in A&E.", 4.9e9)).toMatchObject({ unit: "GBP", type: "money", label: "cost every year" });
  });

  it("alone, the period names nothing: 'turns over millions of pounds every year' is not labelled 'every year'", () => {
    expect(at("Hartley now turns over millions of pounds every year.", 1e6).label).not.toContain("every year");
  });
});

describe("an '-ing' word after an adjective, with no noun after it, is the head of the phrase", () => {
  it("'30 minutes of continuous shushing': minutes of continuous shushing, not 'continuous'", () => {
    expect(at("The device can be programmed to make 15 minutes or 30 minutes of continuous shushing.", 30)).toMatchObject({ display: "30 minutes", unit: "minutes", type: "duration", label: "continuous shushing" });
  });

  it("before a noun it is a modifier as before: '19 regional shopping centers'", () => {
    expect(at("The company owns 19 regional shopping centers.", 19)).toMatchObject({ label: "regional shopping centers" });
  });
});

describe("an adjective with its determiner before 'of' is the noun a measure is", () => {
  it("'delivered a personal best of 6.50m': 6.5 m — personal best (was no label, left off the card)", () => {
    expect(at("The 24-year-old delivered a personal best of 6.50m to win the European trials.", 6.5)).toMatchObject({ display: "6.50m", unit: "m", type: "measure", label: "personal best" });
    // After an owner as after a determiner (was "season's").
    expect(at("She jumped a season's best of 6.50m in Rome.", 6.5)).toMatchObject({ display: "6.50m", unit: "m", type: "measure", label: "season's best" });
  });

  it("a quantifier or a hedge before 'of' is no noun: 'short of the 87.129', 'a total of 30 billion'", () => {
    expect(numbers("Her score was short of the 87.129 she recorded last year.")[0]?.label).not.toBe("short");
    expect(at("Forecasts suggest a total of 30 billion for the year.", 30e9).label).not.toBe("total");
  });
});

describe("an amount something is worth is named by the thing, over 'could be', 'is believed to be', 'that'", () => {
  it.each([
    ["The find could be worth billions of pounds and will increase fears.", 1e9, "find"],
    ["Boeing is to supply up to 50 planes in a deal that could be worth as much as $6bn.", 6e9, "deal"],
    ["A man tried to smuggle two pounds of cocaine worth $30,000.", 30000, "cocaine"],
    ["Shares in the company were worth 78 Yuan each on March 31.", 78, "shares"],
    ["The deal is believed to be worth at least £10million a year.", 10e6, "deal a year"],
  ])("%s", (text, value, label) => {
    expect(at(text, value)).toMatchObject({ type: "money", label });
  });

});

describe("a name before 'worth' is where, not what is worth it", () => {
  it("'four properties in the town of Sunapee worth $3million' is not Sunapee's", () => {
    expect(at("A family trust owns four properties in the town of Sunapee worth $3million in total.", 3e6).label).not.toBe("Sunapee");
  });
});

describe("'X to Y' is X: the head before 'to', as before 'of' or 'in'", () => {
  it("'Exports to the Continent were worth £147.9 billion', 'Latin American exports to China grew 34%'", () => {
    expect(at("Exports to the Continent were worth £147.9 billion in 2014.", 147.9e9)).toMatchObject({ display: "£147.9 billion", unit: "GBP", type: "money", label: "exports" });
    expect(at("In fact, Latin American exports to China grew 34%, to $14bn.", 34)).toMatchObject({ display: "34%", unit: "%", type: "percent", label: "rise in Latin American exports" });
  });
});

describe("a money verb's particle does not hide the verb", () => {
  it("'its refusal to pay back nearly £1 billion to US investors': a payment to US investors", () => {
    expect(at("Argentina must drop its refusal to pay back nearly £1 billion to US investors.", 1e9)).toMatchObject({ qualifier: "nearly", unit: "GBP", type: "money", label: "payment to US investors" });
    expect(at("The insurer paid out £5m to flood victims last year.", 5e6)).toMatchObject({ display: "£5m", unit: "GBP", type: "money", label: "payment to flood victims" });
  });
});

describe("a hedge before an amount ('as little as', 'a mere', 'an average of') qualifies it and is never what it counts", () => {
  it("'spending an average of £1,840 a year': yearly spending, an average", () => {
    expect(at("It has seen us stave off the hunger pangs with soggy sandwiches, spending an average of £1,840 a year.", 1840)).toMatchObject({ qualifier: "an average of", unit: "GBP", type: "money", label: "spending a year" });
  });

  it("'has come down to as little as £34': the price of the printers, not 'little'", () => {
    expect(at("The price of inkjet printers has come down to as little as £34 but running costs are high.", 34)).toMatchObject({ qualifier: "as little as", unit: "GBP", type: "money", label: "inkjet printers" });
  });

  it("'a ticket now costs a mere £20': the ticket's price, not 'mere'", () => {
    expect(at("A ticket now costs a mere £20.", 20)).toMatchObject({ qualifier: "a mere", unit: "GBP", type: "money", label: "ticket" });
  });
});

describe("what is valued at an amount names it, not the buyer or the unit said before", () => {
  it("'a buyout by Verizon Communications in a deal valued at $6.75bn': the deal's value", () => {
    expect(at("Last week, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn.", 6.75e9)).toMatchObject({ display: "$6.75bn", unit: "USD", type: "money", label: "deal" });
  });

  it("'1.24 kg of cocaine valued at £101,799': the cocaine, not 'kg'", () => {
    expect(at("Police recovered 1.24 kg of cocaine valued at £101,799.", 101799)).toMatchObject({ unit: "GBP", type: "money", label: "cocaine" });
  });
});

describe("a measure that is weighed is a weight, not the scales or its unit", () => {
  it("'tipped the scales at 20 stone': her weight", () => {
    expect(at("Lizzi Crawford, 32, tipped the scales at 20 stone when she overheard a passenger.", 20)).toMatchObject({ display: "20 stone", unit: "stone", type: "measure", label: "weight" });
  });

  it("'now weighs in at just over 10 stone': a weight, hedged", () => {
    expect(at("Shauna has since dropped seven stone and now weighs in at just over 10 stone.", 10)).toMatchObject({ qualifier: "just over", unit: "stone", type: "measure", label: "weight" });
  });

  it("'a small bag of marijuana weighing 0.86 grams': the noun the participle describes still names it", () => {
    expect(at("Police seized a small bag of marijuana weighing 0.86 grams.", 0.86)).toMatchObject({ unit: "grams", type: "measure", label: "marijuana" });
  });
});

describe("a rate is named by what the money is, not by its period alone", () => {
  it.each([
    ["The quaint cottage starts at £98 per night.", 98, "price per night"],
    ["Prices for the holiday start from £45 per week.", 45, "price per week"],
    ["The council said his needs can be met in a care home for £451 a week.", 451, "price a week"],
    ["Ms Murphy bought games through a Greek broadcaster for £800 a year instead of Sky.", 800, "purchase price a year"],
    ["The party plans a 50% income tax rate on earnings over £100,000 a year.", 100000, "earnings a year"],
    ["Each elephant costs over $65,000 a year, Feld said.", 65000, "cost a year"],
  ])("%s", (text, value, label) => {
    expect(at(text, value)).toMatchObject({ type: "money", label });
  });
});

describe("a part 'of the' a whole said in words counts what the whole counts, as a whole in digits does", () => {
  it("'Seven of the eight victims were juveniles': 7 victims, the eight folded in (was no figure at all)", () => {
    const found = figs("Seven of the eight victims were juveniles.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ display: "Seven", value: 7, type: "count", label: "victims" });
    expect(found[0]?.qualifier).toBeUndefined();
  });

  it("'killed two of the three soldiers and injured 12 others': each number keeps its own verb", () => {
    expect(at("The blast killed two of the three soldiers and injured 12 others.", 2)).toMatchObject({ type: "count", label: "soldiers killed" });
    expect(at("The blast killed two of the three soldiers and injured 12 others.", 12)).toMatchObject({ type: "count", label: "others injured" });
  });
});

describe("what a rate is the worth of is named over an aside's comma and the amount's describing word", () => {
  it.each([
    ["His previous deal, reportedly worth more than £5million a year, had been due to expire.", 5e6, "previous deal a year"],
    ["The PM will extend national insurance breaks, worth at least £2,000 a year to smaller firms.", 2000, "national insurance breaks a year"],
    ["We forget the five-year contract worth an eye-watering £90,000 a week.", 90000, "five-year contract a week"],
  ])("%s", (text, value, label) => {
    expect(at(text, value)).toMatchObject({ type: "money", label });
  });
});

describe("a rate's money verb names it: bringing in is revenue, losing is a loss", () => {
  it.each([
    ["Some 5,000 tickets are issued, bringing in £1.2million a year.", 1.2e6, "revenue a year"],
    ["Parents who refuse are set to lose up to $15,000 a year for every child.", 15000, "loss a year"],
  ])("%s", (text, value, label) => {
    expect(at(text, value)).toMatchObject({ type: "money", label });
  });
});
