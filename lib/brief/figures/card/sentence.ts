import { bracketGloss } from "#brief/figures/label/ellipsis/bracket-gloss.ts";
import { bracketRate } from "#brief/figures/label/ellipsis/bracket-rate.ts";
import type { Sentence } from "#news/sentences.ts";
import type { NumberType, Raw } from "#brief/figures/card/figure.ts";
import { label } from "#brief/figures/label/money/label.ts";
import { CASUALTY_WORDS, COMPARATIVES } from "#brief/figures/language/lexicon.ts";
import { labelLinked, linkAmounts } from "#brief/figures/card/link.ts";
import { rangeConversions } from "#brief/figures/card/range-conversion.ts";
import { countedAfter } from "#brief/figures/label/counts/counted-after.ts";
import { periodAfter } from "#brief/figures/label/ellipsis/count-rate.ts";
import { ownerOf } from "#brief/figures/label/money/owner.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { nearestNP } from "#brief/figures/language/nearest.ts";
import { afterConversion } from "#brief/figures/language/bracket-conversion.ts";
import { namesEvent } from "#brief/figures/read/type/event-distance.ts";
import { boxHeading } from "#brief/figures/label/counts/box-heading.ts";
import { oneCountsNews } from "#brief/figures/read/type/one.ts";
import { mendLonely } from "#brief/figures/label/measures/lonely-label.ts";
import { tagWhenRead } from "#brief/figures/language/pos.ts";
import { mayStartFigure, readRaw } from "#brief/figures/read/amount/read.ts";
import { HAS_NUMBER, isWord, PUNCT, type Tok, tokenize } from "#brief/figures/language/tokens.ts";
import { PER_ITEM_FACTOR, perItem } from "#brief/figures/card/per-item.ts";
import { rawLayout } from "#brief/figures/card/layout.ts";
import { pastTotalOf } from "#brief/figures/label/money/total-of.ts";
import { tallySubject } from "#brief/figures/label/counts/tally-subject.ts";
import { placePair } from "#brief/figures/label/money/place-pair.ts";
import { intensifier } from "#brief/figures/read/type/intensifier.ts";
import { hyperbole } from "#brief/figures/read/type/hyperbole.ts";
import { foldCompoundDurations } from "#brief/figures/read/amount/duration-compound.ts";
import { elidedLabel } from "#brief/figures/label/ellipsis/elided-amount.ts";
import { elidedSpan } from "#brief/figures/label/ellipsis/elided-span.ts";
import { competitionRound } from "#brief/figures/read/type/competition-round.ts";
import { foldMixedRanges } from "#brief/figures/read/amount/mixed-range.ts";
import { changeOfBefore } from "#brief/figures/label/ellipsis/change-of.ts";
import { NOT_OUT } from "#brief/figures/label/counts/not-out.ts";
import { bareFold } from "#brief/figures/label/counts/bare-fold.ts";
import { changeTaking } from "#brief/figures/label/change/change-taking.ts";
import { raiseTarget } from "#brief/figures/label/money/raise-target.ts";
import { hopedTarget } from "#brief/figures/label/money/hoped-target.ts";
import { peakOf } from "#brief/figures/label/change/peak-of.ts";
import { lineReached } from "#brief/figures/label/change/mark.ts";
import { frameNoun } from "#brief/figures/label/money/frame-noun.ts";
import { payerLabel } from "#brief/figures/label/money/payer-label.ts";
import { worthTail } from "#brief/figures/label/money/worth-tail.ts";
import { amountTo } from "#brief/figures/label/money/amount-to.ts";
import { periodSubject } from "#brief/figures/label/money/period-label.ts";
import { likelyLabel } from "#brief/figures/label/money/likely-label.ts";
import { listLinePrice } from "#brief/figures/label/money/list-line.ts";
import { judgedPrice } from "#brief/figures/label/money/judged-price.ts";
import { attributionLabel } from "#brief/figures/label/money/attribution-label.ts";
import { quotedName } from "#brief/figures/read/type/quoted-name.ts";
import { leadingPoint } from "#brief/figures/read/amount/leading-point.ts";
import { oneOrOther } from "#brief/figures/read/type/one-or-other.ts";
import { scalesWeight } from "#brief/figures/label/measures/scales-weight.ts";
import { changeIn } from "#brief/figures/label/change/change-in.ts";
import { changeAfter } from "#brief/figures/label/change/change-after.ts";
import { changeOwner } from "#brief/figures/label/change/change-owner.ts";
import { changeRestated } from "#brief/figures/label/change/change-restated.ts";
import { fractionBracket } from "#brief/figures/label/change/fraction-bracket.ts";
import { countInPlace, placeAfterAmount, placeInNoun } from "#brief/figures/label/money/place-label.ts";
import { nameBeforeAmount } from "#brief/figures/label/money/name-before-amount.ts";
import { parallelDuration } from "#brief/figures/label/ellipsis/parallel-duration.ts";
import { elidedDeed } from "#brief/figures/label/ellipsis/elided-deed.ts";

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
  if (!HAS_NUMBER.test(text)) return [];
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
    if (raw?.rejected) rejected.push(raw);
    else if (raw) raws.push(raw);
    i = Math.max(next, i + 1);
  }
  if (listed) for (const r of rejected) nameRank(toks, r);
  if (raws.length === 0) return rejected;

  const links = linkAmounts(toks, raws);
  // "between $40 (£26) and $90": the conversion a range was read past (range-conversion.ts).
  rangeConversions(toks, raws, text, links);

  let lastCount: Raw | undefined;
  let lastAmount: Raw | undefined;
  let previous: Raw | undefined;
  let lastDuration: Raw | undefined;
  for (const r of raws) {
    // "I'm not 100 per cent sure": an intensifier, no share (intensifier.ts).
    // "Not in a million years": a figure of speech, no amount (hyperbole.ts).
    // "reached the last eight in the Europa League": a knockout's round, no count (competition-round.ts).
    if (r.drop || intensifier(toks, r) || hyperbole(toks, r) || competitionRound(toks, r)) continue;
    label(toks, r, text);
    // "Of the ten ties …, four ended level": a count labelled by its verb alone counts the noun before it (elided-deed.ts).
    const deed = elidedDeed(toks, lastCount, r);
    if (deed !== "") r.label = deed;
    // "for ten days and a third for 15 days": the second of two parallel times shows the first's label (the ranking
    // reads its unit, as it does a duration's position: a card keeps both terms rather than one as a repeat).
    const parallel = parallelDuration(toks, lastDuration, r);
    if (parallel !== "") r.placed = parallel;
    if (r.type === "duration") lastDuration = r;
    // "fined a total of 900,000 rubles", "The total paid out was £203,066": a sum named by what it is, not "total".
    pastTotalOf(toks, r, () => label(toks, r, text));
    // "The number of people waiting for more than four hours was 7,434": what the tally is of (tally-subject.ts).
    tallySubject(toks, r);
    if (r.one && !oneCountsNews(r.label)) {
      oneAfterCount(toks, lastCount, r);
      // "one" that counts no toll or arrest, even with the verb of a count before it, is an article or a pronoun: no
      // number, as if never read.
      if (!oneCountsNews(r.label)) {
        r.drop = true;
        continue;
      }
    }
    if (measureConversion(toks, previous, r) || r.drop) continue;
    comparedWith(toks, previous, r);
    // "217 penalty notices were issued … -- an increase of 61 per cent": a change in what was just counted (change-of.ts).
    const changed = changeOfBefore(toks, r, previous);
    if (changed !== "") r.label = changed;
    previous = r;
    const amountOf = lastAmount !== undefined && lastAmount.currency === r.currency && lastAmount.percent === r.percent ? lastAmount : undefined;
    // "fetched £4m (or £400,000 a year)": a bracketed rate is the total per period, labelled as it (bracket-rate.ts).
    const perPeriod = r.currency === undefined ? undefined : bracketRate(toks, r, amountOf);
    if (perPeriod !== undefined) r.label = perPeriod;
    // Nothing after it but punctuation or a verb: "and 21% more than the average" has words of its own. After "a
    // further" or "another", an auxiliary starts the verb too ("a further £947m has been designated as unrecoverable");
    // after "and" it may start a clause of its own ("and 11 per cent did not know").
    const another = toks[r.s - 1]?.l === "further" || toks[r.s - 1]?.l === "another";
    const bare = toks[r.e] === undefined || toks[r.e]?.kind === PUNCT || toks[r.e]?.pos === "VERB" || (another && toks[r.e]?.pos === "AUX");
    if (r.label === "" && amountOf !== undefined && bare && (r.currency !== undefined || r.percent) && ELIDED_AMOUNT.has(toks[r.s - 1]?.l ?? "")) {
      // "its $17m profit … dwarfed by the $204m announced by Google": an amount with no words of its own is another of
      // the amount just named.
      r.label = amountOf.label;
    }
    if (r.label === "" && r.currency === undefined && !r.percent) r.label = countedAfter(toks, r.e);
    if (r.label === "" && r.currency === undefined && !r.percent) {
      // "Seven attackers died — six after …, a seventh from …": the elided noun is the last one counted.
      // Only "a seventh"/"the third" ellipses inherit among ordinals; "ranked fourth in the world" does not.
      // A bracket after a noun gives that noun's value, not another of the count before ("shoe size (10.5)").
      const elided = (!r.ordinal || isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "the")) && !bracketGloss(toks, r);
      if (r.fold !== undefined && !r.ordinal) {
        // "killing 3 people and injuring 40": its own verb, with the noun of the count before ("people injured").
        // A span's unit is no noun a verb's count takes: "10 weeks before … all 130,000 had been sold" (not "weeks sold").
        r.label = lastCount?.noun !== undefined && r.kind !== "measure" && lastCount.type !== "duration" ? `${lastCount.noun} ${r.fold}` : r.fold;
        // "shed more than 10kg": a measure its verb governs stays a measure.
        if (r.kind !== "measure") r.kind = CASUALTY_WORDS.has(r.fold) ? "casualties" : "people";
        // No count before lends a noun: "killing 12" → people killed, "lost six in a row" → games lost (bare-fold.ts).
        const own = r.label === r.fold && r.kind !== "measure" ? bareFold(toks, r) : undefined;
        if (own !== undefined) [r.label, r.kind] = [own.label, own.kind];
        lastCount = r;
      } else if (lastCount !== undefined && elided && (r.glued === undefined || lastCount.unit === r.glued) && (lastCount.type !== "duration" || elidedSpan(toks, lastCount, r))) {
        // (A glued unit of its own, "5 feet 4 inches tall, weighing 120-130lbs", says it counts something else; so does
        // a bare number far past a span, or with a role or an age's shape of its own: elided-span.ts.)
        // "8,000 applications - equivalent to 40 a day": the elided noun, at the count's own rate.
        r.label = [lastCount.label, periodAfter(toks, r.e)].filter((w) => w !== "").join(" ");
        r.kind = lastCount.kind;
        // "Diame out for five months and Chester three": the elided noun brings its type and unit.
        if (!r.ordinal && lastCount.type !== undefined) r.type = lastCount.type;
        if (!r.ordinal && lastCount.unit !== undefined) r.unit = lastCount.unit;
        // A breakdown of the number just given ("six after …"), so detail; but a count its own verb governs, hedged
        // ("targeting 10 wins … have mustered just six"), is a second count of the same thing, not a part of the
        // first. Unhedged, a verb says too little: "turned 20" is an age, "called 911" a phone number.
        r.factor = toks[r.s - 1]?.pos === "VERB" && r.qualifier !== undefined ? lastCount.factor : lastCount.factor * 0.5;
      }
    } else if (r.currency === undefined && !r.percent && r.kind !== "rank" && r.kind !== "percent" && r.whole !== true && r.label !== NOT_OUT) {
      // A share said in words ("half the proceeds to two Down Syndrome foundations") names no noun a later number counts.
      lastCount = r;
    }
    // A key number never disappears for want of a label: it takes the nearest noun phrase and ranks lower.
    // A small bare number with nothing to name it ("before 21", "by two") is an age or a date far more often.
    const amount =
      r.currency !== undefined || r.percent || r.qualifier !== undefined || r.previous !== undefined || (r.valueMax !== undefined && r.glued !== undefined) || r.value >= 100;
    // "(£15m up front)" after "the £28m fee", "3.8 per cent for people aged 25 to 34" after a pay rise: a part or a group
    // of the amount before (elided-amount.ts), not the payee or the group the nearest noun phrase would name.
    if (r.label === "" && (r.currency !== undefined || r.percent)) r.label = elidedLabel(toks, r, amountOf);
    // "Price: £4million.", "Cost: £12million.": a fact-box line the cleaner kept in the story (its amount opens on a
    // currency sign) is named by its heading, as label-count.ts names a count's; not taken as the nearest noun phrase.
    // A heading that names no thing ("Total: £2,480.") is left to the fallback, as a total's label says nothing.
    if (r.label === "" && (r.currency !== undefined || r.percent)) r.label = boxHeading(toks, r).replace(/^(?:total|sum|amount|figure|tally)$/, "");
    // A one-letter label ("m" of a split "$100 m") names nothing.
    if (r.label.length === 1) r.label = "";
    if (r.label === "" && !amount) r.drop = true;
    else if (r.label === "") {
      // "almost 100 in Britain": a count said in a place counts the noun before it, never the place (place-label.ts).
      r.label = r.context ?? countInPlace(toks, r) ?? nearestNP(toks, r.s, r.currency === undefined ? r.e : afterConversion(toks, r.e));
      r.fallback = true;
      if (r.label === "") r.drop = true;
    }
    // The last amount with a label, whose label a bare amount of its kind after it may take (amountOf above).
    if ((r.currency !== undefined || r.percent) && r.label !== "") lastAmount = r;
  }
  labelLinked(links);
  shareCoordinatedVerb(toks, raws);
  // "jailed for eight years seven months": one duration in two units (duration-compound.ts).
  foldCompoundDurations(toks, raws);
  // "between six months and two years": one range in two units (mixed-range.ts).
  foldMixedRanges(toks, raws);
  let lastMoney: Raw | undefined;
  for (const r of raws) {
    if (r.drop && listed) nameRank(toks, r);
    // The card never shows a dropped figure, and nothing below undrops one or reads another figure's labels (a dropped
    // one is never lastMoney): what follows would be work for nothing, tagging sentences for it.
    if (r.drop && !listed) continue;
    r.type ??= typeOf(r);
    // "3ft — along", "$889,000 — to": a label of words that name nothing takes a dimension or a subject (lonely-label.ts).
    mendLonely(toks, r);
    // "The death toll in Nepal … more than 5,000": a place says where, the noun it is said of what (place-label.ts).
    placeInNoun(toks, r);
    placeAfterAmount(toks, r);
    // "$349 in the US and £299 in the UK": the second price is the first's thing in another place (place-pair.ts).
    const paired = placePair(toks, r, lastMoney);
    if (paired !== undefined) r.label = paired;
    if (r.currency !== undefined && !r.drop) lastMoney = r;
    // "flights from Gatwick start at £65": a name after a preposition before the price says where, not what (name-before-amount.ts).
    nameBeforeAmount(toks, r);
    // "Mats Hummels (Borussia Dortmund) £36m.": a list line prices the thing it opens with, not its bracket (list-line.ts).
    listLinePrice(toks, r);
    // "paid what looks like a bargain £38m", "priced at a cool $2.5 million": a judgement is no label (judged-price.ts).
    judgedPrice(toks, r);
    // "which critics say would cost £280billion": what would cost it, not who says so (attribution-label.ts).
    attributionLabel(toks, r);
    // "growth slowed in the fourth quarter to 5.6%": what reached it, not when (period-label.ts).
    periodSubject(toks, r);
    // "70 per cent more likely to binge drink", "revenues were likely to be £6bn": not "likely" (likely-label.ts).
    likelyLabel(toks, r);
    // "will raise £250,000", "to raise $50,000": money still to be raised is a target, not raised (raise-target.ts).
    raiseTarget(toks, r);
    // "with the hopes of making it to $100,000", "hoping to reach £10,000": a hoped-for amount is a target (hoped-target.ts).
    hopedTarget(toks, r);
    // "Unemployment hit a peak of 10%": the frame word and what reached it (peak-of.ts).
    peakOf(toks, r);
    // "Sales passed the £1bn mark": the line crossed names nothing; what crossed it does (mark.ts).
    lineReached(toks, r);
    // "on top of £40million it is paying in refunds", "to the tune of $2m": an idiom's noun is no label (frame-noun.ts).
    frameNoun(toks, r);
    // "Sterling's admirers with offers of up to £50million": what the money is, not who pays it (payer-label.ts).
    payerLabel(toks, r);
    // "a five-year contract worth £90,000": the next amount's "worth" is no word of the noun (worth-tail.ts).
    worthTail(toks, r);
    // "the costs … amount to over £10,000": "amount" before "to" is the verb, the subject what it is (amount-to.ts).
    amountTo(toks, r);
    // "tipped the scales at 70st": the weight, not the idiom's noun (scales-weight.ts).
    scalesWeight(toks, r, text);
    // "a 45 per cent decrease in its asking price": the change and what changed (change-in.ts).
    changeIn(toks, r);
    // "growth of 13.1% in the key manufacturing sector", "£35 bn cuts in public services": what changed (change-after.ts).
    changeAfter(toks, r);
    // "a £13million boost taking his fortune to £20million": what the change took to a level (change-taking.ts), before
    // whose change it is ("Sheeran has enjoyed … a £13million boost" names less).
    changeTaking(toks, r);
    // "The UK clocked up growth of 2.8 per cent", "lending rose by £7.1bn, up from a £6.4bn rise": whose change (change-owner.ts).
    changeOwner(toks, r);
    // "the index shed 600 points -- a 6 per cent fall", "output was released, showing 0.7% growth": the sentence's own
    // change restated, the main clause subject's (change-restated.ts).
    changeRestated(toks, r);
    // "almost half (45 per cent) rely on food banks": who the share is of, not the fraction again (fraction-bracket.ts).
    fractionBracket(toks, r);
    // "dubbed '$5 insanity'": a number in a quoted name is part of the name, no amount (quoted-name.ts).
    if (namesEvent(toks, r) || quotedName(toks, r)) {
      // "the world 1500m champion": the race's name, not a distance anyone went (event-distance.ts).
      r.type = "identifier";
      r.drop = true;
    }
    // "don't have 1 trait or the other": an idiom of choice, no count (one-or-other.ts).
    if (oneOrOther(toks, r)) r.drop = true;
    // "you don't need a £10,000 bike": an amount said not to be needed is a hypothetical, ranked low.
    if (hypothetical(toks, r.s)) r.factor *= HYPOTHETICAL_FACTOR;
    if (perItem(toks, r)) r.factor *= PER_ITEM_FACTOR;
    const owner = ownerOf(toks, r);
    if (owner !== undefined) r.owner = owner;
    // ".01 per cent" is shown with its point (leading-point.ts).
    r.from = toks[leadingPoint(toks, r.s) ? r.s - 1 : r.s]?.start ?? 0;
    r.to = toks[r.e - 1]?.end ?? 0;
    if (r.to <= r.from) r.drop = true;
  }
  return [...raws.filter((r) => !(r.one && r.drop)), ...rejected];
}


/**
 * "killing five women and one man", "arrested three men and one woman": a "one" joined by "and" to a count its verb
 * governs shares that verb ("man killed", "woman arrested"), as two counts do (shareCoordinatedVerb), so it is kept as
 * a toll or an arrest; readSentence drops a "one" whose label names neither before that pass could run.
 */
function oneAfterCount(toks: readonly Tok[], before: Raw | undefined, r: Raw): void {
  if (before === undefined || before.drop || before.fold === undefined || before.noun === undefined || r.noun === undefined) return;
  if (before.e + before.noun.split(" ").length !== r.s - 1 || !isWord(toks[r.s - 1], "and")) return;
  // Labelling dropped the "one" as a count of one that says nothing; with the verb it says who died or was held.
  r.drop = false;
  r.label = `${r.noun} ${before.fold}`;
  r.fold = before.fold;
  r.kind = CASUALTY_WORDS.has(before.fold) ? "casualties" : "people";
}

/**
 * "Five men and two women were detained", "arrested three men and two women": two counts joined by "and" share the
 * verb one of them carries ("men detained", "women arrested"); counts with a verb between them ("killed two men and
 * wounded three", "18 people have died and five …") are two clauses, not joined.
 */
function shareCoordinatedVerb(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (let n = 0; n + 1 < raws.length; n++) {
    const a = raws[n]!;
    const b = raws[n + 1]!;
    if (a.drop || b.drop || a.noun === undefined || b.noun === undefined || (a.fold === undefined) === (b.fold === undefined)) continue;
    // Only the first count's noun stands before "and": "18 people have died and five people are being treated" is
    // two clauses, each with its own verb.
    const k = a.e + a.noun.split(" ").length;
    if (!isWord(toks[k], "and") || k + 1 !== b.s) continue;
    const [from, to] = a.fold === undefined ? [b, a] : [a, b];
    if (to.label !== to.noun || from.fold === undefined) continue;
    to.label = `${to.noun} ${from.fold}`;
    to.fold = from.fold;
    if (to.kind !== "measure") to.kind = from.kind;
  }
}

/**
 * "12,900 acres (5,200 hectares)", "10 miles (16km)": a bracketed measure right after another is the same
 * amount in other units, so it is folded into it (listed by `--all` with its label, never on the card). So is a bare
 * number alone in the bracket, its units left out ("swam 14,000 miles (22,500)"): read as another of the miles, it was
 * 22,500 miles.
 */
function measureConversion(toks: readonly Tok[], before: Raw | undefined, r: Raw): boolean {
  // (Right after the measure's unit: "the 6ft 5in defender (22)" is the defender's age.)
  const bare = r.unit === undefined && r.currency === undefined && !r.percent && toks[r.e]?.s === ")";
  if (before === undefined || before.kind !== "measure" || toks[r.s - 1]?.s !== "(" || r.s - 1 - before.e > 1) return false;
  if (!(r.kind === "measure" || (bare && (r.s - 1 === before.e || toks[before.e]?.l === before.unit)))) return false;
  r.drop = true;
  r.conversion = true;
  r.label = before.label;
  return true;
}

/**
 * "produced 14.27 million tonnes of crops in 2004, 24% higher than in 2003": a percentage followed by a
 * comparative and "than" is the change of the amount just named ("rise in crops"), whatever its words say.
 */
function comparedWith(toks: readonly Tok[], before: Raw | undefined, r: Raw): void {
  const dir = r.percent ? COMPARATIVES.get(toks[r.e]?.l ?? "") : undefined;
  // An amount that already carries its change (linkAmounts) is compared once: "…, 24% higher than in 2003 and
  // 21% more than the average" — the second is against something else.
  if (dir === undefined || before === undefined || before.percent || before.change !== undefined || before.label === "" || !isWord(toks[r.e + 1], "than")) return;
  r.label = `${dir === "up" ? "rise" : "fall"} in ${before.label}`;
}

/**
 * An ordinal or a rank that is no card figure is still listed by `--all` with what it ranks: the noun after it
 * ("83rd minute", "75th anniversary", "number 1 dry shampoo brand"), else, standing alone, a place in a table
 * ("moved up to fifth", "16th in the standings", "world No 1").
 */
function nameRank(toks: readonly Tok[], r: Raw): void {
  if (r.label !== "" || (r.type !== "ordinal" && r.type !== "rank")) return;
  const end = forwardNP(toks, r.e);
  const np = end > r.e ? phrase(toks, r.e, end) : "";
  // "World No 1 Williams": a name after a rank is who holds the place; after an ordinal it is what is
  // numbered ("the 69th Annual Tony Awards", "the 14th Amendment").
  if (np !== "" && (r.ordinal || !np.split(" ").every((w) => /^\p{Lu}/u.test(w)))) {
    r.label = np;
    return;
  }
  r.type = "rank";
  r.label = isWord(toks[r.e], "in") || r.ordinal ? "position" : "ranking";
}

/** Words before an amount that say it is another of the amount named before it. */
const ELIDED_AMOUNT = new Set(["the", "and", "or", "another", "further"]);

/** The type of a figure labelling did not type: from its currency, percent sign, order or kind. */
function typeOf(r: Raw): NumberType {
  if (r.currency !== undefined) return "money";
  if (r.percent) return "percent";
  if (r.kind === "rank") return "rank";
  if (r.ordinal) return "ordinal";
  if (r.kind === "measure") return "measure";
  return "count";
}

/** A hypothetical amount weighs this much of one the story reports. */
const HYPOTHETICAL_FACTOR = 0.4;

/** A negated need or obligation a few words before the amount: "don't need a", "doesn't have to pay". */
function hypothetical(toks: readonly Tok[], s: number): boolean {
  let negated = false;
  for (let k = s - 1; k >= 0 && s - k <= 5; k--) {
    const l = toks[k]?.l ?? "";
    if (l === "need" || l === "needs" || l === "have" || l === "has") {
      const n = toks[k - 1]?.l ?? "";
      negated = n.endsWith("n't") || n === "not" || n === "never" || n === "no";
      if (negated) return true;
    }
  }
  return false;
}
