// Misreads found by reading the cards of unseen articles (scripts/figures-cards.ts over cnndm-dev and dev-bbc),
// each a one-sentence repro with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at, figs, one } from "#test/helpers/figures.ts";

/** Every number of one sentence as `nutgraf figures --all` lists it: display, type, whether the card may hold it. */
const every = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.type, n.candidate]);

describe("ages said with a copula or a hedge are ages, never counts", () => {
  it.each([
    ["a name and 'was'", "Tsarnaev was 19 at the time of the bombing.", "19"],
    ["'is now'", "Letourneau is now 53, and the case is closed.", "53"],
    ["a pronoun, a hedge and 'when'", "His offending dates back to when he was just 14, police said.", "just 14"],
    ["a person noun over auxiliaries", "The loan was refused because the husband would have been over 65 when the deal ended.", "over 65"],
    ["'who is almost'", "The woman, who is almost 22, told the court what happened.", "almost 22"],
    ["'aged just' in words", "His son died aged just six at the hospital.", "just six"],
    ["'at the age of just'", "He made his senior debut at the age of just 16, and won.", "just 16"],
    ["a contracted copula", "He's just 23 and he has achieved so much.", "just 23"],
    ["'aged' before a word", "Mila Kunis lived there before moving to the U.S. aged seven.", "seven"],
    ["a list after 'aged'", "Her five children, who are aged four, six, eight, 10 and 16, were taken.", "10"],
    ["'the age of' before a word", "Five children under the age of ten were living at the home.", "ten"],
    ["'a girl of'", "It was treated as an adult, rather than a girl of 15 who was missing from home.", "15"],
  ])("%s", (_what, text, display) => {
    expect(every(text)).toContainEqual([display, "age", false]);
    expect(figs(text).map((f) => f.display)).not.toContain(display);
  });

  it("keeps a level said with a copula a count: not a person's, or a team's", () => {
    expect(every("We're now three.")).toEqual([["three", "count", false]]);
    expect(at("The death toll was 40, police said.", 40)).toMatchObject({ label: "death toll", type: "count" });
    expect(at("The target is 75,000.", 75000)).toMatchObject({ type: "count" });
    expect(at("In the Senate, Democrats were 46.", 46)).toMatchObject({ type: "count" });
    expect(at("Arsenal are seven points clear at the top.", 7)).toMatchObject({ label: "points", type: "count" });
  });
});

describe("units: a number before a unit is a measure, labelled by what it measures", () => {
  it("'6-foot', '150-foot': the unit in the plural, the label what follows", () => {
    expect(at("He is a 6-foot guard.", 6)).toMatchObject({ display: "6-foot", type: "measure", unit: "feet", label: "guard" });
    // "feet tall" names the dimension, said as its noun (unit-dimension.ts sideAdjective).
    expect(at("The man he confronted was 6-feet tall.", 6)).toMatchObject({ type: "measure", unit: "feet", label: "height" });
  });

  it("'40-second-video', 'three-year-long conflict': a unit first in a compound makes a duration of what follows", () => {
    expect(at("She posted a 40-second-video of the attack.", 40)).toMatchObject({ type: "duration", unit: "seconds", label: "video" });
    expect(at("Buildings were scarred by the three-year-long conflict.", 3)).toMatchObject({ type: "duration", unit: "years", label: "conflict" });
  });

  it("an abbreviated unit written apart makes a compound: 'the 2,329 ft mountain', 'a 35 mph zone'", () => {
    expect(at("He was doing 54 in a 35 mph zone.", 35)).toMatchObject({ type: "measure", unit: "mph", label: "zone" });
    expect(at("To reach the top of the 2,329 ft mountain, take a tram.", 2329)).toMatchObject({ type: "measure", unit: "ft", label: "mountain" });
  });

  it("an area's unit is both words: '3,700-square-foot home', '2.7 square mile patch', '25 square meters'", () => {
    expect(at("They built a 3,700-square-foot home from containers.", 3700)).toMatchObject({ type: "measure", unit: "square feet", label: "home" });
    expect(at("He discovered the 2.7 square mile patch of land.", 2.7)).toMatchObject({ type: "measure", unit: "square miles" });
    expect(at("The mirror is 25 square meters.", 25)).toMatchObject({ unit: "square meters" });
  });

  it("'a 20-night trip' is a duration; 'for two month in Florida' names no place as its label", () => {
    expect(at("The company arranged a 20-night trip with stops in Beirut.", 20)).toMatchObject({ type: "duration", unit: "nights", label: "trip" });
    expect(at("She performed for two month in Florida.", 2)).toMatchObject({ type: "duration" });
  });

  it("a glued unit of its own is not replaced by the unit of the count before ('5 feet 4 inches tall, weighing 120-130lbs')", () => {
    expect(at("Elizabeth is 5 feet 4 inches tall, weighing 120-130lbs with long black hair.", 120)).toMatchObject({ unit: "lbs" });
  });

  it("'142 and 144 pounds': the first of a pair takes the unit said after the second", () => {
    expect(at("He only weighed 142 and 144 pounds respectively in those fights.", 142)).toMatchObject({ type: "measure", unit: "pounds", label: "pounds" });
  });

  it("centimeters, ounces, milligrams, stone and light-years are units", () => {
    expect(at("The wound measured 10 centimeters (4 inches) long.", 10)).toMatchObject({ type: "measure", unit: "centimeters" });
    expect(at("It goes straight into a 32-ounce mason jar.", 32)).toMatchObject({ type: "measure", unit: "ounces", label: "mason jar" });
    expect(at("The average American ingests about 3,500 milligrams of salt per day.", 3500)).toMatchObject({ type: "measure", unit: "milligrams", label: "salt", qualifier: "about" });
    expect(at("A 17 stone mother was stuck in a window.", 17)).toMatchObject({ type: "measure", unit: "stone", label: "mother" });
    expect(at("The nebula is about 7000 light-years away.", 7000)).toMatchObject({ type: "measure", unit: "light-years" });
    expect(at("This is the moment a nine foot long bull shark was caught.", 9)).toMatchObject({ display: "nine foot", unit: "feet", label: "bull shark" });
    // A capitalised unit is a title or a name: "Three Degrees star", "the 21 Grams actress Naomi Watts".
    expect(at("Three Degrees star Sheila Ferguson sang.", 3).type).not.toBe("measure");
    // (The title before a singular role is no figure at all: title-role.ts.)
    expect(figs("It starred the 21 Grams actress Naomi Watts.").filter((f) => f.value === 21 && f.type === "measure")).toEqual([]);
  });
});

describe("values and types", () => {
  it("'a quarter of a million homes' is 250,000 homes, not a million", () => {
    expect(at("About a quarter of a million Australian homes have no power.", 250000)).toMatchObject({
      display: "About a quarter of a million",
      qualifier: "about",
      type: "count",
      label: "Australian homes",
    });
    expect(at("It would sell for almost a quarter of a million pounds.", 250000)).toMatchObject({ type: "money", unit: "GBP", qualifier: "almost" });
  });

  it("a year before 1800 is a year: 'until 1348 that', 'in 1683 as', 'the late 1600's'; '1713 Brits' count", () => {
    expect(every("It was not until 1348 that St George became the Patron Saint.")).toEqual([["1348", "year", false]]);
    expect(every("Ottoman troops besieged Tulln in 1683 as they tried to reach Vienna.")).toEqual([["1683", "year", false]]);
    expect(at("Questioning 1713 Brits and 1124 Americans, the survey found it.", 1713)).toMatchObject({ type: "count", label: "Brits" });
  });

  it("'2005-06' is a span of years, not a score; '2.4 million bpd' an amount, not a model number", () => {
    expect(every("Profits for 2005-06 rose.")).toEqual([["2005-06", "year", false]]);
    expect(at("Consumption has jumped to 2.4 million bpd this year.", 2.4e6)).toMatchObject({ type: "count", label: "bpd" });
    expect(every("It was a 777 plane.")).toEqual([["777", "identifier", false]]);
  });

  it("a scale inside a compound scales the amount: 'the 1.5-million-acre park' is 1,500,000 acres", () => {
    expect(at("Obama toured the 1.5-million-acre national park today.", 1.5e6)).toMatchObject({ type: "measure", unit: "acres", label: "national park" });
    expect(at("It has a 66-million-year history.", 66e6)).toMatchObject({ type: "duration", unit: "years" });
  });

  it("'25st' is a weight in stone, not the 25th", () => {
    expect(at("A 25st childminder was sacked.", 25)).toMatchObject({ type: "measure", unit: "st" });
    expect(every("He was 21st in the race.")).toEqual([["21st", "rank", false]]);
    // A glued weight its verb governs stays a measure ("shed more than 10kg" is no count of people).
    expect(at("She shed more than 10kg in a year.", 10)).toMatchObject({ type: "measure", unit: "kg", qualifier: "more than" });
  });

  it("'AUD $6.75 million', 'NZ $7.5 million': a code before a separate dollar sign says whose dollar", () => {
    expect(at("The island has been purchased for AUD $6.75 million by a developer.", 6.75e6)).toMatchObject({ display: "AUD $6.75 million", unit: "AUD" });
    expect(at("The NZ $7.5 million deal was signed.", 7.5e6)).toMatchObject({ unit: "NZD", label: "deal" });
    expect(figs("The NZ $7.5 million (AUD $6.765 million) sale has divided the family.")).toMatchObject([{ unit: "NZD", label: "sale" }]);
    // "A" opening a sentence is an article.
    expect(at("A $5 fee applies.", 5)).toMatchObject({ display: "$5", unit: "USD" });
  });

  it("'4bn euros-worth' is money", () => {
    expect(at("Citigroup sold 4bn euros-worth of bonds in minutes.", 4e9)).toMatchObject({ type: "money", unit: "EUR" });
  });

  it("'4:23.42 p.m.' is a time of day, not a race time", () => {
    expect(every("We know the alignment of 4:23.42 p.m. on that date.")).toEqual([["4:23.42", "time", false]]);
    expect(at("Cragg won in 7:39.89 as Bekele battled.", 459.89)).toMatchObject({ type: "duration", unit: "seconds" });
  });
});

describe("scores and ranks", () => {
  it("'rounds of 73, 69, 68 and 73' are a golfer's scores; '72 rounds of ammunition' a count", () => {
    expect(every("He posted rounds of 66 and 67 to lead.")).toEqual([
      ["66", "score", false],
      ["67", "score", false],
    ]);
    expect(at("Police found 72 rounds of ammunition.", 72)).toMatchObject({ type: "count" });
  });

  it("'closed on 373 for six' is a cricket score; '203-946-6304' a phone number, not a range", () => {
    expect(every("England closed on 373 for six, a lead of 74.")).toContainEqual(["373", "score", false]);
    expect(at("He paid 300 for two tickets.", 300)).toMatchObject({ type: "count" });
    expect(every("Contact them at 203-946-6304.")).toEqual([["203-946-6304", "identifier", false]]);
  });

  it("'No. 1 contender' is a place in a ranking, as 'No 1' is", () => {
    expect(every("Fury is No. 1 contender for the WBO strap.")).toEqual([["1", "rank", false]]);
  });
});

describe("labels", () => {
  it("a rate says what it is a rate of, not only its period", () => {
    expect(at("The company makes nearly $5 billion a year in profits.", 5e9)).toMatchObject({ label: "profits a year", qualifier: "nearly" });
    expect(at("In Bangladesh the minimum wage is just $68 a month, far too low.", 68)).toMatchObject({ label: "minimum wage a month" });
    expect(at("He wants more than his current £120,000 a week salary at City.", 120000)).toMatchObject({ label: "salary a week" });
    expect(at("Prices range from $5,000 per square meter upwards.", 5000)).toMatchObject({ label: "price per square meter" });
    expect(at("Sterling, currently on £35,000 a week at Liverpool, wants more.", 35000)).toMatchObject({ label: "earnings a week" });
    expect(at("The plan would pay everybody £72 a week.", 72)).toMatchObject({ label: "payment a week" });
    // A name is where, not what: "$13 million a year in NSW alone" keeps its period.
    expect(at("Repairs cost nearly $13 million a year in NSW alone.", 13e6)).toMatchObject({ label: "cost a year" });
  });

  it("'the £32million Chile forward', 'a £15.8m signing': money before a player's position is the transfer fee paid for them", () => {
    expect(at("Wenger spoke of the £32million Chile forward, who has netted 19 goals.", 32e6)).toMatchObject({ unit: "GBP", type: "money", label: "transfer fee for Chile forward" });
    expect(at("Drogba, Chelsea's £24m striker, has missed three weeks.", 24e6)).toMatchObject({ unit: "GBP", label: "transfer fee for striker" });
    expect(one("Mutu, a £15.8m signing from Parma, may face a ban.")).toMatchObject({ value: 15.8e6, unit: "GBP", label: "transfer fee" });
    // A signing bonus is no fee; a name alone before the amount's noun is not a position.
    expect(one("He got a $10million signing bonus.")).toMatchObject({ value: 10e6, label: "signing bonus" });
    expect(one("United's £60million record summer signing was joined by his wife.")).toMatchObject({ value: 60e6, label: "transfer fee" });
    expect(one("He bought the £2m Chile ranch.").label).not.toMatch(/fee/);
    expect(one("They moved the £5m deal forward.").label).not.toMatch(/fee/);
  });

  it("'a 30% shareholder in Mitsubishi Motors': the percentage is a stake in the firm, not shareholders", () => {
    expect(one("DaimlerChrysler, a 30% shareholder in Mitsubishi Motors, decided not to pump in more money.")).toMatchObject({ value: 30, unit: "%", type: "percent", label: "stake in Mitsubishi Motors" });
    expect(at("He became a 50% owner of the club.", 50)).toMatchObject({ unit: "%", label: "stake in club" });
    // Plural holders are who the percentage counts: "40% shareholders voted" is a share of them.
    expect(at("Some 40% shareholders voted against.", 40)).toMatchObject({ qualifier: "some", label: "shareholders" });
    // A holder that is only the first word of the noun names something else: a group, not a stake.
    expect(at("A 40% shareholder group in the firm objected.", 40)).toMatchObject({ label: "shareholder group in firm" });
  });

  it("a rate's money verb may stand over its object and hedge ('costs taxpayers more than £300,000 a year'), within its clause", () => {
    expect(at("It costs taxpayers more than £300,000 a year to detain him.", 300000)).toMatchObject({ qualifier: "more than", unit: "GBP", type: "money", label: "cost a year" });
    expect(at("He estimates that this would save the country £119m a year.", 119e6)).toMatchObject({ unit: "GBP", type: "money", label: "savings a year" });
    expect(at("It would cost the NHS approximately £11 per patient.", 11)).toMatchObject({ qualifier: "approximately", unit: "GBP", label: "cost per patient" });
    // Renting, charging and making money: rent, a charge and earnings.
    expect(at("Delilah can sleep four and can be rented for £650 per week.", 650)).toMatchObject({ unit: "GBP", label: "rent per week" });
    expect(at("The school charges as much as $6,983 per year for tuition.", 6983)).toMatchObject({ qualifier: "as much as", unit: "USD", label: "charge per year" });
    expect(at("The men believed they would make between $3,000 and $5,000 a month.", 3000)).toMatchObject({ valueMax: 5000, unit: "USD", label: "earnings a month" });
    // A verb of another clause ("paid the loan and …", "Paid, she …") says nothing of this rate.
    expect(at("He paid the loan and gets £500 a week.", 500)).toMatchObject({ label: "a week" });
    expect(at("Paid, she gets £500 a week.", 500)).toMatchObject({ label: "a week" });
  });

  it("money paid for or to something says what it is first: 'fine for …', 'payment to …', 'spending on …'", () => {
    expect(at("She was fined £8,000 for dishonest reception of a television signal.", 8000)).toMatchObject({ label: "fine for dishonest reception" });
    expect(at("A school district has been ordered to pay $225,000 to three girls.", 225000)).toMatchObject({ label: "payment to three girls" });
    expect(at("He had spent £40,000 on champagne in one day.", 40000)).toMatchObject({ label: "spending on champagne" });
    // A phrase that stops at its determiner names nothing: "for the two mornings" is no "for the".
    expect(at("Keefe pocketed $10 for the two mornings of modeling work.", 10).label).not.toMatch(/ the$/);
  });

  it("'no less than 17' keeps its negation", () => {
    expect(at("The album contained no less than 17 pictures of the singer.", 17)).toMatchObject({ qualifier: "no less than", label: "pictures" });
  });

  it("a pronoun with a contracted verb is no label: 'he's 100 per cent', 'it's only $88'", () => {
    expect(figs("He must only return if he's 100 per cent.")).toEqual([]);
    expect(at("It's only $88 at the shop.", 88).label).not.toMatch(/'/);
  });
});

describe("compounds", () => {
  it("a plural compound is not pluralised again: 'six-pointers', 'eight-times champion'", () => {
    expect(at("It was one of two six-pointers this weekend.", 6)).toMatchObject({ label: "pointers" });
    expect(at("Dikembe Mutombo, an eight-times NBA All-Star, died.", 8)).toMatchObject({ label: "NBA All-Star" });
  });

  it("a compound with no noun in it counts nothing: 'two-on-one', 'two-up', '15-where'", () => {
    expect(figs("The pair could not make the two-on-one situation count.")).toEqual([]);
    expect(figs("He burned on holiday when she was 15-where she bought sunglasses.")).toEqual([]);
  });
});

describe("an age said before a date, and a verb of saying after a count", () => {
  it("'who is 35 on April 28', 'turns 18 on 3 May': an age, not a count; 'is 35 on the list' stays a count", () => {
    expect(every("The champion, who is 35 on April 28, will attempt the record.")).toContainEqual(["35", "age", false]);
    expect(every("The singer, who turns 18 on 3 May, will tour.")).toContainEqual(["18", "age", false]);
    expect(every("The bill, which is 35 on the list, failed.")).toContainEqual(["35", "count", false]);
  });

  it("'Four say they were beaten': 'say' is no noun the number counts", () => {
    expect(everyNumber(articleSentences({ paragraphs: ["Four say they were beaten by police."] })).map((n) => [n.display, n.label, n.type])).toEqual([["Four", "", "count"]]);
    expect(at("Five claims were rejected by the court.", 5)).toMatchObject({ display: "Five", label: "claims", type: "count" });
  });
});

describe("currencies named after the amount beyond the dollar, euro and pound", () => {
  it.each([
    ["reais", "The club has a debt of 6.5 billion reais.", 6.5e9, "6.5 billion reais", "BRL", "debt"],
    ["rand", "Those earning less than 35,000 rand a year will be exempt.", 35000, "less than 35,000 rand", "ZAR", "earnings a year"],
    ["pesos", "He was fined 200,000 pesos.", 200000, "200,000 pesos", "MXN", "fine"],
    ["won after a scale", "Samsung estimated an operating profit of 5.9 trillion won for the quarter.", 5.9e12, "5.9 trillion won", "KRW", "operating profit"],
  ])("%s", (_what, text, value, display, unit, label) => {
    expect(at(text, value)).toMatchObject({ display, unit, label, type: "money" });
  });

  it("'won' with no scale is the verb: 'Burnout 3 won three awards'", () => {
    expect(at("Burnout 3 won three awards.", 3)).toMatchObject({ display: "three", label: "awards", type: "count" });
  });
});

describe("a scale inside a hyphenated number word is part of its value", () => {
  it("'a one-million lira note' is a million lira; 'a two-billion-dollar deal' two billion dollars", () => {
    expect(at("Turkey printed a one-million lira note.", 1e6)).toMatchObject({ display: "one-million lira", unit: "TRY", label: "note", type: "money" });
    expect(at("They agreed a two-billion-dollar deal.", 2e9)).toMatchObject({ display: "two-billion-dollar", unit: "USD", label: "deal", type: "money" });
    expect(at("A one-million-strong crowd gathered.", 1e6)).toMatchObject({ display: "one-million-strong", label: "crowd", type: "count" });
  });
});

describe("a match minute said with 'on' is when it happened, not a duration", () => {
  it("'ahead on 79 minutes' is a time; '10 minutes of footage' and 'after 73 minutes' stay durations", () => {
    expect(every("Rooney put United ahead on 79 minutes as he crashed home.")).toEqual([["79", "time", false]]);
    expect(at("They spent on 10 minutes of footage.", 10)).toMatchObject({ display: "10 minutes", unit: "minutes", label: "footage", type: "duration" });
    expect(every("He scored after 73 minutes.")).toEqual([["73", "duration", true]]);
  });
});

describe("a stray full stop between a number and its scale", () => {
  it("'$143.6. million', '40. per cent' keep their scale and percent; '40. Millions watched' ends the sentence", () => {
    expect(at("Furious 7 took $143.6. million in its opening weekend.", 143.6e6)).toMatchObject({ display: "$143.6. million", unit: "USD", label: "opening weekend", type: "money" });
    expect(at("Sales rose 40. per cent last year.", 40)).toMatchObject({ display: "40. per cent", unit: "%", label: "rise in sales", type: "percent" });
    expect(every("He scored 40. Millions watched.")).toEqual([["40", "count", false]]);
  });
});
