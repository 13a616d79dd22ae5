import type { Tok } from "#brief/figures/tokens.ts";

// A rate whose clause names nothing it is of ("is looking to increase that to £43,000 a week") was labelled by its
// period alone, a unit (card audit 12's sample F). The thing is named earlier in the sentence, which the clause's
// pronoun stands for: "Icardi is on an £11,000-a-week salary and is looking to increase that to £43,000 a week" → salary.

/** Nouns of what is paid at a rate: what an amount a period earlier in the sentence may stand for. */
const PAY = new Set(["salary", "salaries", "wage", "wages", "pay", "earnings", "income", "contract", "deal", "rent", "fee", "fees", "allowance", "pension"]);

/**
 * The nearest pay noun before the amount at `s` in its sentence ("salary"), as the rate's label; "" when none is
 * said. Only a noun: "pay" as a verb ("to pay £50 a week") is the money verb's, which is read before this.
 */
export function paidBefore(toks: readonly Tok[], s: number): string {
  for (let k = s - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (PAY.has(t.l) && t.pos === "NOUN") return t.l;
  }
  return "";
}
