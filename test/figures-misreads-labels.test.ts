// Labels misread on the cards of unseen articles (scripts/figures-cards.ts over cnndm-dev and dev-bbc), each the
// general reading behind it as a one-sentence repro with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { everyNumber } from "#brief/figures/every.ts";
import { articleSentences } from "#news/sentences.ts";
import { at } from "#test/helpers/figures.ts";

/** The displays of every number of one sentence, as `nutgraf figures --all` lists them. */
const displays = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => n.display);

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

describe("a height in feet and inches is one measure, in feet, labelled 'height' when no noun follows", () => {
  it("'stands 6-foot-8', 'at 6ft 7in', '5 feet 4 inches tall': the inches join the feet", () => {
    expect(at("A man who weighs 385 pounds and stands 6-foot-8 is facing a charge.", 6.667)).toMatchObject({ display: "6-foot-8", unit: "feet", type: "measure", label: "height" });
    expect(at("The striker, who stands at 6ft 7in, scored twice.", 6.583)).toMatchObject({ display: "6ft 7in", unit: "feet", type: "measure", label: "height" });
    expect(at("Elizabeth is 5 feet 4 inches tall, with long black hair.", 5.333)).toMatchObject({ display: "5 feet 4 inches", unit: "feet", type: "measure", label: "height" });
    expect(at("He is described as about 5-feet-5-inches tall.", 5.417)).toMatchObject({ display: "about 5-feet-5-inches", qualifier: "about", unit: "feet", label: "height" });
  });

  it("a noun after the height is what it describes; an owner's noun is the owner ('his 6ft 1in lecturer's account')", () => {
    expect(at("The 6ft 5in defender signed a new deal.", 6.417)).toMatchObject({ display: "6ft 5in", unit: "feet", label: "defender" });
    expect(at("He found his 6ft 1in lecturer's Instagram account.", 6.083)).toMatchObject({ display: "6ft 1in", unit: "feet", label: "lecturer" });
    expect(at("She became a three-time women's short-course champion.", 3)).toMatchObject({ label: "women's short-course champion" });
  });

  it("a number 'in' after the feet is not inches unless glued, nor a twelfth inch", () => {
    expect(displays("He stands 6ft 4 in the photo.")).toEqual(["6ft", "4"]);
    expect(displays("The wall is 5 feet 14 inches from the road.")).toEqual(["5 feet", "14"]);
    // The bound itself: 11 inches is the most a height's inches run to.
    expect(displays("The wall is 5 feet 12 inches from the road.")).toEqual(["5 feet", "12"]);
    // After a glued "6ft-" a bare number is no inches: only the "6-foot-8" compound takes one (read-height.ts).
    expect(displays("The fence stands 6ft-8 in places.")).toEqual(["6ft", "8"]);
  });
});

describe("a fact-box line's heading is what its number counts", () => {
  it("'Appearances: 37 .', 'International caps (Japan): 11 .' are labelled by the heading; a verb before the colon is no heading", () => {
    expect(at("Appearances: 37 .", 37)).toMatchObject({ display: "37", type: "count", label: "appearances" });
    expect(at("International caps (Japan): 11 .", 11)).toMatchObject({ display: "11", type: "count", label: "international caps" });
    expect(everyNumber(articleSentences({ paragraphs: ["Police said: 16 ."] }))).toMatchObject([{ display: "16", label: "", candidate: false }]);
    // A heading is a few words; a longer run before the colon is a line of prose or a name with its title.
    expect(everyNumber(articleSentences({ paragraphs: ["Scottish Premiership top scorer Kris Boyd: 16 ."] }))).toMatchObject([{ display: "16", label: "", candidate: false }]);
  });
});

describe("a count after a change verb, its object and 'by' is the size of that change", () => {
  it("'reduce its workforce by between 7,000 and 8,000' is a workforce reduction; 'cut its staff by 500' a staff cut", () => {
    expect(at("The company would aim to reduce its workforce by between 7,000 and 8,000 a year.", 7000)).toMatchObject({ display: "7,000 and 8,000", valueMax: 8000, type: "count", label: "workforce reduction" });
    expect(at("The firm will cut its staff by 500.", 500)).toMatchObject({ display: "500", type: "count", label: "staff cut" });
    expect(at("The council increased its fleet by 200.", 200)).toMatchObject({ display: "200", type: "count", label: "fleet increase" });
  });

  it("'reduce' is a falling verb for a percentage too; a count with no change verb keeps its subject", () => {
    expect(at("Natural light could help to reduce cases by 26 per cent.", 26)).toMatchObject({ unit: "%", label: "fall in cases" });
    expect(at("The firm hired its staff by 500.", 500).label).not.toMatch(/cut|reduction|increase/);
  });
});

describe("a snooker break is the points of one visit, a score, not a count of breaks", () => {
  it("'breaks of 67, 143 and 80', 'a break of 101' are scores; 'a break of 10 minutes' a duration, 'a break of 100 jobs' a count", () => {
    const list = everyNumber(articleSentences({ paragraphs: ["Breaks of 67, 143 and 80 helped him move ahead."] }));
    expect(list.map((n) => [n.display, n.type, n.candidate])).toEqual([["67", "score", false], ["143", "score", false], ["80", "score", false]]);
    expect(everyNumber(articleSentences({ paragraphs: ["He re-emerged with a break of 101 to lead."] }))).toMatchObject([{ display: "101", type: "score", candidate: false }]);
    expect(at("Players get a break of 10 minutes.", 10)).toMatchObject({ display: "10 minutes", type: "duration", unit: "minutes", label: "break" });
    expect(at("The firm made a break of 100 jobs.", 100)).toMatchObject({ type: "count", label: "jobs" });
    expect(at("He made a break of 160 at the table.", 160)).toMatchObject({ type: "count" });
  });
});

describe("a number whose hedge is capitalised inside the sentence is a word of a title or a name, not a count", () => {
  it("'I Was Only 19', 'the Under 21 side' are names; a hedge after punctuation or half in lower case starts a clause", () => {
    const listed = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.type, n.candidate]);
    expect(listed("A YouTube video shows I Was Only 19 being performed at the protest.")).toEqual([["Only 19", "identifier", false]]);
    expect(listed("He played 90 minutes for the Under 21 side on Tuesday.")).toContainEqual(["Under 21", "identifier", false]);
    expect(at("He said: 'About 40 people came.'", 40)).toMatchObject({ display: "About 40", qualifier: "about", label: "people", type: "count" });
    expect(at("Fans protested on Saturday afternoon At least 10,000 supporters stayed away.", 10000)).toMatchObject({ qualifier: "at least", label: "supporters" });
  });
});

describe("a speaker's aside between a person and the copula leaves the number an age", () => {
  it("'another child who I'd say was about seven or eight' is an age; 'the team who I think were 12 points clear' a count", () => {
    const listed = (text: string) => everyNumber(articleSentences({ paragraphs: [text] })).map((n) => [n.display, n.type, n.candidate]);
    expect(listed("Behind him was another child who I'd say was about seven or eight and then the mum.")).toEqual([["about seven or eight", "age", false]]);
    expect(listed("It was a boy who many think was 12 at the time.")).toEqual([["12", "age", false]]);
    expect(at("The team who I think were 12 points clear won.", 12)).toMatchObject({ type: "count", label: "points" });
  });
});

describe("a duration after 'first', 'last' or 'opening' is a window of what follows 'of', not its length", () => {
  it("'the first six months of life' is the first months of life; 'three years of his life' stays life", () => {
    expect(at("Babies given antibiotics in the first six months of life are more likely to be fat.", 6)).toMatchObject({ display: "six months", unit: "months", type: "duration", label: "first months of life" });
    expect(at("The captain missed the opening four months of the season.", 4)).toMatchObject({ display: "four months", type: "duration", label: "opening months of season" });
    expect(at("He spent three years of his life there.", 3)).toMatchObject({ display: "three years", type: "duration", label: "life" });
  });
});

describe("a year said of the subject before its copula does not cut the subject off", () => {
  it("'requirements for 2005 to be 387,500 tonnes' measures the requirements; 'from 77 per cent in 2009 to 72 per cent' names no subject", () => {
    expect(at("The report calculated emergency food requirements for 2005 to be 387,500 tonnes.", 387500)).toMatchObject({ display: "387,500 tonnes", unit: "tonnes", type: "measure", label: "emergency food requirements" });
    expect(at("Pre-tax profits in 2004 were £5m.", 5e6)).toMatchObject({ unit: "GBP", label: "pre-tax profits" });
    expect(at("Hackings doubled, from almost 5 percent of incidents in 2010 to almost 9 percent in 2013.", 9)).toMatchObject({ label: "incidents" });
  });
});

describe("a duration says where it was spent, past the determiner", () => {
  it("'four days in a hospital', '15 years at the club' say where; a name, 'at a time' and a duration 'of' a noun do not", () => {
    expect(at("The pair spent four days in a hospital after the crash.", 4)).toMatchObject({ display: "four", unit: "days", type: "duration", label: "days in hospital" });
    expect(at("He has spent 15 years at the club.", 15)).toMatchObject({ unit: "years", type: "duration", label: "years at club" });
    expect(at("Players were allowed 30 seconds at a time.", 30)).toMatchObject({ unit: "seconds", label: "seconds" });
    // The name after the time is not taken as where; the past before it says what was done (past-doing.ts).
    expect(at("He lived for two years in the United States.", 2)).toMatchObject({ unit: "years", label: "years living" });
    expect(at("Morris is described as Mitchell's friend of more than 44 years in the legal documents.", 44)).toMatchObject({ display: "more than 44 years", label: "Mitchell's friend" });
  });
});
