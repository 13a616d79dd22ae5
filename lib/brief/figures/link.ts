import type { Raw } from "#brief/figures/figure.ts";
import { changeTopic, changeVerb, phrase, verbSubject } from "#brief/figures/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/tokens.ts";

// Linked amounts within a sentence: conversions, earlier levels and changes.

/**
 * Ties the amounts of one sentence together before they are labelled: a conversion ("$1.13bn (£600m)") and
 * an earlier level ("from 5% to 7%", "from $10.9bn") are dropped into the figure they qualify as `previous`,
 * and a percentage that moved an amount ("jumped 76% to $1.13bn") becomes its `change`.
 */
export function linkAmounts(toks: readonly Tok[], raws: Raw[]): void {
  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    if (r === undefined) continue;
    const before = raws[n - 1];
    // "$1.13bn (£600m)": a conversion of the same amount.
    if (r.currency !== undefined && before?.currency !== undefined && toks[r.s - 1]?.s === "(" && before.e === r.s - 1) {
      r.drop = true;
      continue;
    }
    const after = raws[n + 1];
    // "rose from 5% to 7%", "grew from $2m to $3m": one figure, the new level, that moved from the old.
    if (after && isWord(toks[r.s - 1], "from") && isWord(toks[r.e], "to") && after.s === r.e + 1 && after.percent === r.percent && after.currency === r.currency) {
      after.previous = r.value;
      const v = r.s - 2;
      if (upDown(toks[v])) {
        const subject = verbSubject(toks, v);
        if (subject) after.label = phrase(toks, subject[0], subject[1]);
      }
      r.drop = true;
      continue;
    }
    // "jumped 76% to $1.13bn": the percentage is the amount's change.
    if (r.percent && after?.currency !== undefined && isWord(toks[r.e], "to") && after.s === r.e + 1) {
      const v = changeVerb(toks, r.s);
      const dir = upDown(toks[v]);
      if (dir) {
        after.change = { value: r.value, unit: "%", direction: dir };
        const subject = changeTopic(toks, r.s, v);
        if (subject) after.label = phrase(toks, subject[0], subject[1]);
        r.drop = true;
        continue;
      }
    }
    // "$3.36bn, up 27% from …"
    if (r.percent && before?.currency !== undefined && !before.drop && toks[before.e]?.s === "," && r.s === before.e + 2) {
      const dir = upDown(toks[before.e + 1]);
      if (dir && before.change === undefined) {
        before.change = { value: r.value, unit: "%", direction: dir };
        r.drop = true;
        continue;
      }
    }
    // "… to $11.1bn from $10.9bn": the earlier amount.
    const fromAt = toks[r.s - 1]?.l.endsWith("'s") ? r.s - 2 : r.s - 1;
    if (r.currency !== undefined && isWord(toks[fromAt], "from")) {
      for (let m = n - 1; m >= 0; m--) {
        const earlier = raws[m];
        if (earlier && !earlier.drop && earlier.currency === r.currency && earlier.previous === undefined) {
          earlier.previous = r.value;
          r.drop = true;
          break;
        }
      }
    }
  }
}
