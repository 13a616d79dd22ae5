import { plainDigits } from "#news/numbers.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { EVENT, SECONDS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A time to hundredths is a race result (label-count.ts): its display joins minutes and seconds, its label is the race.

/** "crossed the line in 6.67 secs": a time to hundredths is a race result, labelled by its event. */
export function raceTime(toks: readonly Tok[], r: Raw, c: Count, sentenceText: string): boolean {
  if (!(SECONDS.has(c.head) && !Number.isInteger(r.value) && r.compound === undefined)) return false;
  const event = eventIn(sentenceText, r.from);
  r.kind = "measure";
  // The unit joins the display ("6.56 seconds"), and "14 minutes 32.93 seconds" is one time, not 32.93.
  r.e = c.npEnd;
  const minutes = toks[r.s - 1];
  const m = toks[r.s - 2];
  if (isWord(minutes) && /^min(?:ute)?s?$/.test(minutes.l) && m !== undefined && m.kind === NUM) {
    const n = plainDigits(m.s);
    if (n !== undefined) {
      r.s -= 2;
      r.value = Math.round((r.value + Number(n) * 60) * 1000) / 1000;
    }
  }
  r.label = event === undefined ? "time" : `${event} time`;
  r.raceTime = event === undefined;
  return true;
}

/**
 * The race a time belongs to: the last distance named before `at` in the sentence ("won the 60m in 6.56"),
 * else the first after it ("third in 7.27 seconds in the women's 60m").
 */
export function eventIn(text: string, at = text.length): string | undefined {
  let found: string | undefined;
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(text); m !== null; m = EVENT.exec(text)) {
    const event = m[2] ? `${m[1]}m ${m[2]}` : `${m[1]}m`;
    if (m.index >= at) return found ?? event;
    found = event;
  }
  return found;
}
