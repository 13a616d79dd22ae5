import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { subjectBefore } from "#brief/figures/language/subject.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "The untrained pupils did a bit worse on the spelling quiz, by about 4 per cent", "The second group did better on the
// maths test, by 12 per cent", "Girls scored worse in the reading test by 3%": a percent after "by" that measures a
// comparative of doing is a fall or a rise in what was done, not the test's name: the direction was lost ('about 4 per
// cent — spelling quiz'; card audit 43, sample AK's made-up shape). The label says which way, and on what.

/** Comparatives of how one did, and the change each says. */
const COMPARATIVES: ReadonlyMap<string, "rise" | "fall"> = new Map([
  ["better", "rise"], ["worse", "fall"], ["higher", "rise"], ["lower", "fall"],
]);

/**
 * Verbs of doing a comparative tells how well: "did worse", "scored higher", "performed better"; and of becoming,
 * "got a bit worse on the first task" (sample AK's own words, once informed: the made-up shape said "did").
 */
const DOING = new Set([
  "did", "do", "does", "doing", "done", "performed", "perform", "performs", "scored", "score", "scores", "fared", "fare",
  "fares", "got", "get", "gets", "getting",
]);

/** How far back from "by" the comparative may stand: "did a bit worse on the spelling quiz, by". */
const REACH = 10;

/** The label of a percent at `s` after "by" that measures a comparative of doing ("fall on spelling quiz"), else "". */
export function didBetter(toks: readonly Tok[], s: number): string {
  let b = s - 1;
  if (!isWord(toks[b], "by")) return "";
  if (toks[b - 1]?.s === ",") b--;
  for (let c = b - 1; c >= 0 && b - c <= REACH; c--) {
    const t = toks[c];
    if (t === undefined || (t.kind !== WORD && t.s !== "-")) return "";
    const change = COMPARATIVES.get(t.l);
    if (change === undefined) continue;
    // The verb of doing before the comparative, past a hedge ("a bit", "slightly", "much").
    let v = c - 1;
    while (v > c - 4 && isWord(toks[v]) && !DOING.has(toks[v]!.l)) v--;
    if (!isWord(toks[v]) || !DOING.has(toks[v]!.l)) return "";
    const p = toks[c + 1];
    // "Bilingual adults did better, by about 14 per cent": with nothing done named, whose rise it is.
    if (!isWord(p) || !(p.l === "on" || p.l === "in" || p.l === "at")) {
      const who = subjectBefore(toks, v + 1);
      return who === "" ? "" : `${change} for ${who}`;
    }
    const from = isWord(toks[c + 2], "the") ? c + 3 : c + 2;
    const end = Math.min(forwardNP(toks, from), b);
    return end > from ? `${change} ${p.l} ${phrase(toks, from, end)}` : change;
  }
  return "";
}
