import type { Sentence } from "#news/sentences.ts";
import type { Raw } from "#brief/figures/figure.ts";
import { label } from "#brief/figures/label.ts";
import { linkAmounts } from "#brief/figures/link.ts";
import { readRaw } from "#brief/figures/read.ts";
import { HAS_NUMBER, isWord, tokenize } from "#brief/figures/tokens.ts";

// Per sentence: read figures, tie changes and conversions to their amounts, label, inherit elliptical labels.

export function sentenceFigures(sentence: Sentence): Raw[] {
  const text = sentence.text;
  if (!HAS_NUMBER.test(text)) return [];
  const toks = tokenize(text);
  const raws: Raw[] = [];
  for (let i = 0; i < toks.length; ) {
    const { raw, next } = readRaw(toks, i);
    if (raw) raws.push(raw);
    i = Math.max(next, i + 1);
  }
  if (raws.length === 0) return raws;

  linkAmounts(toks, raws);

  let lastCount: Raw | undefined;
  for (const r of raws) {
    if (r.drop) continue;
    label(toks, r, text);
    if (r.drop) continue;
    if (r.label === "" && r.currency === undefined && !r.percent) {
      // "Seven attackers died — six after …, a seventh from …": the elided noun is the last one counted.
      // Only "a seventh"/"the third" ellipses inherit among ordinals; "ranked fourth in the world" does not.
      const elided = !r.ordinal || isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the");
      if (lastCount !== undefined && elided) {
        r.label = lastCount.label;
        r.kind = lastCount.kind;
        // A breakdown of the number just given ("six after …"), so detail.
        r.factor = lastCount.factor * 0.5;
      }
    } else if (r.currency === undefined && !r.percent && r.kind !== "rank") {
      lastCount = r;
    }
    if (r.label === "") r.drop = true;
  }
  return raws.filter((r) => {
    if (r.drop) return false;
    r.from = toks[r.s]?.start ?? 0;
    r.to = toks[r.e - 1]?.end ?? 0;
    return r.to > r.from;
  });
}
