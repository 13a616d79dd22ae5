import type { KeyFigure, Money } from "#brief/figures/card/figure.ts";
import { CASUALTY_WORDS, DETERMINERS, FOLD_PEOPLE, FOLD_VERBS, GENERIC_PEOPLE, labelClass, PREPOSITIONS, wordClasses } from "#brief/figures/language/lexicon.ts";
import { othersSet } from "#brief/figures/label/ellipsis/others.ts";
import { roundedFrom, sidedFrom } from "#brief/figures/card/rounded.ts";
import { restated, setApart } from "#brief/figures/card/restated.ts";
import { contentTerms } from "#news/terms.ts";
import { sharePredicatesDiffer } from "#brief/figures/card/share-predicate.ts";
import { clauseDeed } from "#brief/figures/card/same-deed.ts";

// When two figures of a card are one fact said twice, as an editor reads them: the card keeps the first.

/** A figure with the text of its sentence, which the card needs to tell a repeated line from two facts. */
export interface FactFigure {
  figure: KeyFigure;
  sentenceText: string;
  /** The money its sentence converts it to ("200,000 rubles (£2,500)"). */
  conversions?: readonly Money[];
  /** Where its display stands in its sentence: "the two young cats" points back at a count said before (restated.ts). */
  position?: number;
  /** Where its display ends in its sentence: the words after it say what was done to what it counts (same-deed.ts). */
  end?: number;
}

/** `a`'s sentence converted it to `b`'s money: "fined 200,000 rubles (£2,500)" and later "fined £2,500" are one fine. */
function convertedTo(a: FactFigure, b: KeyFigure): boolean {
  return b.kind === "money" && a.figure.kind === "money" && (a.conversions ?? []).some((c) => c.currency === b.unit && c.value === b.value);
}

// Stems that name no thing of their own: "scored four times" and "married four times" share only the "times".
const GENERIC_STEMS = new Set(["time", "total", "number"]);

/** The label's words, plural -s dropped: "years in prison" and "years" share "year", which content stems leave out. */
function labelWords(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of label.toLowerCase().split(" ")) {
    if (w.length < 2 || DETERMINERS.has(w) || PREPOSITIONS.has(w)) continue;
    out.add(w.endsWith("s") ? w.slice(0, -1) : w);
  }
  return out;
}

/** The label's content stems: "capped"/"caps" and "arrests"/"arrested" meet here. */
function labelStems(label: string): Set<string> {
  const out = new Set<string>();
  for (const s of contentTerms(label)) if (!GENERIC_STEMS.has(s)) out.add(s);
  return out;
}

/** Share of the smaller set that the other holds too. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

// "hundreds of firefighters … hundreds of homes": a vague amount is no measurement, so two of them are two facts.
const VAGUE = /\b(?:dozens?|scores|hundreds|thousands|millions|billions|tens)\b/i;

/**
 * The least exact amount that, said twice in different sentences of one story with the same type and unit, is taken
 * for the same fact whatever each sentence calls it ("capped 25 times" / "on 25 occasions", "147 people killed" /
 * "the 147 students"): over the first 3,000 cnndm-dev cards, pairs of equal amounts from 10 up were mostly one fact,
 * pairs of small counts ("two teens", "two countries") mostly two (npx tsx scripts/figures-duplicates.ts --show value).
 */
const DISTINCTIVE = 10;

// What a story tallies, by class: equal tallies of two classes are two facts that happen to agree ("10 goals in
// his last 10 matches", "26 people killed" / "26 rounds", "129 people killed" / "129 arrests"); of one class
// ("56 caps" / "played 56 times") they may be one.
const TALLIES = wordClasses({
  goal: "goals goal tally strikes",
  appearance: "caps capped appearances games matches starts outings played",
  point: "points",
  win: "wins victories",
  defeat: "defeats losses",
  round: "rounds",
  rebound: "rebounds",
  assist: "assists",
  run: "runs",
  wicket: "wickets",
  arrest: "arrests arrested",
  casualty: "killed died dead deaths victims lives murdered drowned executed",
  injury: "injured wounded injuries hurt hospitalised hospitalized",
});

// A game noun with its result after it counts results, not games played: "won seven on the spin" reads 'games won',
// which is 'seven wins' said again (cnndm-dev's one streak carded twice); "matches lost" is defeats. Only the game
// itself takes a result: "caps won" are still appearances, and "lives lost" stay a toll.
const GAMES = new Set(["games", "game", "matches", "match", "fixtures", "ties", "bouts", "fights"]);
const RESULTS = wordClasses({ win: "won", defeat: "lost" });

function tallyOf(label: string): string | undefined {
  const words = label.toLowerCase().split(" ");
  const game = words.findIndex((w) => GAMES.has(w));
  const result = game < 0 ? undefined : labelClass(RESULTS, words.slice(game + 1).join(" "));
  return result ?? labelClass(TALLIES, label);
}

// What a sum of money is, by class: equal sums of two classes are two facts that happen to agree ("a transfer fee of
// nearly £4 million" / "the wage bill has passed £4 million", card-audit-50's made-up shape 13); of one class
// ("£4m fee" / "the £4m bid") or with no class ("£4m deal", "payment", "payout", "cost": words for any sum) they
// are one, as any two equal sums were.
const ACCOUNTS = wordClasses({
  price: "fee fees price prices transfer bid offer valuation",
  pay: "wage wages salary salaries earnings bonus bonuses",
  penalty: "fine fines penalty damages compensation settlement",
  result: "profit profits loss losses revenue revenues turnover sales",
  debt: "debt debts loan loans deficit",
  budget: "budget funding grant grants investment",
  tax: "tax taxes",
});

/**
 * A sum's class by the head of its first compound of class words: "loan fee" is a fee (a price), as "transfer fee"
 * is, so "a £2m loan fee" and "the £2m fee" stay one fact (the first word alone made the loan fee a debt).
 */
function accountOf(label: string): string | undefined {
  const words = label.toLowerCase().split(" ");
  const first = words.findIndex((w) => ACCOUNTS.has(w));
  if (first < 0) return undefined;
  let head = first;
  while (ACCOUNTS.has(words[head + 1] ?? "")) head++;
  return ACCOUNTS.get(words[head]!);
}

/** Whether two sums' labels name two classes of sum ('transfer fee', 'wage bill'). */
function otherAccounts(a: string, b: string): boolean {
  const ca = accountOf(a);
  const cb = accountOf(b);
  return ca !== undefined && cb !== undefined && ca !== cb;
}

/** The deed a label names: its tally's class ('casualty' of "people killed" or "victims", 'arrest') or a fold verb ("charged"). */
function labelDeed(label: string): string | undefined {
  const tally = tallyOf(label);
  if (tally !== undefined) return tally;
  return label.toLowerCase().split(" ").find((w) => FOLD_PEOPLE.has(w));
}

/**
 * `b` is the group `a`'s label says the deed was done to: `b`'s own clause says the same was done to it ("his seven
 * children were discovered dead" / "seven of the eight victims"; "the five suspects had been formally charged" / "Five
 * men were charged"). The label reader missed the verb a few words on; with it the two labels would have met as one fact.
 */
function deedRestated(a: FactFigure, b: FactFigure): boolean {
  const deed = labelDeed(a.figure.label);
  if (deed === undefined) return false;
  const done = clauseDeed(b);
  return done !== undefined && (tallyOf(done) ?? done) === deed;
}

/**
 * The classes of the deeds a toll's label names ("killed", "died", "injured"): "victims" or "deaths" name no deed of
 * their own ("265 victims" may be the 265 injured), so they set no toll apart.
 */
function tollDeeds(label: string): Set<string> {
  const out = new Set<string>();
  for (const w of label.toLowerCase().split(" ")) {
    const deed = CASUALTY_WORDS.get(w);
    const c = deed === undefined ? undefined : TALLIES.get(deed);
    if (c !== undefined) out.add(c);
  }
  return out;
}

/** Two tolls of two deeds: "two people died" and "two firefighters were injured" are two facts. */
function otherTolls(fa: KeyFigure, fb: KeyFigure): boolean {
  if (fa.kind !== "casualties" || fb.kind !== "casualties") return false;
  const ca = tollDeeds(fa.label);
  const cb = tollDeeds(fb.label);
  return ca.size > 0 && cb.size > 0 && ![...ca].some((c) => cb.has(c));
}

/** Two labels that count one result: 'games won' and 'wins', 'matches lost' and 'defeats'. */
function sameResult(a: string, b: string): boolean {
  const t = tallyOf(a);
  return (t === "win" || t === "defeat") && t === tallyOf(b);
}

/** How close an amount must be to the level a change implies to be that level: percentages are rounded. */
const IMPLIED_LEVEL = 0.01;

/**
 * `b` is the earlier level `a`'s change implies: "£4.5bn, up 18%" beside "£3.8bn" (4.5 / 1.18 = 3.81), "14.27 million
 * tonnes, 24% higher than in 2003" beside 2003's "11.49 million tonnes". A card that prints the change need not print
 * the level again. A level `a` states ("from £40m") is left out: on cards over cnndm-dev and dev-bbc an equal figure
 * beside one was a coincidence or a misread pair ("seven assists compared to Hazard's 12 goals") more often than not.
 */
export function earlierLevel(a: KeyFigure, b: KeyFigure): boolean {
  if (a.unit !== b.unit || a.valueMax !== undefined || b.valueMax !== undefined || b.change !== undefined || b.previous !== undefined) return false;
  if (a.change === undefined || (a.change.direction === "down" && a.change.value >= 100)) return false;
  const level = a.value / (1 + ((a.change.direction === "up" ? 1 : -1) * a.change.value) / 100);
  return Math.abs(b.value - level) <= IMPLIED_LEVEL * level;
}

/**
 * How far past its own value a vague amount reaches: "hundreds of" and "dozens of" an order of magnitude, "thousands of"
 * and "millions of" up to the next scale word ("thousands of jobs" may be 45,000 of them).
 */
export function vagueReach(f: KeyFigure): number | undefined {
  const word = VAGUE.exec(f.qualifier ?? "")?.[0]?.toLowerCase();
  if (word === undefined) return undefined;
  return word === "thousands" || word === "millions" || word === "billions" ? 1000 : 10;
}

/**
 * `a` is a vague amount that `b` states exactly: the same thing counted ("thousands of jobs shed" beside "up to 45,000
 * jobs cut", labels alike as sameFact reads them) and `b`'s amount within `a`'s reach. The exact figure says all the
 * vague one does, so a card holds it alone. Not two of one sentence under one label: "Hundreds of migrants drowned off
 * Libya, and about 150 off Tunisia" lists two places' tolls, the second carrying the first's label, and it took the
 * first's place on the card. (One sentence's two amounts with labels of their own are left to the labels: "a price tag
 * under £80,000 … tens of thousands of pounds cheaper" kept the price alone, a dev card the guard for any one sentence
 * reordered behind the vague difference, the price's label a fallback.)
 */
export function vaguerThan(a: KeyFigure, b: KeyFigure): boolean {
  const reach = vagueReach(a);
  if (reach === undefined || vagueReach(b) !== undefined || a.unit !== b.unit || a.kind !== b.kind) return false;
  if (a.sentence === b.sentence && a.label === b.label) return false;
  if (b.value < a.value || b.value >= a.value * reach) return false;
  const wa = labelWords(a.label);
  const wb = labelWords(b.label);
  return overlap(wa, wb) >= 0.5;
}

/** An exact amount, no range or change: "hundreds of people died" and "hundreds of residents were evacuated" tell nothing. */
const plainCount = (f: KeyFigure): boolean => f.valueMax === undefined && f.change === undefined && !VAGUE.test(f.display);

const inOrder = (f: KeyFigure): boolean => f.type === "ordinal" || f.type === "rank";

/** Two sentences that say the same with other words: most of the shorter one's content words are in the other. */
const NEAR_DUPLICATE = 0.6;

/**
 * Labels that name one thing: half the words of the shorter in the other, a content stem in common, or "people"
 * beside a count of people ("5.2 million Germans" / "5.216 million people").
 */
function alikeLabels(fa: KeyFigure, fb: KeyFigure): boolean {
  if (overlap(labelWords(fa.label), labelWords(fb.label)) >= 0.5 || overlap(labelStems(fa.label), labelStems(fb.label)) > 0) return true;
  const people = (f: KeyFigure): boolean => f.kind === "people" || /^\p{Lu}\p{Ll}+s$/u.test(f.label);
  return (GENERIC_PEOPLE.has(fa.label.toLowerCase()) && people(fb)) || (GENERIC_PEOPLE.has(fb.label.toLowerCase()) && people(fa));
}

/** A sum of money, a toll or a percentage: said twice, one fact whatever each sentence calls it. */
const labelFree = (f: KeyFigure): boolean => f.kind === "casualties" || f.kind === "money" || f.kind === "percent";

/**
 * `r` rounds, to a side, a sum of money or a toll `x` states exactly: one fact however each sentence words it, as when
 * said twice alike ("killing more than 1,800 people" / "The death toll of 1,832", "just under $300 a night" / "costs
 * $295 a night"). `x` must be exact: "in excess of £14.6 million" may be this payout and "just under £15 million" the
 * record. Percentages stay with alikeLabels: a story's shares are often a point apart.
 */
function roundedSum(r: KeyFigure, x: KeyFigure): boolean {
  return r.kind === x.kind && (r.kind === "money" || r.kind === "casualties") && x.qualifier === undefined && sidedFrom(r, x);
}

export function sameFact(a: FactFigure, b: FactFigure): boolean {
  const fa = a.figure;
  const fb = b.figure;
  if (earlierLevel(fa, fb) || earlierLevel(fb, fa) || convertedTo(a, fb) || convertedTo(b, fa)) return true;
  // "More than 5.2 million Germans" and "5.216 million people": one amount, once rounded.
  if ((roundedFrom(fa, fb) || roundedFrom(fb, fa)) && alikeLabels(fa, fb)) return true;
  if (roundedSum(fa, fb) || roundedSum(fb, fa)) return true;
  if (fa.value !== fb.value || fa.unit !== fb.unit) return false;
  // A place in an order is never a multiple ("other"): "the third leading online search firm" and "revenue nearly
  // tripled" share a stem and a 3. ("a seventh" that ends "seven attackers died" is one of the seven: a count.)
  if ((inOrder(fa) && fb.type === "other") || (inOrder(fb) && fa.type === "other")) return false;
  // A fee and a wage bill of one value are two sums that happen to agree (accountOf).
  if (fa.kind === "money" && fb.kind === "money" && otherAccounts(fa.label, fb.label)) return false;
  // "one in four renters … will be behind on their rent" / "nearly one in four renters will live on …": a share in
  // words whose group does another thing is another fact (share-predicate.ts).
  if (sharePredicatesDiffer(fa, a.sentenceText, fb, b.sentenceText)) return false;
  if (otherTolls(fa, fb)) return false;
  // The same sum of money, toll or percentage twice is one fact however each sentence words it
  // ("100 per cent natural" / "100 percent real", "as much as 30%" / "30% hike").
  if (fa.kind === fb.kind && labelFree(fa)) return true;
  // "Four members were caught … Four other members were arrested": "other" sets the second apart (others.ts).
  if (othersSet(fa.label) !== othersSet(fb.label)) return false;
  // Labels that say the same: half the words of the shorter one in the other, or one content stem in common.
  const wa = labelWords(fa.label);
  const wb = labelWords(fb.label);
  if (wa.size === 0 || wb.size === 0 ? fa.label === fb.label : overlap(wa, wb) >= 0.5) return true;
  if (overlap(labelStems(fa.label), labelStems(fb.label)) > 0 || sameResult(fa.label, fb.label)) return true;
  if (fa.type !== fb.type || fa.sentence === fb.sentence) return false;
  if (restated(a, b)) return true;
  const ta = tallyOf(fa.label);
  const tb = tallyOf(fb.label);
  if (ta !== undefined && tb !== undefined && ta !== tb) return false;
  // "his seven children were discovered dead" / "seven of the eight victims": one toll (deedRestated).
  if (plainCount(fa) && plainCount(fb) && (deedRestated(a, b) || deedRestated(b, a))) return true;
  if (fa.value >= DISTINCTIVE && !VAGUE.test(fa.display) && !VAGUE.test(fb.display)) return true;
  return nearDuplicate(a, b);
}

/** A group's noun: a label's last word that is no deed ("students" of "students lost"), plural -s dropped. */
function groupHead(label: string): string | undefined {
  const words = label.toLowerCase().split(" ");
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (w !== "" && !CASUALTY_WORDS.has(w) && !FOLD_PEOPLE.has(w) && !FOLD_VERBS.has(w)) return w.endsWith("s") ? w.slice(0, -1) : w;
  }
  return undefined;
}

/**
 * `x`, a figure the card found to say again its figure `f`, and `b` name one group ("seven — children" twice, or
 * "nursing students" and "students lost"), so `b` says `f` again too: exact amounts of one value, unit and type, one
 * noun at the head of both labels, `b` not set apart ("five other men"), and no deed named of `b` other than the one `f`'s label
 * names ("five men" said of the dead, then "five men arrested"). Only a group's own noun carries over: two sums of no
 * class ("£4m deal") would chain a fee to a wage bill, "millions of people" any million to the 57 million it was said
 * of, and "two nuclear reactors" Takahama's reactors to "two nuclear facilities".
 */
export function saysAgainOf(f: FactFigure, x: FactFigure, b: FactFigure): boolean {
  const fx = x.figure;
  const fb = b.figure;
  if (fx.value !== fb.value || fx.unit !== fb.unit || fx.type !== fb.type || !plainCount(fx) || !plainCount(fb)) return false;
  // "There were five other men in the house": the label keeps no "other", the words after the number do.
  if (setApart(b)) return false;
  const deed = labelDeed(fb.label);
  if (deed !== undefined && deed !== labelDeed(f.figure.label)) return false;
  const head = groupHead(fx.label);
  return head !== undefined && head === groupHead(fb.label);
}

/** The sentences' content stems, the amount's own words left out ("five" would make any two "five"s alike). */
export function nearDuplicate(a: FactFigure, b: FactFigure): boolean {
  const own = new Set([...contentTerms(a.figure.display), ...contentTerms(b.figure.display)]);
  const words = (f: FactFigure) => new Set(contentTerms(f.sentenceText).filter((t) => !own.has(t)));
  const wa = words(a);
  const wb = words(b);
  return overlap(wa, wb) >= NEAR_DUPLICATE;
}
