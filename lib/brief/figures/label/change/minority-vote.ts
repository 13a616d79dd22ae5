import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { isDash } from "#brief/figures/language/dash-aside.ts";
import { isWord, PUNCT, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "The decision to keep tariffs at 6.5% was passed 7-2 … One member of the panel - Omar Hale - voted to lift tariffs
// to 7%": a level one member (or a minority) voted for or proposed was not set. Labelled as what it measures, the
// card said tariffs were both 6.5% and 7% (card audit 44, sample AL's made-up shape 3); it is the proposal:
// '7% — tariffs backed by one member'. A body's own vote ("The committee voted to raise the fee to £40") sets the
// level, and keeps its label.

/** Verbs a level is put to in a vote or a proposal: "to lift tariffs to 7%", "keeping rates at 0.5%". */
const SETTING = new Set([
  "lift", "lifting", "raise", "raising", "increase", "increasing", "hike", "hiking", "boost", "boosting", "cut", "cutting",
  "lower", "lowering", "reduce", "reducing", "keep", "keeping", "hold", "holding", "set", "setting", "leave", "leaving",
  "freeze", "freezing", "put", "putting",
]);

/**
 * The verbs of a vote or a proposal, and what the label says of them, before who did it: a label ending "voted for"
 * loses its "for" on the card (candidates.ts cuts a dangling preposition), so 'tariffs backed by one member'.
 */
const BACKING: ReadonlyMap<string, string> = new Map([
  ["voted", "backed by"], ["votes", "backed by"], ["vote", "backed by"], ["proposed", "proposed by"], ["proposes", "proposed by"],
]);

/** How far back from the level its setting verb, and from that its vote, may stand: "voted to lift tariffs to 7%". */
const REACH = 6;

/** Whether t ends a clause for a backwards scan: a comma, a colon, a full stop (a dash may open an aside). */
const clauseEnd = (t: Tok | undefined): boolean => t === undefined || (t.kind === PUNCT && !isDash(t) && t.s !== "'" && t.s !== "’");

/** The vote or proposal verb whose setting verb puts the level at `s` ("to 7%", "at 0.5%"), or -1. */
function backingVerb(toks: readonly Tok[], s: number): number {
  if (!isWord(toks[s - 1], "to") && !isWord(toks[s - 1], "at")) return -1;
  let k = s - 2;
  while (k > s - 2 - REACH && !clauseEnd(toks[k]) && !(isWord(toks[k]) && (SETTING.has(toks[k]!.l) || upDown(toks[k]) !== undefined))) k--;
  if (!isWord(toks[k]) || clauseEnd(toks[k])) return -1;
  // "voted to lift", "proposed lifting", "voted for raising".
  const link = isWord(toks[k - 1], "to") || isWord(toks[k - 1], "for") ? k - 2 : k - 1;
  return isWord(toks[link]) && BACKING.has(toks[link]!.l) ? link : -1;
}

/** Words of a subject that make it a minority of its body. */
const MINORITY = new Set(["minority", "lone", "sole", "dissenting", "dissenter", "dissenters"]);

/** How many words a bracket inside the subject may hold: an abbreviation or a short aside ("(PP)", "(the MPC)"). */
const BRACKET_WORDS = 4;

/**
 * The opening bracket of a short bracket closed at `k` ("One member of the Pricing Panel (PP) voted"), or -1: the
 * body's abbreviation stands between the subject and its verb and ends no clause.
 */
function bracketOpen(toks: readonly Tok[], k: number): number {
  if (toks[k]?.s !== ")") return -1;
  for (let o = k - 1; o >= 0 && k - o <= BRACKET_WORDS + 1; o--) {
    if (toks[o]?.s === "(") return o;
    if (toks[o]?.kind === PUNCT) return -1;
  }
  return -1;
}

/**
 * Who backed the level when the subject before verb `v` is one member or a minority ("One member of the panel - Omar
 * Hale -", "One member of the Pricing Panel (PP)", "a minority of members", "the lone dissenter"), as the label says
 * it; undefined for anyone else.
 */
function minority(toks: readonly Tok[], v: number): string | undefined {
  for (let k = v - 1; k >= 0; k--) {
    const open = bracketOpen(toks, k);
    if (open > 0) k = open - 1;
    if (clauseEnd(toks[k])) return undefined;
    const t = toks[k]!;
    if (MINORITY.has(t.l)) return "a minority";
    // "One member of the panel", "Only one of the nine": "one" opens the subject ("Shareholders at one company" are
    // no one member, nor are "no one" and "every one").
    if (t.l === "one" && (clauseEnd(toks[k - 1]) || isWord(toks[k - 1], "only") || isWord(toks[k - 1], "just"))) return "one member";
  }
  return undefined;
}

/** Relabels a level a minority voted for or proposed: '7% — tariffs backed by one member'. */
export function minorityVote(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.label === "") return;
  const v = backingVerb(toks, r.s);
  const who = v < 0 ? undefined : minority(toks, v);
  if (who === undefined) return;
  const by = BACKING.get(toks[v]!.l);
  const label = `${r.label} ${by} ${who}`;
  // Past the card's six words, the label's last word stands for it ("standard rate of tariffs" → tariffs).
  const last = r.label.slice(r.label.lastIndexOf(" ") + 1);
  r.label = label.split(" ").length <= MAX_LABEL_WORDS ? label : `${last} ${by} ${who}`;
}
