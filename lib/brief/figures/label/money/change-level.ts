import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS, DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, NUM, type Tok, upDown, WORD } from "#brief/figures/language/tokens.ts";

// Money a change or a run-on participle reached is the level of what changed: "share price rose 4p … to 548p" → share
// price, "revenue nearly tripled …, exceeding $86m" → revenue. A step of label-money.ts, kept apart so the chain there
// reads in one sitting; it runs after the "for" price step and before a sale's price.

/** Labels `r` by what rose or fell "to" it, or by the main clause's subject a participle after a comma runs on from; true when the money step ends here. */
export function changeLevel(toks: readonly Tok[], r: Raw): boolean {
  const prev = toks[r.s - 1];
  // "share price rose 4p … in morning trading to 548p": the level reached by what rose.
  if (isWord(prev, "to")) {
    for (let v = r.s - 2; v >= 0 && r.s - v < 14; v--) {
      const t = toks[v];
      // "fell by £900million or 3.7 per cent … to £23.2 billion": "or" between two sizes of one change ends no clause.
      const alternative = isWord(t, "or") && toks[v + 1]?.kind === NUM;
      if (t === undefined || t.s === "," || t.s === ";" || (t.kind === WORD && CONJUNCTIONS.has(t.l) && !alternative)) break;
      if (upDown(t) && t.pos === "NOUN" && (isWord(toks[v + 1], "in") || isWord(toks[v + 1], "of"))) {
        const end = forwardNP(toks, v + 2);
        if (end > v + 2) {
          r.label = phrase(toks, v + 2, end);
          return true;
        }
      }
      if (upDown(t)) {
        // "has reduced the debt it took on … to just 1.8bn euros": a change verb with an object moved the object.
        if (isWord(toks[v + 1]) && DETERMINERS.has(toks[v + 1]?.l ?? "")) {
          const end = forwardNP(toks, v + 2);
          if (end > v + 2) {
            r.label = phrase(toks, v + 2, end);
            return true;
          }
        }
        const subject = verbSubject(toks, v);
        if (subject) {
          r.label = phrase(toks, subject[0], subject[1]);
          return true;
        }
        break;
      }
    }
  }
  // "revenue nearly tripled in the fourth quarter, exceeding $86m": a participle after a comma runs on from the
  // main clause, whose subject is what the amount is.
  if (isWord(prev) && RUN_ON.has(prev.l) && toks[r.s - 2]?.s === ",") {
    const v = toks.findIndex((t, k) => k < r.s - 2 && t.pos === "VERB");
    const subject = v > 0 ? verbSubject(toks, v) : undefined;
    if (subject) {
      r.label = phrase(toks, subject[0], subject[1]);
      return true;
    }
  }
  return false;
}

/** Participles that carry a main clause's amount on to a figure: ", exceeding $86m", ", reaching £2bn". */
const RUN_ON = new Set(["exceeding", "reaching", "totalling", "totaling", "topping", "hitting", "surpassing", "passing", "amounting"]);
