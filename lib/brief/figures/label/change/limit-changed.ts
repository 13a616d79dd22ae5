import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "the minimum age of 35 for a bus driver would be lowered to 30", "the legal age of 18 for buying cigarettes will rise
// to 21": a verb of change whose subject is an age limit stated with "of" moves that limit, so the level reached is the
// new limit, from the stated one ('30 — minimum age for a bus driver (from 35)'). The stated limit is typed an age (off
// the card, "the age of 35"), so nothing linked the two, and the new one had no label or the nearest noun's ('30 — bus
// drivers'; card audit 43, sample AK's made-up shape: the story's headline fact missed). Only a limit noun ending in
// "age" or "limit": "the population of 300 rose to 400" links as before (old-level.ts).

/** Verbs of a limit's change before "to": "lowered to 30", "will rise to 21". */
const CHANGE_VERBS = new Set([
  "lowered", "raised", "cut", "reduced", "increased", "dropped", "changed", "moved", "fall", "falls", "fell", "rise",
  "rises", "rose", "drop", "drops", "go", "goes", "went", "lower", "raise", "reduce", "increase",
]);

/** Heads of a limit a change may move: "the minimum age of 35", "the speed limit of 70". */
const LIMITS = new Set(["age", "limit"]);

/** Words that open a relative clause. */
const RELATIVES = new Set(["which", "who", "whom", "that", "where", "when"]);

/** How far back the limit's subject may run from its verb: "the minimum age of 35 for a bus driver would be". */
const REACH = 14;

/** How many words may name a limit before its head ("minimum", "legal drinking") and after it ("for a bus driver"). */
const BEFORE_WORDS = 2;
const AFTER_WORDS = 5;

/** Labels a level a stated limit's change reaches with the limit, and links the stated limit as the earlier level. */
export function limitChanged(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency !== undefined || r.percent || !isWord(toks[r.s - 1], "to")) return;
  const verb = toks[r.s - 2];
  if (!isWord(verb) || !CHANGE_VERBS.has(verb.l)) return;
  for (let i = r.s - 3; i >= 0 && r.s - 3 - i < REACH; i--) {
    const t = toks[i] as Tok;
    if (t.kind === PUNCT && (t.s === "." || t.s === ";" || t.s === ":")) return;
    if (!(t.kind !== NUM && LIMITS.has(t.s) && isWord(toks[i + 1], "of") && toks[i + 2]?.kind === NUM)) continue;
    const old = Number(toks[i + 2]!.s.replace(/,/g, ""));
    if (!Number.isFinite(old) || old === r.value) return;
    let from = i;
    while (i - from < BEFORE_WORDS && namesLimit(toks[from - 1])) from--;
    // The limit's scope after the old level, up to the verb's auxiliaries: "for a bus driver would be".
    let to = i + 3;
    while (to < r.s - 2 && to - (i + 3) < AFTER_WORDS && isWord(toks[to]) && !AUXILIARIES.has(toks[to]!.l)) to++;
    // A relative clause ("the age of 18 at which people can vote") is cut by its auxiliary: no scope rather than half.
    const relative = toks.slice(i + 3, to).some((w) => RELATIVES.has(w.l));
    const scope = to > i + 3 && PREPOSITIONS.has(toks[i + 3]!.l) && !relative ? ` ${phrase(toks, i + 3, to)}` : "";
    r.label = `${phrase(toks, from, i + 1)}${scope}`;
    r.previous = old;
    return;
  }
}

/** Whether a word before the limit's head names it ("minimum", "legal", "drinking"), not a determiner or a verb. */
function namesLimit(t: Tok | undefined): boolean {
  return isWord(t) && !DETERMINERS.has(t.l) && !PREPOSITIONS.has(t.l) && !AUXILIARIES.has(t.l) && (t.pos === "ADJ" || t.pos === "NOUN" || t.l.endsWith("ing"));
}
