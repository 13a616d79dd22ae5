import type { Sentence } from "#news/sentences.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { labelLinked, linkAmounts } from "#brief/figures/card/link.ts";
import { rangeConversions } from "#brief/figures/card/range-conversion.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { mayStartFigure, readRaw } from "#brief/figures/read/amount/read.ts";
import { hasNumber, tokenize } from "#brief/figures/language/tokens.ts";
import { rawLayout } from "#brief/figures/card/layout.ts";
import { foldCompoundDurations } from "#brief/figures/read/amount/duration-compound.ts";
import { foldMixedRanges } from "#brief/figures/read/amount/mixed-range.ts";
import { foldSpanRanges } from "#brief/figures/read/amount/span-range.ts";
import { settleChangeFractions } from "#brief/figures/read/amount/change-fraction.ts";
import { labelInOrder } from "#brief/figures/card/sentence/label-pass.ts";
import { mendInOrder } from "#brief/figures/card/sentence/mend-pass.ts";
import { shareCoordinatedVerb } from "#brief/figures/card/sentence/coordinated.ts";
import { nameRank } from "#brief/figures/card/sentence/name-rank.ts";
import { elidedCurrency } from "#brief/figures/read/amount/elided-currency.ts";
import { leadAnniversary } from "#brief/figures/label/ranks/lead-anniversary.ts";
import { clockReadings } from "#brief/figures/card/sentence/clock-reading.ts";

// Per sentence: read figures, tie changes and conversions to their amounts, label, inherit elliptical labels.

/** The card's candidates of one sentence: every number that counts something, labelled. */
export function sentenceFigures(sentence: Sentence, tag = true): Raw[] {
  return readSentence(sentence, tag, false).filter((r) => !r.drop);
}

/** Every number of one sentence in reading order, figures and the numbers that are none (typed, `rejected`). */
export function sentenceNumbers(sentence: Sentence, tag = true): Raw[] {
  return readSentence(sentence, tag, true).sort((a, b) => a.from - b.from || a.to - b.to);
}

/**
 * `tag` false reads without the part-of-speech layer: the word lists alone (to measure what the layer adds). `listed`
 * false reads for the card, which never shows a number that is no figure: what `--all` lists of those (nameRank) is
 * not read, nor tagged for (239 of the 5,286 sentences the bench articles tag for the card were tagged for it alone).
 */
function readSentence(sentence: Sentence, tag: boolean, listed: boolean): Raw[] {
  const text = sentence.text;
  if (!hasNumber(text)) return [];
  const toks = tokenize(text);
  if (tag) tagWhenRead(text, toks);
  const raws: Raw[] = [];
  const rejected: Raw[] = [];
  for (let i = 0; i < toks.length; ) {
    if (!mayStartFigure(toks[i]!)) {
      i++;
      continue;
    }
    const { raw: read, next } = readRaw(toks, i, text);
    const raw = read === undefined ? undefined : rawLayout(read);
    // "marking the late singer's 80th birthday" in the lead: the story's occasion (lead-anniversary.ts).
    if (raw?.rejected) leadAnniversary(toks, raw, sentence.index === 0);
    if (raw?.rejected) rejected.push(raw);
    else if (raw) raws.push(raw);
    i = Math.max(next, i + 1);
  }
  if (listed) for (const r of rejected) nameRank(toks, r);
  if (raws.length === 0) return rejected;
  // "400 francs (four euros) to sing, 200 to watch": the second sum's currency elided (elided-currency.ts).
  elidedCurrency(toks, raws);

  const links = linkAmounts(toks, raws);
  // "between $40 (£26) and $90": the conversion a range was read past (range-conversion.ts).
  rangeConversions(toks, raws, text, links);
  labelInOrder(toks, raws, text);
  labelLinked(links);
  shareCoordinatedVerb(toks, raws);
  // "jailed for eight years seven months": one duration in two units (duration-compound.ts).
  foldCompoundDurations(toks, raws);
  // "between six months and two years": one range in two units (mixed-range.ts).
  foldMixedRanges(toks, raws);
  // "over eight months to a year": a span closed by one larger unit, and no "over" on a range of time (span-range.ts).
  foldSpanRanges(toks, raws);
  mendInOrder(toks, raws, text, listed);
  // "cut by a third": read as a percent to be labelled as one, then written as a share (change-fraction.ts).
  settleChangeFractions(toks, raws);
  // "At 3pm it was 31C in Seville": a reading at a clock time, one of the day's many (clock-reading.ts).
  clockReadings(raws, rejected);
  return [...raws.filter((r) => !(r.one && r.drop)), ...rejected];
}
