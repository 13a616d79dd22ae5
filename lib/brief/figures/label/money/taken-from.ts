import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { DURATIONS, MONTHS, PERIOD_NOUNS, TAKE_FORMS, WEEKDAYS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { verbBefore } from "#brief/figures/label/money/verb-before.ts";

// "Smith took £5,000 from the till", "The council took £2m from its reserves": money taken "from" somewhere was taken
// out of it, no takings (takings.ts leaves it) and not its taker ('£5,000 — smith', the subject the fallback named).
// Whether the taking was a theft the verb does not say; where the money came from does, and an editor reads the rest
// ('£5,000 — taken from the till'). Money with a noun of its own ("took a £5 note from") is that noun's; money taken
// "from its opening weekend" or "from ticket sales" was taken in, over a time or from what was sold: no source.

/**
 * Heads of what money is taken in from, not out of: "from ticket sales", "from advertising"; and where a film or a
 * show takes it ("took $20m from the box office", "from 3,000 cinemas", "from worldwide markets", "from its West End
 * run"): takings all the same, which 'taken from the box office' misread as money taken out.
 */
const TAKEN_IN = new Set([
  "weekend", "sales", "receipts", "tickets", "advertising", "advertisers", "audiences", "viewers", "customers", "visitors",
  "office", "cinemas", "theatres", "theaters", "screens", "markets", "territories", "run", "release",
]);

/** A time the money was taken over, or what it was taken in from. */
const noSource = (w: string): boolean => DURATIONS.has(w) || PERIOD_NOUNS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || TAKEN_IN.has(w);

/** "taken from the till" for money a form of "take" moved out of the noun phrase after "from" (amount s to e), else undefined. */
export function takenFrom(toks: readonly Tok[], s: number, e: number): string | undefined {
  if (!isWord(toks[e], "from") || !TAKE_FORMS.has(toks[verbBefore(toks, s)]?.l ?? "")) return undefined;
  const head = pastDeterminers(toks, e + 1);
  // "from the till": a word after a determiner is its noun, whatever the tagger calls it ('till' a preposition).
  const end = Math.max(forwardNP(toks, head), head > e + 1 && isWord(toks[head]) ? head + 1 : head);
  // ("from its West End run": the tagger may end the phrase before its head, a verb to it.)
  if (end === head || noSource(toks[end - 1]!.l) || TAKEN_IN.has(toks[end]?.l ?? "")) return undefined;
  // The whole phrase when the card has room ("taken from the till"), else from its head back as far as it has.
  for (const from of [e + 1, head, Math.max(head, end - 2), end - 1]) {
    const label = `taken from ${phrase(toks, from, end)}`;
    if (label.split(" ").length <= MAX_LABEL_WORDS) return label;
  }
  return undefined;
}
