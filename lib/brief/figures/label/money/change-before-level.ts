import { changeTopic, changeVerb } from "#brief/figures/language/change-verb.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { CUR, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "Its shares gained 6p to 702p", "the brewer's share price climbed 12 cents or about 2% in early dealing to $6.40",
// "The carmaker's stock fell 30p, or almost 3%, in afternoon trade to 990p": money right after a verb of rising or
// falling, with "to" and the level it reached later in the clause, is the change, named as one ('rise in shares'). Both
// amounts were labelled by what moved ('6p — shares', '702p — shares'), a card gave two levels of one thing, or the
// change took a time phrase said between ('about 2% — early dealing'). The level keeps what moved (change-level.ts).
// Only when the level follows: "Taxes on pensions went up by £700" alone is change-by.ts's.

/** How many tokens past the change its level's "to" may stand (an "or N%" size and a time phrase between). */
const LEVEL_REACH = 12;

/** Words that end the change's clause before a level: another clause is another change. */
const CLAUSE_ENDS = new Set([";", ".", "and", "but", "while", "whereas", "although", "as", "after", "before"]);

/** 'rise in X' / 'fall in X' when the money at `s`–`e` is a change a later "to" gives the level of. */
export function changeBeforeLevel(toks: readonly Tok[], s: number, e: number): string | undefined {
  const v = changeVerb(toks, s);
  const dir = v < 0 ? undefined : upDown(toks[v]);
  if (dir === undefined || !reachesLevel(toks, e)) return undefined;
  const topic = changeTopic(toks, s, v);
  if (topic === undefined) return undefined;
  return `${dir === "up" ? "rise" : "fall"} in ${phrase(toks, topic[0], topic[1])}`;
}

/** Whether a "to" and an amount follow the change ending at `e` within its clause. */
function reachesLevel(toks: readonly Tok[], e: number): boolean {
  for (let k = e; k < toks.length && k - e < LEVEL_REACH; k++) {
    const t = toks[k];
    if (t === undefined || CLAUSE_ENDS.has(t.l)) return false;
    if (isWord(t, "to")) return toks[k + 1]?.kind === CUR || toks[k + 1]?.kind === NUM;
  }
  return false;
}
