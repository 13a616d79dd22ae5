import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { CUR, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "Passenger numbers at Heathrow rose 5% to 3 million": a count after "to" and a change's own amount is the level the
// verb's subject reached. The subject reader stops at the change's amount ("5%"), so the count took the nearest noun
// phrase, the place inside the subject ('3 million — Heathrow'); "rose to 3 million", with no amount between, was
// read right. The money levels have this step already (money/change-level.ts); this is its count, kept to a change
// said only by its amount, so no object or clause between the verb and "to" is read as the subject.

/** Words a change's amount may be said in between its verb and "to": "by", a percent or points, a scale. */
const AMOUNT_WORDS = new Set([
  "by", "per", "cent", "percent", "points", "point", "million", "billion", "thousand", "or", "%",
]);

/** The most tokens a change's amount may take: "by 1.5 per cent or 40,000". */
const REACH = 8;

/** What rose or fell "to" the count starting at s, past the change's own amount ("rose 5% to"); else "". */
export function countLevel(toks: readonly Tok[], s: number): string {
  if (!isWord(toks[s - 1], "to")) return "";
  let numbers = 0;
  for (let v = s - 2; v >= 0 && s - v <= REACH; v--) {
    const t = toks[v]!;
    if (t.kind === NUM) {
      numbers++;
      continue;
    }
    if (t.kind === CUR || AMOUNT_WORDS.has(t.l)) continue;
    if (numbers === 0 || !upDown(t)) return "";
    const subject = verbSubject(toks, v);
    return subject === undefined ? "" : phrase(toks, subject[0], subject[1]);
  }
  return "";
}
