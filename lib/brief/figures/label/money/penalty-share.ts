import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Regulators can levy penalties of up to 8 per cent of a firm's yearly revenue", "can fine companies up to 10% of
// their annual turnover": a share capped by "up to" after a penalty's noun or verb is the largest penalty the law
// allows, not a share anything has; labelled by its base alone ('share of firm's yearly revenue') it read as a part
// of the revenue (blind sample BA's made-up shape S4). Labelled 'maximum penalty of firm's yearly revenue' (the audit's
// 'maximum penalty (share of …)' runs past the card's six words, and the percent already says it is a share).
// "Sales rose by up to 8 per cent" (no penalty) and a fine of a sum ("fines of up to £5m") are read as before.

/** Nouns of a penalty after which "(of) up to N%" is its cap: "penalties of up to", "fines up to". */
const PENALTY_NOUNS = new Set(["penalty", "penalties", "fine", "fines"]);

/** Verbs of penalising whose object (a firm, "companies") stands before "up to N%": "fine companies up to 10%". */
const PENALTY_VERBS = new Set(["fine", "fined", "fines", "fining", "penalise", "penalize", "penalised", "penalized"]);

/** How many words the verb's object may run to: "fine the largest companies". */
const OBJECT_WORDS = 3;

/** Labels a share capped "up to" after a penalty 'maximum penalty of BASE'. */
export function penaltyShare(toks: readonly Tok[], r: Raw): void {
  // A share's label names its base ("share of …"): a percent or a fraction of something, never a sum of money.
  if (r.qualifier !== "up to" || !r.label.startsWith("share of ")) return;
  const noun = isWord(toks[r.s - 1], "of") ? r.s - 2 : r.s - 1;
  let penalty = PENALTY_NOUNS.has(toks[noun]?.l ?? "");
  for (let k = r.s - 1; !penalty && k >= 0 && r.s - 1 - k <= OBJECT_WORDS && isWord(toks[k]); k--) penalty = PENALTY_VERBS.has(toks[k]!.l);
  if (penalty) r.label = `maximum penalty of ${r.label.slice("share of ".length)}`;
}
