import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a complete stranger asked you for $100", "DiCaprio asked for $25 million up front", "the page was asking for
// $3,000": money asked for is a sum requested, which no verb that moves money names; the readings after the "for"
// branch took the asker ("complete stranger", "mother") or a place ("on the GoFundMe page") instead (card audit 16,
// sample J: "$100 — complete stranger").

/** Verbs of asking for money. */
const ASKING = new Set(["ask", "asks", "asked", "asking", "appeal", "appeals", "appealed", "appealing", "beg", "begs", "begged", "begging", "plead", "pleads", "pleaded", "pleading"]);

/** How many words may stand between the verb and "for": whom it asked ("you", "his father", "the council"). */
const ASKED_REACH = 3;

/** "sum requested" when the "for" at `f` follows a verb of asking and whom it asked, else undefined. */
export function askedFor(toks: readonly Tok[], f: number): string | undefined {
  for (let v = f - 1; v >= 0 && f - v <= ASKED_REACH + 1; v--) {
    const t = toks[v];
    if (!isWord(t)) return undefined;
    if (ASKING.has(t.l)) return "sum requested";
  }
  return undefined;
}
