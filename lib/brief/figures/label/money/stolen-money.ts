import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";

// Money a theft or a swindle took is stolen (or swindled), whoever it was taken from: "a cashier who stole £15,000
// from a currency exchange", "tied him to the tree after stealing $2,500 from him", "robbed of £500", "made off with
// $400", "conned a D-Day veteran out of nearly £10,000". With no noun of its own the amount took the place it was
// taken from, the victim or a stray noun of the clause ('currency exchange', 'tree', 'D-Day veteran', 'joking').
// An amount with a noun of its own keeps it: "stole a £5 note", "stole $2,000 in cash", "stole £160,000 worth of cars",
// "stole £20,000 of jewellery".

/** Verbs whose object is the money taken: "stole £15,000", "embezzling $2m". */
const THEFT = new Set(["stole", "steal", "steals", "stealing", "stolen", "embezzled", "embezzle", "embezzling", "pilfered", "pilfering", "looted", "looting", "siphoned", "siphoning"]);

/** Verbs whose victim is robbed "of" the money: "was robbed of £500". */
const ROBBED_OF = new Set(["robbed", "rob", "robs", "robbing", "relieved"]);

/** Verbs whose victim is swindled "out of" the money: "conned a pensioner out of £10,000". */
const SWINDLED = new Set(["conned", "con", "conning", "swindled", "swindle", "swindling", "cheated", "cheat", "cheating", "defrauded", "defraud", "defrauding", "tricked", "tricking", "scammed", "scamming", "duped", "dupe", "duping", "fleeced", "fleecing"]);

/** How many words the victim of a swindle may take between its verb and "out of": "conned a D-Day veteran out of". */
const VICTIM_WORDS = 6;

/**
 * "stolen" for money a theft or a swindle took (the amount's words from s to e), else undefined. One word for both: a
 * label ending in "-ed" is read as a verb and emptied (label.ts), and a card reads a con's takings as stolen.
 */
export function stolenMoney(toks: readonly Tok[], s: number, e: number): string | undefined {
  // (The verb first: most amounts have none, and it is the cheaper test.)
  if (!theftBefore(toks, s)) return undefined;
  // A noun of its own ("a £5 note"), "in cash" or "worth of jewellery" says what was taken better than the theft.
  // ("in the street" is where, not what).
  const inWhat = isWord(toks[e], "in") && !DETERMINERS.has(toks[e + 1]?.l ?? "");
  if (forwardNP(toks, e) > e || inWhat || isWord(toks[e], "of")) return undefined;
  // "had stolen a total of £45,000": a total is labelled by its participle (total-of.ts: "total stolen").
  if (toks.slice(s, e).some((t) => t.l === "total" || t.l === "sum")) return undefined;
  return "stolen";
}

/** Whether a theft or a swindle took the amount starting at s: its verb before it, over the amount's hedge. */
function theftBefore(toks: readonly Tok[], s: number): boolean {
  // "managed to steal the equivalent of £278": an equivalent is a hedge of the amount.
  const equivalent = isWord(toks[s - 1], "of") && isWord(toks[s - 2], "equivalent");
  // "stole more than £2,000", "stole an estimated £5m": the verb past the amount's hedge (verb-before.ts).
  const v = verbBefore(toks, equivalent ? s - 2 : s);
  const verb = toks[v];
  if (!isWord(verb)) return false;
  if (THEFT.has(verb.l)) return true;
  // "made off with $400": a thief's getaway with the money.
  if (verb.l === "with" && isWord(toks[v - 1], "off") && /^(?:made|make|makes|making)$/.test(toks[v - 2]?.l ?? "")) return true;
  if (verb.l !== "of") return false;
  // "was robbed of £500", "admitted the stealing of £15,336".
  if (ROBBED_OF.has(toks[v - 1]?.l ?? "") || THEFT.has(toks[v - 1]?.l ?? "")) return true;
  // "conned a D-Day veteran out of", and with no "out" "defrauding them of billions of dollars", "robbed the pensioner
  // of £500" (sweep 41 read the victim, 'mother'): over the victim to the swindle or the robbery.
  const out = isWord(toks[v - 1], "out");
  for (let k = v - (out ? 2 : 1); k >= 0 && v - k <= VICTIM_WORDS + 1; k--) {
    const t = toks[k];
    if (t === undefined || t.kind === PUNCT) return false;
    if (SWINDLED.has(t.l) || (!out && ROBBED_OF.has(t.l))) return true;
    // "tricked into paying a deposit of £500": with no "out", only the victim stands between; a preposition or a verb
    // says the "of" is another noun's.
    if (!out && (t.pos === "ADP" || t.pos === "VERB")) return false;
  }
  return false;
}
