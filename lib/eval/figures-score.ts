import { stemmer } from "stemmer";
import { type GoldArticle, type GoldNumber, JUNK_TYPES, type NumberType } from "#eval/figures-gold.ts";

/** A card figure as the scorer sees it: any system's (nutgraf's, the naive card's). */
export interface CardFigure {
  value: number;
  display: string;
  /** Text of the sentence the figure was read from. */
  sentenceText: string;
  label?: string;
  type?: NumberType;
  /** A range's upper end ("10 to 12ft"): the card prints it. */
  valueMax?: number;
  /** The earlier value the card prints beside it ("from £194m"): the card holds that number too. */
  previous?: number;
  /** The percentage change it carries ("up 76%"): the card prints that number too. */
  change?: number;
}

/** Counts summed over articles; the rates are computed from them (see rates). */
export interface FigureCounts {
  articles: number;
  /** Distinct key figures in the gold (value and what it counts), and how many the card holds. */
  keyFacts: number;
  keyRecalled: number;
  /**
   * The key figures a card may hold, and how many it does: those the gold types as no junk type. The gold marks a few
   * scores key ("beaten 3-2"), which the zero-junk rule keeps off every card, so key recall cannot reach 100%.
   */
  keyCardable: number;
  keyCardableRecalled: number;
  /** Card figures, and those matched to a gold number (same sentence, overlapping surface or equal value). */
  card: number;
  matched: number;
  valueRight: number;
  typeRight: number;
  labelRight: number;
  /** Card figures the gold types year, date, time, age, score or identifier. */
  junk: number;
}

export const emptyCounts = (): FigureCounts => ({ articles: 0, keyFacts: 0, keyRecalled: 0, keyCardable: 0, keyCardableRecalled: 0, card: 0, matched: 0, valueRight: 0, typeRight: 0, labelRight: 0, junk: 0 });

const norm = (s: string): string => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** The gold's sentences are verbatim, a few trimmed to the part holding the number: containment either way. */
function sameSentence(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  return x === y || (y.length >= 20 && x.includes(y)) || (x.length >= 20 && y.includes(x));
}

const sameValue = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));

function spans(text: string, part: string): [number, number][] {
  const out: [number, number][] = [];
  if (part === "") return out;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) out.push([i, i + part.length]);
  return out;
}

/** The gold number a card figure is: same sentence, and its surface overlaps the display (else the same value). */
export function matchGold(f: CardFigure, gold: readonly GoldNumber[]): GoldNumber | undefined {
  const text = norm(f.sentenceText);
  const mine = spans(text, norm(f.display));
  let byValue: GoldNumber | undefined;
  let overlapping: GoldNumber | undefined;
  for (const g of gold) {
    if (!sameSentence(f.sentenceText, g.sentence)) continue;
    const overlaps = spans(text, norm(g.surface)).some(([a, b]) => mine.some(([c, d]) => a < d && c < b));
    if (overlaps && sameValue(g.value, f.value)) return g;
    if (overlaps) overlapping ??= g;
    if (sameValue(g.value, f.value)) byValue ??= g;
  }
  return overlapping ?? byValue;
}

const STOP = new Set("a an the of in on at for to from by with and or as per its their his her".split(" "));

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}']+/u)) {
    if (w === "" || STOP.has(w)) continue;
    out.add(stemmer(w.replace(/'s$/, "")));
  }
  return out;
}

/** The label shares the gold head noun or a word of its `counts`, stemmed. */
export function labelMatches(label: string | undefined, g: GoldNumber): boolean {
  if (label === undefined || label === "") return false;
  const mine = stems(label);
  for (const w of stems(`${g.head ?? ""} ${g.counts ?? ""}`)) if (mine.has(w)) return true;
  return false;
}

/** Scores one article's card against its gold numbers, adding to `into`. */
export function scoreCard(gold: GoldArticle, card: readonly CardFigure[], into: FigureCounts): void {
  into.articles++;
  const matches = card.map((f) => matchGold(f, gold.numbers));
  card.forEach((f, k) => {
    into.card++;
    const g = matches[k];
    if (g === undefined) return;
    into.matched++;
    if (sameValue(g.value, f.value)) into.valueRight++;
    if (f.type === g.type) into.typeRight++;
    if (labelMatches(f.label, g)) into.labelRight++;
    if (JUNK_TYPES.has(g.type)) into.junk++;
  });
  for (const entries of keyFacts(gold.numbers)) {
    into.keyFacts++;
    const held = entries.some((g) =>
      card.some(
        (f, k) =>
          matches[k] === g ||
          (sameValue(f.value, g.value) && (labelMatches(f.label, g) || sameSentence(f.sentenceText, g.sentence))) ||
          ((f.previous !== undefined && sameValue(f.previous, g.value)) || (f.change !== undefined && g.type === "percent" && sameValue(f.change, g.value))) &&
            sameSentence(f.sentenceText, g.sentence),
      ),
    );
    if (held) into.keyRecalled++;
    // A fact the gold types junk at every place it is said: carding it would be junk.
    if (entries.every((g) => JUNK_TYPES.has(g.type))) continue;
    into.keyCardable++;
    if (held) into.keyCardableRecalled++;
  }
}

/** Key entries grouped into distinct facts: one value counting one thing, however often the article says it. */
export function keyFacts(numbers: readonly GoldNumber[]): GoldNumber[][] {
  const groups = new Map<string, GoldNumber[]>();
  for (const g of numbers) {
    if (!g.key) continue;
    const id = `${g.value}|${(g.counts ?? "").toLowerCase()}`;
    const list = groups.get(id);
    if (list) list.push(g);
    else groups.set(id, [g]);
  }
  return [...groups.values()];
}

/** Percentages, one decimal, of what the counts hold. */
export function rates(c: FigureCounts): Record<"keyRecall" | "cardableKeyRecall" | "valueAccuracy" | "typeAccuracy" | "labelAccuracy", number> & { junk: number } {
  const pct = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
  return {
    keyRecall: pct(c.keyRecalled, c.keyFacts),
    cardableKeyRecall: pct(c.keyCardableRecalled, c.keyCardable),
    valueAccuracy: pct(c.valueRight, c.matched),
    typeAccuracy: pct(c.typeRight, c.matched),
    labelAccuracy: pct(c.labelRight, c.matched),
    junk: c.junk,
  };
}
