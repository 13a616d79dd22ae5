import { CARDINAL_WORDS, plainDigits, scaleDigits, SCALE_SUFFIXES, VAGUE_WORDS } from "#news/numbers.ts";
import type { Sentence } from "#news/sentences.ts";

/**
 * A deliberately simple number finder, the yardstick the figure card is scored against: digits (with a
 * currency sign, a scale and a percent sign) and the common number words, in reading order. No labels,
 * no judgement beyond leaving four-digit years out, as the "naive card" does.
 */
export interface NaiveNumber {
  value: number;
  display: string;
  sentence: number;
  /** Offset of the display in its sentence. */
  at: number;
}

const NUMBER =
  /(?:US\$|A\$|HK\$|[$£€¥])?\s?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s?(bn|billion|mn|million|m|k|thousand|tn|trillion)\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|dozens)\b/gi;
const YEAR = /^(?:18|19|20)\d\d$/;

/** Every number of a text in order, years left out. */
export function naiveNumbers(sentences: readonly Pick<Sentence, "text" | "index">[]): NaiveNumber[] {
  const out: NaiveNumber[] = [];
  for (const s of sentences) {
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(s.text); m !== null; m = NUMBER.exec(s.text)) {
      const value = valueOf(m[1], m[2], m[3]);
      if (value === undefined) continue;
      if (m[1] !== undefined && m[2] === undefined && YEAR.test(m[1])) continue;
      // "the 17/11" style joins and "G20" style names are numbers too for a naive reader: kept, as it would.
      const display = m[0].trim();
      out.push({ value, display, sentence: s.index, at: m.index + (m[0].length - m[0].trimStart().length) });
    }
  }
  return out;
}

function valueOf(digits: string | undefined, scale: string | undefined, word: string | undefined): number | undefined {
  if (digits !== undefined) {
    const plain = plainDigits(digits);
    if (plain === undefined) return undefined;
    return scaleDigits(plain, scale === undefined ? 0 : (SCALE_SUFFIXES.get(scale.toLowerCase()) ?? 0));
  }
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  return CARDINAL_WORDS.get(w) ?? VAGUE_WORDS.get(w);
}

/** The naive card: the first `limit` distinct values of the article, years left out. */
export function naiveCard(sentences: readonly Pick<Sentence, "text" | "index">[], limit = 5): NaiveNumber[] {
  const seen = new Set<number>();
  const out: NaiveNumber[] = [];
  for (const n of naiveNumbers(sentences)) {
    if (out.length >= limit) break;
    if (seen.has(n.value)) continue;
    seen.add(n.value);
    out.push(n);
  }
  return out;
}
