import { DETERMINERS, MODALS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";

// Money a film, a show or a person takes or makes is its takings or earnings, not the taker: "the film took more than
// the expected $18m" ('film'), "shot to the number one spot after taking $22m at the box office" ('spot'), "Jugnot
// made 5.45m Euros last year" ('jugnot'), "Tipler had made £54,852 from the scheme" ('Tipler'). "take" and "make"
// move money only when the amount is their object with no noun of its own ("took a £1.5bn charge", "made a £2m
// donation" are the charge's and the donation's), and "take" not when it is a price ("it would take £40m to stage a
// takeover") or money taken from someone ("took $3,000 from two siblings").

/**
 * The forms of "take" and "make", of "rake" (in) and of the verbs of amassing, with the noun of the money they move.
 */
const MOVES: ReadonlyMap<string, string> = new Map([
  ["took", "takings"], ["take", "takings"], ["takes", "takings"], ["taking", "takings"], ["taken", "takings"],
  ["raked", "takings"], ["rake", "takings"], ["rakes", "takings"], ["raking", "takings"],
  ["made", "earnings"], ["make", "earnings"], ["makes", "earnings"], ["making", "earnings"],
  // "has amassed $6million on the LPGA circuit", "has collected almost $9million on the Asian Tour": money gathered
  // over time is made as surely, and was labelled by its place (card audit 48's shape 5).
  ["amassed", "earnings"], ["amass", "earnings"], ["amasses", "earnings"], ["amassing", "earnings"],
  ["accumulated", "earnings"], ["accumulate", "earnings"], ["accumulates", "earnings"], ["accumulating", "earnings"],
  ["collected", "earnings"], ["collect", "earnings"], ["collects", "earnings"], ["collecting", "earnings"],
  ["netted", "earnings"], ["nets", "earnings"], ["netting", "earnings"],
  ["banked", "earnings"], ["banks", "earnings"], ["banking", "earnings"],
]);

/** "takings", "box office takings" or "earnings" for money a "take" or "make" before it moves (amount s to e), else undefined. */
export function takings(toks: readonly Tok[], s: number, e: number): string | undefined {
  const next = toks[e];
  // "took more than the expected $18m": the verb past the amount's hedge (verb-before.ts).
  const v = verbBefore(toks, s);
  const verb = toks[v];
  if (!isWord(verb)) return undefined;
  const noun = MOVES.get(verb.l);
  if (noun === undefined) return undefined;
  // A noun of its own, a price's "to" ("take £40m to stage"), a part ("took $5m of the investors' money"), a cut
  // ("took £20 off the price"): not what was taken in. Money taken "from" someone was not taken in; money made "from
  // illegal trades" was made.
  if (forwardNP(toks, e) > e || (isWord(next) && (next.l === "to" || next.l === "of" || next.l === "off"))) return undefined;
  // "took in nearly $1 million a week": a rate, named by its verb where rates are (money-verb.ts).
  if (isWord(next) && /^(?:a|an|per|every)$/.test(next.l)) return undefined;
  if (noun === "takings" && isWord(next, "from")) return undefined;
  // "made $17.1m in ticket sales": what it is counted in says more ("in total" says nothing, "in three days" is when).
  // ("took $33m in fewer cinemas": a comparative of how many opens where it was taken, as a determiner does.)
  const counted = isWord(toks[e + 1]) && !DETERMINERS.has(toks[e + 1]!.l) && !FEWER.has(toks[e + 1]!.l) && toks[e + 1]!.l !== "total" && toks[e + 1]!.pos !== "NUM";
  if (isWord(next, "in") && counted) return undefined;
  // "Volunteers collected £5,000 for the hospice", "a donation page … has collected more than £8,000", "a GoFundMe
  // page, which amassed more than $27,000": money gathered for a cause or by an appeal was raised, not made.
  // The appeal is the gatherer, before the verb: not a word of charity anywhere ("The striker, who banked £2m last
  // year, also gave some of it to charity" made it).
  const gathers = AMASSING.has(verb.l);
  if (gathers && ((verb.l.startsWith("collect") && isWord(next, "for")) || toks.slice(0, v).some((t) => APPEAL.test(t.l)))) return "raised";
  // "The tax office collected £5bn": what a tax collector gathers is tax, not its earnings.
  if (gathers && taxCollector(toks, v)) return "tax collected";
  // "admitted to taking about £65": a take a court hears of is a theft, not takings ("accused of making £26million
  // from illegal trades" was made all the same).
  if (noun === "takings" && accusedOf(toks, v)) return undefined;
  // "making an estimated total of nearly £20million": what a sum makes up is a total, not earnings (total-of.ts labels
  // the amount again from before its "a total of", so those words are inside it).
  if (toks.slice(v + 1, e).some((t) => t.l === "total" || t.l === "sum")) return undefined;
  // "took $143.6 million in its opening weekend": the takings of that span ("opening weekend takings").
  const span = isWord(next, "in") && DETERMINERS.has(toks[e + 1]?.l ?? "") ? forwardNP(toks, e + 2) : e;
  if (span > e + 2 && SPANS.has(toks[span - 1]!.l)) return `${phrase(toks, e + 2, span)} ${noun}`;
  // "took $305m at the box office", "a box-office hit, making $5 million": what a film takes is its box office.
  if (toks.some((t, k) => (isWord(t, "box") && isWord(toks[k + 1], "office")) || isWord(t, "box-office"))) return "box office takings";
  // "the letter could make £25,000 when it goes under the hammer", "the rifle … tipped to make £150,000" (the item
  // tipped to attract the biggest price): what a lot makes at a sale is its sale price; so is what a thing could make
  // ("a tiger-paw from the foot of Tipu's throne … which could make £20,000").
  const thingMay = MODALS.has(toks[v - 1]?.l ?? "") && /^(?:which|it|that)$/.test(toks[v - 2]?.l ?? "");
  if (noun === "earnings" && (thingMay || toks.some((t) => SALE_WORDS.has(t.l)))) return "sale price";
  return noun;
}

/** Comparatives of how many before the places an amount was taken in: "in fewer cinemas", "in more markets". */
export const FEWER: ReadonlySet<string> = new Set(["fewer", "more", "less", "many"]);

/** The verbs of amassing: what they gather for a cause or by an appeal is raised. */
const AMASSING = new Set([...MOVES.keys()].filter((w) => /^(?:amass|accumulat|collect|net|bank)/.test(w)));

/** Words of a cause or an appeal for money: "donation page", "a GoFundMe page", "fundraising", "charity". */
const APPEAL = /^(?:donation|donations|donors?|gofundme|justgiving|crowdfunding|fundraising|fundraiser|appeal|charity|charities)$/;

/** Words of tax in a gatherer's name: "the tax office", "the taxman", "HM Revenue and Customs". */
const TAX_WORDS = new Set(["tax", "taxes", "taxman", "taxmen", "revenue", "customs", "irs", "hmrc", "treasury", "exchequer"]);

/** Whether the gatherer of the verb at v is a tax collector: a word of tax among the (up to four) words before it. */
function taxCollector(toks: readonly Tok[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 4) && isWord(toks[k]); k--) if (TAX_WORDS.has(toks[k]!.l)) return true;
  return false;
}

/** Words before a take that make it a theft: "admitted to taking", "accused of taking". */
const ACCUSED = new Set(["admitted", "admit", "admits", "admitting", "denied", "deny", "denies", "denying", "accused", "guilty", "suspected", "charged", "convicted", "alleged", "allegedly"]);

/**
 * Whether a word of accusation governs the take at v: right before it ("denied taking", "allegedly took") or before its
 * "to", "of" or "with" ("admitted to taking", "guilty of taking", "charged with taking"). Not one that describes the
 * subject: "the film about the convicted killer took $18m" is the film's takings.
 */
function accusedOf(toks: readonly Tok[], v: number): boolean {
  const at = /^(?:to|of|with)$/.test(toks[v - 1]?.l ?? "") ? v - 2 : v - 1;
  return ACCUSED.has(toks[at]?.l ?? "");
}

/** Spans a take is counted over: "in its opening weekend", "in its third week". */
const SPANS = new Set(["weekend", "weekends", "week", "weeks", "day", "days", "month", "months", "year", "quarter"]);

/** Words of a sale by auction: what an item "makes" there is its price. */
const SALE_WORDS = new Set(["auction", "auctioned", "hammer", "price", "sale", "bidder", "bidders", "lot"]);
