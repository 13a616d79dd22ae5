import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Of the shares listed, 12 rose by 5%", "Among the clubs in the league, 14 grew by 8%": a bare count is the change
// verb's subject and the group it counts is fronted before the comma. The subject reader names no subject in a bare
// number, so the card fell back on the word before the percent ('rise in rose', then 'rose'); the change is in those
// members of the group: 'rise in 12 shares'.

/** Words the fronted group may run on after its noun phrase before the comma: "listed", "in the league". */
const TAIL_REACH = 4;

/** What a change is in when its verb at v follows "Of/Among the GROUP, N": "12 shares"; "" if not that shape. */
export function frontedCount(toks: readonly Tok[], v: number): string {
  const count = toks[v - 1];
  if (count?.kind !== NUM || !/^\d{1,6}$/.test(count.s) || toks[v - 2]?.s !== ",") return "";
  const comma = v - 2;
  let j = comma - 1;
  while (j >= 0 && isWord(toks[j])) j--;
  // j now stands before the clause's first word, at the first token that is no word (the sentence's start, a stop, a
  // number, a quote): a comma there means the clause is not fronted.
  if (j >= 0 && toks[j]?.s === ",") return "";
  const lead = j + 1;
  if (!isWord(toks[lead], "of") && !isWord(toks[lead], "among")) return "";
  const k = pastDeterminers(toks, lead + 1);
  // A group is named with its determiner ("Of the shares listed", "Among its clubs"); "Of course," names none.
  if (k === lead + 1) return "";
  const end = forwardNP(toks, k);
  if (end <= k || comma - end > TAIL_REACH) return "";
  return `${count.s} ${phrase(toks, k, end)}`;
}
