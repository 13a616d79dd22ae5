import { ORDINAL_WORDS } from "#news/numbers.ts";
import { MAX_LABEL_WORDS } from "#brief/figures/card/figure.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "The concert, which was held three days before the 10th anniversary of the fire", "Held just four days ahead of the
// 50th anniversary of the strike": a time counted to or from an anniversary is counted to the event's anniversary.
// The event's noun phrase reader stops at the ordinal's number ("the 10th"), so the time was labelled by its unit
// alone ('three — days', card audit 48's shape 10, a strict fault); said as the event's anniversary it fits the card:
// "before the fire's 10th anniversary".

/** Words that count a time to or from what follows: "before", "after", "ahead of". */
const OFFSETS = new Set(["before", "after", "ahead"]);

/** The most words of the event's noun phrase after "of": "the fire", "the miners' strike". */
const EVENT_WORDS = 2;

/** The ordinal at `k` ("10th", "50th", "first") and the index after it, or undefined. */
function ordinalAt(toks: readonly Tok[], k: number): [string, number] | undefined {
  const t = toks[k];
  if (isWord(t) && ORDINAL_WORDS.has(t.l)) return [t.l, k + 1];
  const suffix = toks[k + 1];
  const glued = t?.kind === NUM && isWord(suffix) && t.end === suffix.start;
  if (glued && /^(?:st|nd|rd|th)$/.test(suffix.l)) return [`${t.s}${suffix.l}`, k + 2];
  return undefined;
}

/**
 * The words after a time's unit at `k` that count it to an anniversary ("before the 10th anniversary of the fire" →
 * "before the fire's 10th anniversary"); "" when none follows or the event is not a short noun phrase after "of the"
 * or a name.
 */
export function anniversaryOffset(toks: readonly Tok[], k: number): string {
  const w = toks[k];
  if (!isWord(w) || !OFFSETS.has(w.l)) return "";
  let j = w.l === "ahead" ? (isWord(toks[k + 1], "of") ? k + 2 : -1) : k + 1;
  if (j < 0 || !isWord(toks[j], "the")) return "";
  const ord = ordinalAt(toks, j + 1);
  if (ord === undefined || !isWord(toks[ord[1]], "anniversary") || !isWord(toks[ord[1] + 1], "of")) return "";
  j = ord[1] + 2;
  const the = isWord(toks[j], "the");
  const from = the ? j + 1 : j;
  const end = forwardNP(toks, from);
  if (end <= from || end - from > EVENT_WORDS) return "";
  // "the 100th anniversary of the end of the war", "… of the death of her husband": the noun phrase is the head of a
  // longer event, and 'the end's 100th anniversary' would name the wrong thing; left as the reader had it.
  if (isWord(toks[end], "of")) return "";
  const event = phrase(toks, from, end);
  const owner = event.endsWith("s") ? `${event}'` : `${event}'s`;
  const said = `${w.l === "ahead" ? "before" : w.l} ${the ? "the " : ""}${owner} ${ord[0]} anniversary`;
  // Beside the unit within the card's label ("days before the miners strike's 30th anniversary" would be cut).
  return said.split(" ").length < MAX_LABEL_WORDS ? said : "";
}

/** Heads of a compound span that mark how long since an event: "the 24-month milestone of …", "the 100-day mark of …". */
const MARKS = new Set(["milestone", "mark", "anniversary"]);

/** Passive auxiliaries dropped from an event's gerund clause: "of the miners being trapped" → miners trapped. */
const PASSIVE_ING = new Set(["being", "having"]);

/**
 * The label of a compound span whose noun (`after`, its phrase ending at `end`) marks how long since an event said
 * after "of": "the sad 24-month milestone of the miners being trapped" → months since miners trapped, as "24 months
 * since the miners were trapped" reads (since-clause.ts); the milestone alone ('24-month — milestone') said nothing of
 * what the months count (card-audit-54's made-up shape 6). Undefined without "of" ("a 10-year wedding anniversary")
 * or when the event is no short noun phrase.
 */
export function milestoneSince(toks: readonly Tok[], unit: string, after: string, end: number): string | undefined {
  if (!MARKS.has(after.slice(after.lastIndexOf(" ") + 1)) || !isWord(toks[end], "of")) return undefined;
  const from = pastDeterminers(toks, end + 1);
  const to = forwardNP(toks, from);
  // "of the end of the war": the head of a longer event, which 'years since end' would misname.
  const next = toks[to]?.kind === WORD ? toks[to]!.l : "";
  if (to <= from || to - from > EVENT_WORDS || next === "of") return undefined;
  let event = phrase(toks, from, to);
  // "of the miners being trapped": the passive's participle says what happened to them.
  const passive = PASSIVE_ING.has(next);
  const done = toks[passive && isWord(toks[to + 1], "been") ? to + 2 : to + 1];
  if (passive && done !== undefined && done.pos === "VERB") event += ` ${done.l}`;
  return `${unit} since ${event}`;
}
