import type { LeftOut, Sentence } from "#news/sentences.ts";
import { type FigureKind, type KeyFigure, MAX_LABEL_WORDS, type Money, type Raw } from "#brief/figures/card/figure.ts";
import { factBoxFigure, factBoxLines } from "#brief/figures/read/type/fact-box.ts";
import { cutClauses } from "#brief/figures/read/type/cut-clause.ts";
import { anaphoric, changeAntecedent, figureAntecedent } from "#brief/figures/label/ellipsis/figure-anaphor.ts";
import { DANGLING } from "#brief/figures/label/measures/lonely-label.ts";
import { kindHead } from "#brief/figures/label/counts/kind-of.ts";
import { eventIn } from "#brief/figures/label/measures/race-time.ts";
import { untimed } from "#brief/figures/label/durations/label-duration.ts";
import { nameAsSubject, numberNames } from "#brief/figures/read/type/number-name.ts";
import { countsOthers, othersLabel } from "#brief/figures/label/ellipsis/others.ts";
import { possessedPart } from "#brief/figures/label/ellipsis/possessed-part.ts";
import { outOfPart } from "#brief/figures/label/ellipsis/out-of-part.ts";
import { themSubject } from "#brief/figures/label/ellipsis/them-subject.ts";
import { pronounPlace } from "#brief/figures/label/ranks/pronoun-place.ts";
import { economicGrowth } from "#brief/figures/label/change/economic-growth.ts";
import { sentenceFigures } from "#brief/figures/card/sentence.ts";
import { newsSpan } from "#brief/figures/card/news-span.ts";
import { heldBeside } from "#brief/figures/card/held-beside.ts";
import { partWholes } from "#brief/figures/card/part-whole.ts";
import { benchmarkRates } from "#brief/figures/card/benchmark-rate.ts";
import { countsProduct } from "#brief/figures/card/product-count.ts";
import { contentTerms } from "#news/terms.ts";
import { spelledLabel, spelledUnit } from "#brief/figures/card/unit-spelling.ts";
import { turnedDisplay } from "#brief/figures/read/amount/negated-cap.ts";

// The card's candidates: every figure of the article, read and labelled, with the signals the ranking weighs.

/** What the ranking knows of a candidate, each signal in [0, 1] or a count; CardWeights says how much each weighs. */
export interface CardSignals {
  kind: FigureKind;
  /** Its own weight within its kind from reading: descriptive compounds, breakdowns, hypotheticals weigh less. */
  factor: number;
  /** Salience of its sentence from the bullet ranking, in [0, 1]. */
  salience: number;
  /** Index of its sentence: the inverted pyramid puts what matters first. */
  sentence: number;
  /** Its label was taken from the nearest noun phrase, not read from the parse. */
  fallback: boolean;
  /** A duration that is background (not a prison term, a ban or a stay). */
  period: boolean;
  /** A background duration in the first two sentences, no match clock: the news' own span (news-span.ts). */
  span: boolean;
  /** A duration that is the news: a prison term, a ban, a stay in hospital. */
  term: boolean;
  /** How many more times the article states the same amount. */
  repeats: number;
  /** It moved: the sentence gives its earlier level or its change ("from 95 million to 250 million", "up 76%"). */
  moved: boolean;
  /** Its label shares a content word with the headline (without one, the first sentence): what the story is about. */
  about: boolean;
  /**
   * Its sentence says it is held by a firm or person the headline and the first sentence do not name (owner.ts); a
   * term or a distance only beside the story's own of its kind (role-owner.ts, term-holder.ts, held-beside.ts).
   */
  other: boolean;
}

export interface Candidate {
  figure: KeyFigure;
  signals: CardSignals;
  /** Offset of the display in its sentence: the last tie-break. */
  position: number;
  /** Where the display ends in its sentence, a shared scale counted in (restated.ts): past the words a turned bound replaced. */
  end: number;
  /** The text of its sentence: two equal amounts in near-identical sentences are one fact (same-fact.ts). */
  sentenceText: string;
  /** The money its sentence converts it to: said again later, the same fact (same-fact.ts). */
  conversions?: readonly Money[];
  /** The label the card shows in place of the figure's, which the ranking reads (Raw's `placed`). */
  placed?: string;
  /** The index of the total it is a part of, among the article's candidates (part-whole.ts): never ranked above it. */
  whole?: number;
}

export interface CandidateOptions {
  salience?: readonly number[];
  tagger?: boolean;
  /** What the story is about, in its own words: a figure whose label shares one ranks higher (CardWeights.about). */
  headline?: string;
  /** What the cleaner left out of the story (readSentences' leftOut): its fact-box lines (fact-box.ts) and clauses cut from their subject (cut-clause.ts) are read by the card, never by the bullets. */
  leftOut?: readonly LeftOut[];
}

/** A label cut to the card's length, without the dangling words it ends on (lonely-label.ts' DANGLING; one word is always kept). */
function shortLabel(label: string): string {
  const words = label.split(" ");
  // "likelier to develop type 1 diabetes": a name's digits between two words are of the word before, no word of their
  // own (likely-label.ts keeps them), so the name is not cut after them ('… type 1').
  let take = 0;
  for (let counted = 0; take < words.length && counted < MAX_LABEL_WORDS; take++) {
    if (!(take > 0 && take + 1 < words.length && /^\d+$/.test(words[take]!))) counted++;
  }
  const cut = words.slice(0, take);
  let end = cut.length;
  while (end > 1 && DANGLING.has(cut[end - 1]!)) end--;
  return end === words.length ? label : cut.slice(0, end).join(" ");
}

function salienceOf(salience: readonly number[] | undefined, index: number, count: number): number {
  if (salience !== undefined) {
    const s = salience[index];
    return typeof s === "number" && Number.isFinite(s) ? Math.min(1, Math.max(0, s)) : 0;
  }
  // Without the ranking, the inverted pyramid: earlier sentences matter more.
  return count <= 1 ? 1 : 1 - index / count;
}

/**
 * What the story is about, as content stems: its headline's, or without one its first sentence's, which says the same
 * in an inverted pyramid (the first by index, so the answer does not depend on the order the sentences arrive in). A
 * figure counting that ("7.5bn euros" of Pernod under "Pernod takeover talk lifts Domecq", "more than 10,000 migrants"
 * in a story of migrants lost at sea) is the news more often than one counting something else ("1.8bn euros" of debt,
 * "145 rescued").
 */
/** The story's first sentence by index (the sentences may come in any order). */
function firstSentence(sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.reduce<Sentence | undefined>((a, x) => (a === undefined || x.index < a.index ? x : a), undefined);
}

function aboutTerms(sentences: readonly Sentence[], headline: string | undefined): Set<string> {
  if (headline !== undefined && headline.trim() !== "") return new Set(contentTerms(headline));
  const first = firstSentence(sentences);
  return new Set(contentTerms(first?.text ?? ""));
}

/**
 * Whether a figure counts what the story is about. A handful of the story's things is detail more often than news
 * ("two cookies" in a story of cookies, "three migrant boats" in one of migrants, "five decades" of a yoga empire), so a
 * count, head count or measure under 10 is not lifted; a rank ("a third person arrested"), a toll, money and shares are.
 */
function countsTopic(r: Raw, label: string, topic: ReadonlySet<string>): boolean {
  if (r.value < 10 && (r.kind === "count" || r.kind === "people" || r.kind === "measure")) return false;
  return countsProduct(r, label) || contentTerms(label).some((t) => topic.has(t));
}

/**
 * The words that name the story's subject: the headline's and the first sentence's, lowercased, each also with its
 * spaces closed up so "TimeWarner" in the story meets "Time Warner" in the headline.
 */
function subjectWords(sentences: readonly Sentence[], headline: string | undefined): Set<string> {
  const first = firstSentence(sentences);
  const out = new Set<string>();
  for (const text of [headline ?? "", first?.text ?? ""]) {
    const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}&-]*/gu) ?? [];
    for (let k = 0; k < words.length; k++) {
      out.add(words[k]!.replace(/'s$/, ""));
      if (k > 0) out.add(`${words[k - 1]}${words[k]}`);
    }
  }
  return out;
}

/** A holder the story is not about: none of its words, nor all of them closed up, name the story's subject. */
function someoneElse(owner: string, subject: ReadonlySet<string>): boolean {
  const words = owner.toLowerCase().split(" ");
  return !words.some((w) => subject.has(w)) && !subject.has(words.join(""));
}

/** How many sentences back a count of "others" that opens its sentence looks for what it stands for (others.ts). */
const OTHERS_REACH = 2;

/** A sentence the card reads, its figures, and for a left-out line the story sentence it ranks as. */
interface ReadSentence {
  sentence: Sentence;
  raws: Raw[];
  at: number | undefined;
}

const amountKey = (r: Raw): string => `${r.value}|${r.currency ?? ""}|${r.percent ? "%" : ""}`;

/**
 * The left-out lines the card reads, after the story's sentences: the fact box's, then the clauses cut from their
 * subject. Apart from cardCandidates, and asked only when something was left out, because these lines are rare (one
 * bench article of 1,214 has a fact box): met first after cardCandidates was compiled, they undid its compiled code
 * and V8 compiled the whole function again inside the bench's timed passes (speed38).
 */
function readLeftOut(read: ReadSentence[], leftOut: readonly LeftOut[], count: number, tagger: boolean): void {
  const box = factBoxLines(leftOut, count);
  for (const line of box) {
    const r = factBoxFigure(line);
    // Where the box sits in the story: its figures rank as the story sentence before it does.
    if (r !== undefined) read.push({ sentence: line, raws: [r], at: Math.max(0, line.after - 1) });
  }
  // "clocked a new UK record of 7.98 seconds": a clause whose subject the source cut, read as a story sentence (cut-clause.ts).
  for (const line of cutClauses(leftOut, count + box.length)) read.push({ sentence: line, raws: sentenceFigures(line, tagger), at: Math.max(0, line.after - 1) });
}

/** Every candidate figure of the article in reading order, with its ranking signals. Never throws on any text. */
export function cardCandidates(sentences: readonly Sentence[], options: CandidateOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  const count = sentences.length;
  let byIndex: Map<number, Sentence> | undefined;
  // Every entry has one shape ('at' undefined for a story sentence) in an array grown by push, so the optimizing
  // compiler meets one object and one array layout here whatever the article: a layout it had not met undid this
  // function's compiled code, and its recompiling was a few per cent of a brief's CPU (speed37).
  const read: ReadSentence[] = [];
  for (const sentence of sentences) {
    read.push({ sentence, raws: sentenceFigures(sentence, options.tagger ?? true), at: undefined });
  }
  if (options.leftOut !== undefined && options.leftOut.length > 0) readLeftOut(read, options.leftOut, count, options.tagger ?? true);
  const topic = aboutTerms(sentences, options.headline);
  let subject: Set<string> | undefined;
  // Whether some duration or measure is marked another's: then heldBeside weighs it against the story's own, knowing
  // which candidates' sentences name who holds them.
  let heldOther = false;
  const holders: boolean[] = [];
  // Which candidates are said as a part of a total before them, and whether any is: then partWholes ties them.
  const parts: boolean[] = [];
  let anyPart = false;
  let names: Set<string> | undefined;
  // How often each amount recurs in the article: a number the story repeats is one it is about.
  const seen = new Map<string, number>();
  // Each amount's key made once (a number written out as a string costs more than the look-ups): nothing below
  // changes an amount's value, currency or percent sign before its key is read again.
  const keys: string[][] = [];
  for (const { raws } of read) {
    const list: string[] = [];
    for (const r of raws) list.push(amountKey(r));
    keys.push(list);
  }
  for (const list of keys) for (const key of list) seen.set(key, (seen.get(key) ?? 0) + 1);
  for (let n = 0; n < read.length; n++) {
    const { sentence, raws, at = sentence.index } = read[n]!;
    // The figures of the sentence right before, when it has any: what an anaphor, a "them" or a possessive may refer to.
    const previous = n > 0 && read[n - 1]!.sentence.index === sentence.index - 1 ? read[n - 1]!.raws : undefined;
    for (let m = 0; m < raws.length; m++) {
      const r = raws[m]!;
      if (r.raceTime) {
        // "Gardener won the 60m … He clocked 6.56 seconds": the event is often named a sentence or two before.
        // Looked up by index, so the answer does not depend on the order the sentences arrive in.
        byIndex ??= new Map(sentences.map((x) => [x.index, x]));
        for (let k = sentence.index - 1; k >= sentence.index - 3 && k >= 0; k--) {
          const text = byIndex.get(k)?.text;
          const event = text === undefined ? undefined : eventIn(text);
          if (event !== undefined) {
            r.label = `${event} time`;
            break;
          }
        }
      }
      // "this figure would have risen to £60 million": the amount named just before is what it is of; "That marks a 24
      // per cent increase": a change in the one amount the sentence before named (figure-anaphor.ts).
      const anaphor = anaphoric(r.label);
      if (anaphor || (r.percent && m === 0)) {
        const before = previous ?? [];
        r.label = (anaphor ? figureAntecedent(sentence.text, r, raws.slice(0, m), before) : changeAntecedent(sentence.text, r, before)) ?? r.label;
      }
      // "Britain was the best performing major economy …, with growth of 2.8 per cent": economic growth (economic-growth.ts).
      r.label = economicGrowth(r.label, r.percent, sentence.text, () => (byIndex ??= new Map(sentences.map((x) => [x.index, x]))).get(sentence.index - 1)?.text) ?? r.label;
      // "killing 12 people and injuring 70 others", "One witness … two others told": the noun "others" stands for (others.ts).
      if (countsOthers(r)) {
        byIndex ??= new Map(sentences.map((x) => [x.index, x]));
        // The two sentences before, nearest first, with their figures when they hold any.
        const prior: { text: string; raws: readonly Raw[] }[] = [];
        for (let back = 1; back <= OTHERS_REACH; back++) {
          const text = byIndex.get(sentence.index - back)?.text;
          let held: ReadSentence | undefined;
          for (let j = Math.max(0, n - back); j < n && held === undefined; j++) {
            if (read[j]!.sentence.index === sentence.index - back) held = read[j];
          }
          if (text !== undefined) prior.push({ text, raws: held?.raws ?? [] });
        }
        r.label = othersLabel(sentence.text, r, raws.slice(0, m), prior) ?? r.label;
      }
      // "The council found 80 broken street lights. Officials said 50 of them would be fixed": the lights, not the
      // speakers; "Officials said they would fix 50 of them" with no whole before: nothing (them-subject.ts).
      const part = themSubject(sentence.text, r, previous ?? []);
      if (part?.label === "") continue;
      if (part !== undefined) [r.label, r.kind] = [part.label, part.kind];
      // "Tesco has 3,000 stores. Tesco's 300 will close": Tesco's stores, not the possessive alone (possessed-part.ts).
      // "Some 300 will close, out of 3,000 stores": a bare part of the whole said after it (out-of-part.ts). The sentence
      // before's text, which may say cricket, only for a possessive's label (the map is made for few articles).
      const possessive = r.label.endsWith("'s") || r.label.endsWith("’s");
      const prior = possessive ? (byIndex ??= new Map(sentences.map((x) => [x.index, x]))).get(sentence.index - 1)?.text : undefined;
      const owned = possessedPart(sentence.text, r, raws, previous ?? [], prior) ?? outOfPart(sentence.text, r, raws);
      if (owned !== undefined) [r.label, r.kind] = [owned.label, owned.kind];
      // "Arsenal won 2-0. They are third.": a pronoun's place is the sentence before's subject's (pronoun-place.ts).
      const held = r.kind === "rank" ? pronounPlace(sentence.text, r, (byIndex ??= new Map(sentences.map((x) => [x.index, x]))).get(sentence.index - 1)?.text) : undefined;
      if (held === "") continue;
      if (held !== undefined) r.label = held;
      // "Five admitted it had sent …" in a story of the channel Five: the name, not a count (number-name.ts).
      if (nameAsSubject(sentence, r, () => (names ??= numberNames(sentences)))) continue;
      const figure = toFigure(sentence, r);
      if (figure === undefined) continue;
      const other = r.owner !== undefined && someoneElse(r.owner, (subject ??= subjectWords(sentences, options.headline)));
      if (other && (r.type === "duration" || r.type === "measure")) heldOther = true;
      holders.push(r.owner !== undefined);
      parts.push(r.part === true);
      if (r.part === true) anyPart = true;
      out.push({
        figure,
        position: r.from,
        end: r.to + (r.scale?.length ?? 0),
        sentenceText: sentence.text,
        // Every field present, in one order, whole set later: one hidden class for all candidates, as Raw (rawOf).
        conversions: r.conversions,
        placed: r.placed,
        whole: undefined,
        signals: {
          kind: r.kind,
          factor: r.factor,
          salience: salienceOf(options.salience, at, count),
          sentence: at,
          fallback: r.fallback === true,
          period: r.period === true,
          span: newsSpan(r.period === true, at, figure),
          term: r.type === "duration" && r.period !== true,
          repeats: (seen.get(keys[n]![m]!) ?? 1) - 1,
          moved: r.previous !== undefined || r.change !== undefined,
          // A time point's "ago" or "later" says when, not what the story is about (label-duration.ts); nor does the
          // thing a count of kinds or containers is of (kind-of.ts).
          about: countsTopic(r, kindHead(untimed(figure.label)), topic),
          other,
        },
      });
    }
  }
  // "Co-accused Mark Dillon was sentenced to 35 years": another's term ranks below the story's own only beside it.
  if (heldOther) heldBeside(out, holders, firstSentence(sentences)?.index ?? 0);
  // "Those freed included 85 children": a part is tied to its total, which the pick never ranks below it.
  if (anyPart) partWholes(out, parts);
  // "rise by 4.9%, over double the inflation rate, now 2.1%": the rate the story's change is set against (benchmark-rate.ts).
  benchmarkRates(out);
  return out;
}

export function toFigure(sentence: Sentence, r: Raw): KeyFigure | undefined {
  if (!Number.isFinite(r.value)) return undefined;
  const figure: KeyFigure = {
    value: r.value,
    // "About 602 and 402 million": the first shows the scale it shares (shared-scale.ts), as its value counts it.
    // "could not last more than 30 minutes" shows "at most 30" (negated-cap.ts).
    display: turnedDisplay(sentence.text.slice(r.from, r.to) + (r.scale ?? ""), r.qualifier),
    label: shortLabel(r.label),
    kind: r.kind,
    sentence: sentence.index,
  };
  if (r.qualifier !== undefined) figure.qualifier = r.qualifier;
  if (r.type !== undefined) figure.type = r.type;
  // "13 yrs" shows and compares as "13 years" (unit-spelling.ts).
  if (r.type === "duration" && r.unit !== undefined) figure.label = spelledLabel(figure.label);
  if (r.currency !== undefined) figure.unit = r.currency;
  else if (r.percent) figure.unit = r.points ? "pp" : "%";
  else if (r.unit !== undefined) figure.unit = r.type === "duration" ? spelledUnit(r.unit) : r.unit;
  if (r.valueMax !== undefined) figure.valueMax = r.valueMax;
  if (r.change !== undefined) figure.change = r.change;
  if (r.previous !== undefined) figure.previous = r.previous;
  return figure;
}
