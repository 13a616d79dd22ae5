import type { Raw } from "#brief/figures/card/figure.ts";
import type { Link } from "#brief/figures/card/link.ts";
import { changeTopic, changeVerb } from "#brief/figures/language/change-verb.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "the brewer's share price climbed 12 cents or about 2% in early dealing to $6.40", "The carmaker's stock fell 30p, or
// almost 3%, in afternoon trade to 990p": a change said twice, in money and then "or" in percent, before the level it
// reached. The percent is the level's change, as in "climbed 2% to $6.40" (link.ts), though the money change and a
// time phrase stand between: it read as a figure of its own labelled by the time ('about 2% — early dealing'), the
// level by a word of it ('$6.40 — early'). The money change keeps its row (change-before-level.ts: 'rise in …').

/** How many tokens past the percent the level's "to" may stand (a time phrase between). */
const LEVEL_REACH = 8;

/** Ties the percent raws[n] to the level it and the money change before it reached; true when it did. */
export function alternativeChange(toks: readonly Tok[], raws: readonly Raw[], n: number, links: Link[]): boolean {
  const r = raws[n];
  const money = raws[n - 1];
  const level = raws[n + 1];
  if (r === undefined || money === undefined || level === undefined || !r.percent) return false;
  if (money.currency === undefined || money.percent || level.currency === undefined || level.change !== undefined) return false;
  // "12 cents or about 2%", "30p, or almost 3%": the money change, "or", the percent (its hedge inside r).
  const or = toks[money.e]?.s === "," ? money.e + 1 : money.e;
  if (!isWord(toks[or], "or") || r.s !== or + 1) return false;
  const v = changeVerb(toks, money.s);
  const dir = v < 0 ? undefined : upDown(toks[v]);
  if (dir === undefined || !isWord(toks[level.s - 1], "to") || level.s - r.e > LEVEL_REACH) return false;
  // Nothing but words and commas between the percent and the level's "to": one clause.
  for (let k = r.e; k < level.s - 1; k++) if (toks[k]?.s === ";" || toks[k]?.s === ".") return false;
  level.change = { value: r.value, unit: "%", direction: dir };
  const subject = changeTopic(toks, money.s, v);
  if (subject) level.label = phrase(toks, subject[0], subject[1]);
  r.drop = true;
  links.push({ from: r, to: level, as: dir });
  return true;
}
