import type { LeftOut, Sentence } from "#news/sentences.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { sentenceNumbers } from "#brief/figures/card/sentence.ts";

// Fact boxes: "Goals: 16 .", "Games: 41.", "CALORIES: 177." The cleaner leaves these lines
// out of the story as caption labels (lib/news/boilerplate.ts), so bullets and Lead-3 never see them; the card reads
// them here, each an amount named by its own label.

/** A fact-box line the card reads: numbered after the story's sentences, with where it sits among them. */
export interface FactLine extends Sentence {
  /** How many story sentences come before it in reading order. */
  after: number;
}

/**
 * A stat line: a label of one to four words, a colon, and an amount alone (a number, perhaps a currency sign, a
 * percent sign or a unit of one or two words after it). A name before the number ("Scorer: Roberts 79", "Referee:
 * M. Atkinson 5") is a minute or a rating, and a date or a clock time ("Kick-off: Saturday, 3pm") starts with a
 * word, so neither is one.
 */
const STAT_LINE = /^([A-Z][\p{L}'’-]*(?: [\p{L}'’-]+){0,3}) ?: ((?:[$£€] ?)?\d[\d,]*(?:\.\d+)?(?:-\d[\d,]*)?(?: ?%| ?[\p{L}]+(?: [\p{L}]+)?)?)\s*\.?$/u;

/**
 * Labels whose number is no figure: a person's age, a squad or shirt number, a phone number, a date; and a match's
 * crowd ("Attendance: 25,169", "Att: 73,965"), which closes every match report's box and which no highlight of the
 * 3,000 cnndm-dev articles quotes, while it took a card slot from the story in 17 of them.
 */
const NOT_FIGURES = /^(?:age|aged|born|dob|date|number|no|squad number|shirt number|tel|phone|kick-off|year|years|height|weight|ranking|rank|position|attendance|att|crowd)$/;

/** Reasons the cleaner gives for the lines a fact box is made of. */
const BOX_REASONS = new Set<LeftOut["reason"]>(["caption", "kicker"]);

/** The stat lines among an article's left-out pieces, numbered from `storyCount` on, in reading order. */
export function factBoxLines(leftOut: readonly LeftOut[], storyCount: number): FactLine[] {
  const out: FactLine[] = [];
  for (const l of leftOut) {
    if (!BOX_REASONS.has(l.reason)) continue;
    const m = STAT_LINE.exec(l.text);
    if (m === null || NOT_FIGURES.test(boxLabel(m[1]!))) continue;
    out.push({ index: storyCount + out.length, paragraph: l.paragraph, text: l.text, after: l.after });
  }
  return out;
}

/** The label as the card prints it: "CALORIES" as "calories". */
function boxLabel(label: string): string {
  return label.toLowerCase();
}

/**
 * The figure of a stat line, or undefined: its amount as the reader reads it, named by the box's label unless the
 * amount names itself ("Scored: 417 goals" counts goals). The number must be the whole amount after the colon.
 */
export function factBoxFigure(line: FactLine): Raw | undefined {
  const m = STAT_LINE.exec(line.text);
  if (m === null) return undefined;
  const from = line.text.lastIndexOf(m[2]!);
  const raws = sentenceNumbers(line).filter((r) => r.to > from);
  const r = raws[0];
  if (r === undefined || raws.length !== 1 || r.rejected || r.conversion || r.from !== from || r.to !== from + m[2]!.length) return undefined;
  if (r.label === "" || r.fallback === true || r.drop) {
    r.label = boxLabel(m[1]!);
    // Cleared, not deleted: a delete makes the Raw a slow dictionary-mode object for every rule after (rawOf, figure.ts).
    r.fallback = undefined;
  }
  r.drop = false;
  return r;
}
