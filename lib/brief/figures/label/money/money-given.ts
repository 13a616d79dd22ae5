import { CONJUNCTIONS, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// Money given to someone, or money's worth of a thing: what the amount is, not the party to it. "give Newcastle
// £500,000" is a payment to Newcastle, "loaned the previous regime running the club £5million" a loan, "crossing the
// Atlantic with £200million of drugs" the drugs; the verb-and-object reading of the amount's clause took the payee,
// the borrower and the journey instead (card audit 11).

/**
 * Verbs that give money to a recipient, named between them and the amount ("paid the family £1m") or after its "to"
 * ("gave more than £700,000 to Labour", label.ts), and its noun.
 */
export const GIVE: ReadonlyMap<string, string> = new Map([
  ["give", "payment"], ["gives", "payment"], ["gave", "payment"], ["given", "payment"], ["giving", "payment"],
  ["pay", "payment"], ["pays", "payment"], ["paid", "payment"], ["paying", "payment"],
  ["hand", "payment"], ["hands", "payment"], ["handed", "payment"], ["handing", "payment"],
  ["lend", "loan"], ["lends", "loan"], ["lent", "loan"], ["lending", "loan"],
  ["loan", "loan"], ["loans", "loan"], ["loaned", "loan"], ["loaning", "loan"],
  ["owe", "debt"], ["owes", "debt"], ["owed", "debt"], ["owing", "debt"],
  ["offer", "offer"], ["offers", "offer"], ["offered", "offer"], ["offering", "offer"],
  ["award", "award"], ["awards", "award"], ["awarded", "award"], ["awarding", "award"],
  ["grant", "grant"], ["grants", "grant"], ["granted", "grant"], ["granting", "grant"],
  ["contribute", "contribution"], ["contributes", "contribution"], ["contributed", "contribution"], ["contributing", "contribution"],
  // "shelled out nearly $200 million to as many as 20 victims", "fork out £11,500 to own a new Mini" (over "out").
  ["shell", "payment"], ["shells", "payment"], ["shelled", "payment"], ["shelling", "payment"],
  ["fork", "payment"], ["forks", "payment"], ["forked", "payment"], ["forking", "payment"],
]);

/** How far back a giving verb may stand over its recipient: "loaned the previous regime running the club £5million". */
const GIVE_REACH = 8;

/** The most words of a recipient the label names after "to"; a longer one is left out ("loan"). */
const RECIPIENT_WORDS = 3;

/** Tags a recipient starts with: "give Newcastle", "paid the family". */
const RECIPIENT_TAGS = new Set(["DET", "NOUN", "PROPN", "ADJ"]);

/** Tags a recipient ends on, right before the amount. */
const RECIPIENT_ENDS = new Set(["NOUN", "PROPN"]);

/**
 * The label of an amount given to a recipient named between its verb and it (`s` is the amount's first token): "pay
 * Newcastle £500,000" → payment to Newcastle, "loaned the previous regime running the club £5million" → loan (a
 * recipient of more than a short noun phrase is left out); undefined when no giving verb has its recipient right
 * before the amount ("paid £5m", "paid for the house £5m", "paid out £5m").
 */
export function givenTo(toks: readonly Tok[], s: number): string | undefined {
  const g = gift(toks, s);
  return g === undefined ? undefined : g.recipient === undefined ? g.noun : `${g.noun} to ${g.recipient}`;
}

/** The noun of the money given to a recipient named right before the amount ("lent Russia $6bn" → loan), if any. */
export function givenNoun(toks: readonly Tok[], s: number): string | undefined {
  return gift(toks, s)?.noun;
}

/** The giving verb's noun and, when short enough to name, the recipient between it and the amount at `s`. */
function gift(toks: readonly Tok[], s: number): { noun: string; recipient?: string } | undefined {
  const before = toks[s - 1];
  // The amount must follow its recipient's noun directly: "paid out £5m", "paid a whopping £5m", "offered a reported
  // £5m", "gave it just £5m" name no recipient there.
  if (!isWord(before) || PREPOSITIONS.has(before.l) || !(RECIPIENT_ENDS.has(before.pos ?? "") || isCapitalised(before))) return undefined;
  for (let v = s - 2; v >= 0 && s - v <= GIVE_REACH; v--) {
    const t = toks[v];
    if (t === undefined || t.kind !== WORD || CONJUNCTIONS.has(t.l) || t.l === "said") return undefined;
    const noun = GIVE.get(t.l);
    if (noun === undefined) continue;
    const first = toks[v + 1];
    // "paid a record £5m": a recipient is named or definite, never "a". "gave him hundreds of pounds towards a deposit",
    // "gave her £1,000 'spending money'": after a pronoun, the noun phrase nearest the amount (the fallback) says
    // more than "payment" would.
    if (first === undefined || first.l === "a" || first.l === "an" || first.pos === "PRON" || PRONOUNS.has(first.l)) return undefined;
    if (!RECIPIENT_TAGS.has(first.pos ?? "") && !isCapitalised(first)) return undefined;
    const from = pastDeterminers(toks, v + 1);
    // A short noun phrase that runs up to the amount is named; a longer phrase is not.
    const named = from < s && s - from <= RECIPIENT_WORDS && forwardNP(toks, from) === s;
    return named ? { noun, recipient: phrase(toks, from, s) } : { noun };
  }
  return undefined;
}

/**
 * "£200million of drugs", "$5m of taxpayers' money": the thing an amount is the value of, when a noun phrase follows
 * its "of" (`e` is the token after the amount); "" for a share of another amount ("£3bn of the £5bn") or nothing named.
 */
export function valueOf(toks: readonly Tok[], e: number): string {
  if (!isWord(toks[e], "of")) return "";
  const k = pastDeterminers(toks, e + 1);
  if (toks[k]?.kind === NUM) return "";
  const end = forwardNP(toks, k);
  // "$2.8 million of tax payers money", "$750m of its own money": money of money says nothing the amount does not.
  return end > k && !MONEY_HEADS.has(toks[end - 1]?.l ?? "") ? phrase(toks, k, end) : "";
}

/** Head nouns that are money itself, whose amount "of" them names nothing more. */
const MONEY_HEADS = new Set(["money", "cash", "funds", "pounds", "dollars", "euros"]);
