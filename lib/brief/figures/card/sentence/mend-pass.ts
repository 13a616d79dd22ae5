// The second pass over a sentence's figures, once every one is labelled and linked: each label is mended by the
// rules that read the words around it (place, payer, target, change …), idioms and names are dropped, hypotheticals
// weighed low. Split from sentence.ts; the order of the rules is the order they ran in there, and it matters.
import { providerPrice } from "#brief/figures/label/money/provider-price.ts";
import { joinedOwner } from "#brief/figures/label/counts/joined-owner.ts";
import { timesMultipleType } from "#brief/figures/label/counts/multiple-type.ts";
import type { NumberType, Raw } from "#brief/figures/card/figure.ts";
import { ownerOf } from "#brief/figures/label/money/owner.ts";
import { namesEvent } from "#brief/figures/read/type/event-distance.ts";
import { mendLonely } from "#brief/figures/label/measures/lonely-label.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";
import { PER_ITEM_FACTOR, perItem } from "#brief/figures/card/per-item.ts";
import { placePair } from "#brief/figures/label/money/place-pair.ts";
import { changeTaking } from "#brief/figures/label/change/change-taking.ts";
import { raiseTarget } from "#brief/figures/label/money/raise-target.ts";
import { hopedTarget } from "#brief/figures/label/money/hoped-target.ts";
import { zeroRelative } from "#brief/figures/label/money/relative.ts";
import { peakOf } from "#brief/figures/label/change/peak-of.ts";
import { lineReached } from "#brief/figures/label/change/mark.ts";
import { forecastObject } from "#brief/figures/label/change/forecast-object.ts";
import { expectedChange } from "#brief/figures/label/change/expected-change.ts";
import { frameNoun } from "#brief/figures/label/money/frame-noun.ts";
import { extraOn } from "#brief/figures/label/money/extra-on.ts";
import { payerLabel } from "#brief/figures/label/money/payer-label.ts";
import { moneyOverParty } from "#brief/figures/label/money/party-money.ts";
import { instrumentSubject } from "#brief/figures/label/money/instrument-subject.ts";
import { worthTail } from "#brief/figures/label/money/worth-tail.ts";
import { amountTo } from "#brief/figures/label/money/amount-to.ts";
import { periodSubject } from "#brief/figures/label/money/period-label.ts";
import { likelyLabel } from "#brief/figures/label/money/likely-label.ts";
import { listLinePrice, menuLinePrice } from "#brief/figures/label/money/list-line.ts";
import { judgedPrice } from "#brief/figures/label/money/judged-price.ts";
import { creditPrice } from "#brief/figures/label/money/credit-price.ts";
import { attributionLabel } from "#brief/figures/label/money/attribution-label.ts";
import { speakerAfter } from "#brief/figures/label/money/speaker-after.ts";
import { cashPurpose } from "#brief/figures/label/money/cash-purpose.ts";
import { extraIn } from "#brief/figures/label/money/extra-in.ts";
import { partSpent, sumOfSpent } from "#brief/figures/label/money/part-spent.ts";
import { soughtAmount } from "#brief/figures/label/money/sought-amount.ts";
import { penaltyShare } from "#brief/figures/label/money/penalty-share.ts";
import { pricedOwner } from "#brief/figures/label/money/priced-owner.ts";
import { themState } from "#brief/figures/label/counts/them-state.ts";
import { milestonePair } from "#brief/figures/label/counts/milestone-pair.ts";
import { withinOf } from "#brief/figures/label/counts/within-of.ts";
import { goneWithout } from "#brief/figures/label/counts/gone-without.ts";
import { countWithout } from "#brief/figures/label/counts/count-without.ts";
import { countedDistance } from "#brief/figures/label/counts/counted-distance.ts";
import { livesSaved } from "#brief/figures/label/counts/lives-saved.ts";
import { timesWindow } from "#brief/figures/label/time-windows/times-window.ts";
import { earlierCase } from "#brief/figures/label/counts/earlier-case.ts";
import { partOfUnit } from "#brief/figures/label/measures/part-of-unit.ts";
import { ampersandOwner } from "#brief/figures/label/change/ampersand-owner.ts";
import { lastItemsLevel } from "#brief/figures/label/counts/last-items-level.ts";
import { threshold } from "#brief/figures/card/sentence/threshold.ts";
import { quotedName } from "#brief/figures/read/type/quoted-name.ts";
import { stepsIdiom } from "#brief/figures/read/type/steps-idiom.ts";
import { ownTwo } from "#brief/figures/read/type/own-two.ts";
import { pairGoneOn } from "#brief/figures/read/type/pair-gone-on.ts";
import { wholePeriod } from "#brief/figures/read/type/whole-period.ts";
import { stockPhrase } from "#brief/figures/read/type/stock-phrase.ts";
import { simile } from "#brief/figures/read/type/simile.ts";
import { seasonLine } from "#brief/figures/read/type/season-line.ts";
import { subsetDoing, subsetState } from "#brief/figures/label/counts/subset-doing.ts";
import { onlyDoing } from "#brief/figures/label/counts/only-doing.ts";
import { pairedScope } from "#brief/figures/label/ellipsis/paired-scope.ts";
import { marginGiven } from "#brief/figures/read/type/give-or-take.ts";
import { winPoints } from "#brief/figures/read/type/win-points.ts";
import { unrealLead } from "#brief/figures/read/type/unreal-lead.ts";
import { firstMark } from "#brief/figures/read/type/first-mark.ts";
import { banknote } from "#brief/figures/read/type/banknote.ts";
import { namedNumber } from "#brief/figures/read/type/named-number.ts";
import { indexName } from "#brief/figures/read/type/index-name.ts";
import { askedHypothetical } from "#brief/figures/read/type/asked-hypothetical.ts";
import { selfConditional } from "#brief/figures/read/type/self-conditional.ts";
import { possibleRun } from "#brief/figures/read/type/possible-run.ts";
import { imperativeCondition } from "#brief/figures/read/type/imperative-condition.ts";
import { quotedTrifle } from "#brief/figures/read/type/quoted-trifle.ts";
import { betThreshold } from "#brief/figures/read/type/bet-threshold.ts";
import { leadingPoint } from "#brief/figures/read/amount/leading-point.ts";
import { crossedLabel } from "#brief/figures/read/amount/motion-over.ts";
import { oneOrOther } from "#brief/figures/read/type/one-or-other.ts";
import { scalesWeight } from "#brief/figures/label/measures/scales-weight.ts";
import { changeIn } from "#brief/figures/label/change/change-in.ts";
import { changeAfter } from "#brief/figures/label/change/change-after.ts";
import { changeOwner } from "#brief/figures/label/change/change-owner.ts";
import { priceBasis } from "#brief/figures/label/money/price-basis.ts";
import { minorityVote } from "#brief/figures/label/change/minority-vote.ts";
import { marketFall } from "#brief/figures/label/change/market-fall.ts";
import { numberedIndex } from "#brief/figures/label/change/numbered-index.ts";
import { shotDistance } from "#brief/figures/label/measures/shot-distance.ts";
import { windowStretch } from "#brief/figures/label/measures/window-stretch.ts";
import { banLength } from "#brief/figures/label/counts/ban-length.ts";
import { todayValue } from "#brief/figures/label/money/today-value.ts";
import { nameAdverb } from "#brief/figures/label/money/name-adverb.ts";
import { lostValue } from "#brief/figures/label/change/lost-value.ts";
import { lostShare } from "#brief/figures/label/change/lost-share.ts";
import { levelAfter } from "#brief/figures/label/change/level-after.ts";
import { changeRestated } from "#brief/figures/label/change/change-restated.ts";
import { fractionBracket } from "#brief/figures/label/change/fraction-bracket.ts";
import { dashShare } from "#brief/figures/label/change/dash-share.ts";
import { placeAfterAmount, placeInNoun } from "#brief/figures/label/money/place-label.ts";
import { nameBeforeAmount } from "#brief/figures/label/money/name-before-amount.ts";
import { nameRank } from "#brief/figures/card/sentence/name-rank.ts";
import { pastCompoundPreposition } from "#brief/figures/language/compound-preposition.ts";
import { possessiveTail } from "#brief/figures/language/possessive-tail.ts";
import { othersVerb } from "#brief/figures/label/ellipsis/others-verb.ts";
import { HYPOTHETICAL_FACTOR, hypothetical } from "#brief/figures/card/sentence/hypothetical.ts";
import { prospect } from "#brief/figures/card/sentence/prospect.ts";
import { unmetRank } from "#brief/figures/label/ranks/unmet-rank.ts";
import { forecastFold } from "#brief/figures/label/counts/forecast-fold.ts";
import { levelTarget } from "#brief/figures/label/money/level-target.ts";
import { includedPart } from "#brief/figures/card/sentence/included-part.ts";

/** Mends, types and places each figure of `raws`; `listed` names the ranks `--all` lists (name-rank.ts). */
export function mendInOrder(toks: Tok[], raws: readonly Raw[], text: string, listed: boolean): void {
  let lastMoney: Raw | undefined;
  for (const r of raws) {
    if (r.drop && listed) nameRank(toks, r);
    // The card never shows a dropped figure, and nothing below undrops one or reads another figure's labels (a dropped
    // one is never lastMoney): what follows would be work for nothing, tagging sentences for it.
    if (r.drop && !listed) continue;
    // "eight times higher than a year earlier": a multiple, no count (multiple-type.ts).
    if (r.type === undefined && r.kind !== "money" && timesMultipleType(toks, r)) r.type = "other";
    partOfUnit(toks, r); // "shed 0.6 of a kilo": a weight in kg, no count of kilos (part-of-unit.ts).
    r.type ??= typeOf(r);
    // "3ft — along", "$889,000 — to": a label of words that name nothing takes a dimension or a subject
    // (lonely-label.ts).
    mendLonely(toks, r);
    crossedLabel(toks, r); // "Leaping over three cars": the cars leapt over, not a count of cars (motion-over.ts).
    // "The death toll in Nepal … more than 5,000": a place says where, the noun it is said of what (place-label.ts).
    placeInNoun(toks, r);
    placeAfterAmount(toks, r);
    // "the price of a check-up by a high-street optician in Exeter runs to £37": what is priced, not who charges, once
    // the place is mended (provider-price.ts).
    r.label = providerPrice(toks, r) ?? r.label;
    // "$349 in the US and £299 in the UK": the second price is the first's thing in another place (place-pair.ts).
    const paired = placePair(toks, r, lastMoney);
    if (paired !== undefined) r.label = paired;
    // "$3,000 in 1958, which would be around £25,000 by today's standards": the sum's thing, not the yardstick
    // (today-value.ts).
    const today = todayValue(r, lastMoney);
    if (today !== undefined) r.label = today;
    if (r.currency !== undefined && !r.drop) lastMoney = r;
    // "flights from Gatwick start at £65": a name after a preposition before the price says where, not what
    // (name-before-amount.ts).
    nameBeforeAmount(toks, r);
    // "Mats Hummels (Borussia Dortmund) £36m.": a list line prices the thing it opens with, not its bracket
    // (list-line.ts).
    listLinePrice(toks, r);
    // "Terrine of Duck, Pickled Pear and Toasted Brioche £7.50.": a bracketless menu line prices its dish
    // (list-line.ts).
    menuLinePrice(toks, r);
    creditPrice(toks, r); // "(Marsh & Tolley £14.99)": a review's credit prices the book, not its publisher (credit-price.ts).
    // "paid what looks like a bargain £38m", "priced at a cool $2.5 million": a judgement is no label
    // (judged-price.ts).
    judgedPrice(toks, r);
    // "which critics say would cost £280billion": what would cost it, not who says so (attribution-label.ts).
    attributionLabel(toks, r);
    cashPurpose(toks, r); // "paid £4,000 in cash to finish the roof": the purpose, not 'cash' (cash-purpose.ts).
    extraIn(toks, r); // "the extra £3bn in school spending": an addition to the spending, not all of it (extra-in.ts).
    speakerAfter(toks, r); // "a yearly return of 6% Norbank said": the frame, not who said it (speaker-after.ts).
    partSpent(toks, r); // "used some of the €64,000 on holidays": the sum, partly spent on them (part-spent.ts).
    sumOfSpent(toks, r); // "spent £2m of the grant on road repairs": the grant spent on them (part-spent.ts).
    // "awarded Mary Jones most of the $5million she had asked for": the sum sought, not the award (sought-amount.ts).
    soughtAmount(toks, r);
    // "penalties of up to 8 per cent of a firm's yearly revenue": the largest penalty allowed (penalty-share.ts).
    penaltyShare(toks, r);
    // "growth slowed in the fourth quarter to 5.6%": what reached it, not when (period-label.ts).
    periodSubject(toks, r);
    // "70 per cent more likely to binge drink", "revenues were likely to be £6bn": not "likely" (likely-label.ts).
    likelyLabel(toks, r);
    // "will raise £250,000", "to raise $50,000": money still to be raised is a target, not raised (raise-target.ts).
    raiseTarget(toks, r);
    // "with the hopes of making it to $100,000", "hoping to reach £10,000": a hoped-for amount is a target
    // (hoped-target.ts).
    hopedTarget(toks, r);
    // "more than the £60m brokers had forecast": the brokers' forecast, not the brokers (relative.ts).
    zeroRelative(toks, r);
    // "Unemployment hit a peak of 10%": the frame word and what reached it (peak-of.ts).
    peakOf(toks, r);
    // "Sales passed the £1bn mark": the line crossed names nothing; what crossed it does (mark.ts).
    lineReached(toks, r);
    // "on top of £40million it is paying in refunds", "to the tune of $2m": an idiom's noun is no label
    // (frame-noun.ts).
    frameNoun(toks, r);
    extraOn(toks, r); // "an extra £640 on their books": extra on books, a margin (extra-on.ts).
    // "Sterling's admirers with offers of up to £50million": what the money is, not who pays it (payer-label.ts).
    payerLabel(toks, r);
    // "bought Kenwood … in Weybridge, Surrey, for £20,000", "Kenya borrowed $2bn": a fallback's party (a place said
    // "in", a borrower) left when the sentence says no more is named by the clause's money verb (party-money.ts).
    if (r.fallback) r.label = moneyOverParty(toks, r, r.label) ?? r.label;
    // "Knitting a scarf using merino wool costs £15": the thing made, not the material (instrument-subject.ts).
    instrumentSubject(toks, r);
    // "a five-year contract worth £90,000": the next amount's "worth" is no word of the noun (worth-tail.ts).
    worthTail(toks, r);
    // "the costs … amount to over £10,000": "amount" before "to" is the verb, the subject what it is (amount-to.ts).
    amountTo(toks, r);
    // "tipped the scales at 70st": the weight, not the idiom's noun (scales-weight.ts).
    scalesWeight(toks, r, text);
    // "a 45 per cent decrease in its asking price": the change and what changed (change-in.ts).
    changeIn(toks, r);
    // "growth of 13.1% in the key manufacturing sector", "£35 bn cuts in public services": what changed
    // (change-after.ts).
    changeAfter(toks, r);
    // "a £13million boost taking his fortune to £20million": what the change took to a level (change-taking.ts), before
    // whose change it is ("Sheeran has enjoyed … a £13million boost" names less).
    changeTaking(toks, r);
    // "The UK clocked up growth of 2.8 per cent", "lending rose by £7.1bn, up from a £6.4bn rise": whose change
    // (change-owner.ts).
    changeOwner(toks, r);
    // "the index shed 600 points -- a 6 per cent fall", "output was released, showing 0.7% growth": the sentence's own
    // change restated, the main clause subject's (change-restated.ts).
    changeRestated(toks, r);
    ampersandOwner(toks, r); // "payments on Crown Life & General plans fell to 2.5%": the head (ampersand-owner.ts).
    // "proposed an increase to 3.5%": the level the change reaches, not the change (level-after.ts).
    levelAfter(toks, r);
    // "One member … voted to lift tariffs to 7%": a level a minority backed was not set (minority-vote.ts).
    minorityVote(toks, r);
    // "the pound has lost a quarter of its value": the fall in value, not 'value' (lost-value.ts).
    lostValue(toks, r);
    lostShare(toks, r); // "lost two-fifths of its passengers": the passengers lost, not their noun alone (lost-share.ts).
    // "the main share index has lost only 2%": a market's fall, not the market (market-fall.ts).
    marketFall(toks, r);
    // "the Pacific Growth 50 has risen by 5%": an index named with its digits changed (numbered-index.ts).
    numberedIndex(toks, r);
    // "sank a putt from 25 feet for a birdie": the shot a length was, not its unit (shot-distance.ts).
    shotDistance(toks, r);
    windowStretch(toks, r); // "the last 400m of the night": a stretch of it, not the night (window-stretch.ts).
    // "was suspended for 6-games": a ban's length, not its unit (ban-length.ts).
    banLength(toks, r);
    // "£6 million Young Readers Now programme": a name's adverb ends no label (name-adverb.ts).
    nameAdverb(toks, r);
    // "almost half (45 per cent) rely on food banks": who the share is of, not the fraction again
    // (fraction-bracket.ts).
    fractionBracket(toks, r);
    dashShare(toks, r); // "the possession his side were enjoying -- 70 per cent": that share (dash-share.ts).
    // "missed five months due to calf issues": a compound preposition's first word ends no label
    // (compound-preposition.ts).
    r.label = pastCompoundPreposition(r.label, text);
    // "56% Kane's pass completion rate": a label cut at an owner's possessive runs on to what is owned
    // (possessive-tail.ts).
    possessiveTail(toks, r);
    pricedOwner(toks, r); // "The €899 ($1,010) scooter's app tracks": the scooter priced (priced-owner.ts).
    // "beat two of his cousins and four others": what was done to the others, the first object's verb (others-verb.ts).
    othersVerb(toks, r);
    livesSaved(toks, r); // "if it means four lives get saved": lives hoped to be saved, no toll (lives-saved.ts).
    // "dubbed '$5 insanity'": a number in a quoted name is part of the name, no amount (quoted-name.ts).
    // "a roll of £50 notes": which banknote, no sum (banknote.ts); "which fans call 314": a name (named-number.ts).
    // 'His motto is "two steps forward"': a stock phrase counts nothing (stock-phrase.ts).
    // "take us two steps back": an idiom's few steps, no count (steps-idiom.ts).
    // "on her own two legs": a body's own pair, no count of legs (own-two.ts).
    // "the Topix, Fenwick and Hale's 250, and the Kospi": a stock index's name (index-name.ts).
    if (namesEvent(toks, r) || quotedName(toks, r) || banknote(toks, r) || namedNumber(toks, r) || stockPhrase(toks, r) || stepsIdiom(toks, r) || ownTwo(toks, r) || indexName(toks, r)) {
      // "the world 1500m champion": the race's name, not a distance anyone went (event-distance.ts).
      r.type = "identifier";
      r.drop = true;
    } else joinedOwner(toks, r); // "Marks and Spencer's 300 will close": the whole owner, not 'Spencer's' (joined-owner.ts).
    pairGoneOn(toks, r); // "hops along on two feet": a count of feet, no length (pair-gone-on.ts).
    // "from £1,940 pp based on two adults sharing": a price's terms, no figure of the story (price-basis.ts).
    if (priceBasis(toks, r)) r.drop = true;
    // "earn a vital three points": a league win's worth, no figure (win-points.ts).
    if (winPoints(toks, r)) r.drop = true;
    // "could have put the hosts two goals up": a lead a side might have had, no goals scored (unreal-lead.ts).
    if (unrealLead(toks, r)) r.drop = true;
    // "with 17 tries, needs one more to become the first … to reach 18 tries": a record's mark, not a second tally
    // (first-mark.ts).
    if (firstMark(toks, r)) r.drop = true;
    // "don't have 1 trait or the other": an idiom of choice, no count (one-or-other.ts).
    if (oneOrOther(toks, r)) r.drop = true;
    // "only three of the 21 whose teams were named came from the north": what the subset did (subset-doing.ts).
    // "Only nine of the 40 beaches were clean": the state that picks the subset out (beaches clean).
    const subset = subsetDoing(toks, r) || subsetState(toks, r);
    if (subset !== "") r.label = subset;
    // "Only 300 members voted for the plan": what the few did, not the noun alone (only-doing.ts).
    const few = subset === "" ? onlyDoing(toks, r) : "";
    if (few !== "") r.label = few;
    // "700 and 400 jobs will go in Wales and Scotland": each of a pair with its shared noun keeps its scope, as a bare
    // pair does (paired-scope.ts). "About 60 and 30 people were hurt in Paris and Lyon": with its verb folded in, the
    // noun alone is what stands after the numbers (paired-noun.ts).
    const shared = r.fold === undefined ? r.label : r.noun;
    if (shared !== undefined && r.currency === undefined && !r.percent && r.label !== "") r.label += pairedScope(toks, r, r.label, shared);
    lastItemsLevel(toks, r); // "last eight orders have been over 300": each order's size (last-items-level.ts).
    themState(toks, r); // "three of them have been late": the carried noun in that state (them-state.ts).
    // "wins 299 and 300 in her coaching career": a milestone, the career's tally, the step to it dropped
    // (milestone-pair.ts).
    milestonePair(toks, r);
    // "closed to within three goals of the 40-goal target": the shortfall to a mark, no tally (within-of.ts).
    withinOf(toks, r);
    // "gone five matches on the road without a victory": a run, by what it lacked (gone-without.ts).
    goneWithout(toks, r);
    // "who had not won in nine games": a run of games without the denied doing (count-without.ts).
    countWithout(toks, r);
    // "our flat is four blocks away": a distance in street units, not a count of blocks (counted-distance.ts).
    countedDistance(toks, r);
    // "stopped six times in the past two months": the window of a count of times, said with it (times-window.ts).
    if (timesWindow(toks, r)) r.drop = true;
    // "five wardens were charged … after a similar death in 2009": an earlier case's count (earlier-case.ts).
    earlierCase(toks, r);
    // "Rovers 2008/09 - 188.": a season table's line, whose measure only the prose above says (season-line.ts).
    if (seasonLine(toks, r)) r.drop = true;
    // "glittered like a thousand tiny jewels": a simile's round number, no count (simile.ts).
    if (simile(toks, r)) r.drop = true;
    // "Baking is seven days a week": the whole period, an idiom for all the time, no span (whole-period.ts).
    if (wholePeriod(toks, r)) r.drop = true;
    // "About 40,000 years ago -- give or take 5,000": a margin, no second amount (give-or-take.ts).
    if (marginGiven(toks, r)) r.drop = true;
    // '"Would you clean someone's car for £3?"': a case put in a question, not reported (asked-hypothetical.ts).
    if (askedHypothetical(toks, r)) r.drop = true;
    // "Otherwise I'd be a nurse now with two or three kids", "Drop three games next month and they will call me a fool":
    // a case the speaker puts, nothing that happened (self-conditional.ts, imperative-condition.ts).
    if (selfConditional(toks, r) || imperativeCondition(toks, r)) r.drop = true;
    // "a leading side can drop three, four, five points in a week": a generic possibility (possible-run.ts).
    if (possibleRun(toks, raws, r)) r.drop = true;
    // 'hadn't put "10 cents" towards the flat': a quoted trifle, a figure of speech for nothing (quoted-trifle.ts).
    if (quotedTrifle(toks, r)) r.drop = true;
    // "11/10 that the mercury climbs to 98F": the line a bet is struck on, no reading (bet-threshold.ts).
    if (betThreshold(toks, r)) r.drop = true;
    // "you don't need a £10,000 bike": an amount said not to be needed is a hypothetical, ranked low.
    // "the chance of becoming the 1,000th number one": a rank hoped for, ranked as low (prospect.ts).
    // "trying to avoid a sixth straight loss": a run that never happened, dropped; "looking for a third straight win":
    // one only aimed at, ranked as low (unmet-rank.ts).
    // "babies will die", "could cut up to 45,000 jobs": a count's verb under a modal is no past (forecast-fold.ts).
    const forecast = forecastFold(toks, r);
    if (forecast !== undefined) r.label = forecast;
    // "a UN target that calls for 60% coverage": a level asked for, no level reached (level-target.ts).
    const target = levelTarget(toks, r);
    if (target !== undefined) r.label = target;
    const unmet = unmetRank(toks, r);
    if (unmet === "avoided") r.drop = true;
    if (hypothetical(toks, r.s) || prospect(toks, r) || unmet === "sought") r.factor *= HYPOTHETICAL_FACTOR;
    threshold(toks, r); // "would … once she gets to a thousand": a milestone put as a case (threshold.ts).
    if (perItem(toks, r)) r.factor *= PER_ITEM_FACTOR;
    const owner = ownerOf(toks, r);
    if (owner !== undefined) r.owner = owner;
    // "Those freed included 85 children": a part of a total named before it (included-part.ts).
    if (includedPart(toks, r)) r.part = true;
    // "Kestrel expects 6 million units": whose forecast the count is, not a tally of units (forecast-object.ts).
    forecastObject(toks, r);
    // "expect rents to rise by 2%", "forecast a 5% fall in car sales": an expectation, not a change (expected-change.ts).
    expectedChange(toks, r);
    // ".01 per cent" is shown with its point (leading-point.ts).
    r.from = toks[leadingPoint(toks, r.s) ? r.s - 1 : r.s]?.start ?? 0;
    r.to = toks[r.e - 1]?.end ?? 0;
    if (r.to <= r.from) r.drop = true;
  }
}

/** The type of a figure labelling did not type: from its currency, percent sign, order or kind. */
function typeOf(r: Raw): NumberType {
  if (r.currency !== undefined) return "money";
  if (r.percent) return "percent";
  if (r.kind === "rank") return "rank";
  if (r.ordinal) return "ordinal";
  if (r.kind === "measure") return "measure";
  return "count";
}
