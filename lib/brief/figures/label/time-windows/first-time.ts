import { CONJUNCTIONS, MODALS } from "#brief/figures/language/lexicon.ts";
import { eventBefore, eventLabel } from "#brief/figures/label/time-windows/event-after.ts";
import { ing, negated } from "#brief/figures/label/durations/past-doing.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Chelsea won the league for the first time in 50 years": the first-of rule (duration-position.ts) names the thing
// after "first", and here that is "time", so the card said '50 — years since last time' (12 dev cards). What was last
// done is the clause's own doing before "for the first time": years since winning the league (what was last done 50
// years ago). The doing's tense does not matter to how long ago it was last done: a future ("will play in the Par-3
// Contest"), an infinitive ("beat Heerenveen to win the Dutch championship") or a bare one ("saw United miss out on
// Europe's premier competition") names it too. A return is an absence: "returned to Test cricket for the first time in
// 17 months" is 17 months away from Test cricket. Where the doing and its words do not fit the label, the old label
// stays.

/**
 * Verbs (and the noun) of coming back: "returned to Test cricket for the first time in 17 months" is 17 months away,
 * which "since returning" would misstate (it reads as 17 months since the return).
 */
const RETURNS = new Set(["returned", "return", "returns", "returning", "came", "comes"]);

/** How far back from "for" the clause's verb may stand: a verb, its object and a place ("secure his place in the second round at Dubai"). */
const REACH = 10;

/** Verbs whose object takes a bare infinitive: "saw United miss out on", "watched them win", "helped Chelsea reach". */
const BARE_INFINITIVE = new Set(["saw", "see", "sees", "seen", "watched", "watch", "helped", "help", "made", "make", "let"]);

/**
 * The label of a time `unit` said as "for the first time in N <unit>", where `first` is the token "first": the verb of
 * the clause before "for the first time" and its words up to "for", as an event (since winning the league), or the
 * place a return came back to (away from Test cricket); "" when "first" is not in "for the first time", or no doing
 * this reads stands before it.
 */
export function firstTimeSince(toks: readonly Tok[], first: number, unit: string): string {
  if (!isWord(toks[first + 1], "time") || !isWord(toks[first - 1], "the") || !isWord(toks[first - 2], "for")) return "";
  const f = first - 2;
  for (let v = f - 1; v >= 0 && f - v <= REACH; v--) {
    const t = toks[v]!;
    if (!isWord(t) || CONJUNCTIONS.has(t.l)) return "";
    // "on his return to Test cricket", "returned to the stage": away from where it came back to.
    if (RETURNS.has(t.l) && isWord(toks[v + 1], "to") && (t.pos === "VERB" || t.l === "return")) return eventLabel(toks, `${unit} away`, "from", v + 2, f);
    if (t.pos !== "VERB") continue;
    if (RETURNS.has(t.l)) return "";
    const past = eventBefore(toks, unit, v, f, "since");
    return past !== "" || !infinitive(toks, v) ? past : eventLabel(toks, `${unit} since`, ing(t.l), v + 1, f);
  }
  return "";
}

/**
 * Whether the verb at `v` is an infinitive, after "to" or a modal ("to win", "will play") or after the object of a verb
 * that takes a bare one ("saw United miss"), and not denied ("will not start").
 */
function infinitive(toks: readonly Tok[], v: number): boolean {
  const verb = toks[v]!.l;
  if (/(?:ed|ing)$/.test(verb) || negated(toks, v)) return false;
  let k = v - 1;
  while (toks[k]?.pos === "ADV") k--;
  const before = toks[k];
  if (isWord(before) && (before.l === "to" || MODALS.has(before.l))) return true;
  // "saw United miss": a one-word object between.
  return isWord(toks[v - 2]) && BARE_INFINITIVE.has(toks[v - 2]!.l) && (toks[v - 1]?.pos === "PROPN" || toks[v - 1]?.pos === "PRON" || toks[v - 1]?.pos === "NOUN");
}
