import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Fans have been marking the late singer's 80th birthday", "The town celebrates the 50th anniversary of …": an
// ordinal before "birthday" or "anniversary" is a word of order the reader sets aside (a period noun), and the card
// never held it, even when the lead was about it (card audit 40 missed a lead's birthday; AD's and AE's calls count
// an anniversary the story is about). In the lead sentence, as the object of a verb of marking it ("marks",
// "celebrating", "honouring", "to commemorate"), the occasion is the story's subject. Anywhere else it dates or
// describes something else and stays off the card: "killed on his 40th birthday", "approaching her 89th birthday",
// "will not see his 17th birthday" (his age), or a later sentence's "On his 40th birthday he …".

/** The occasions an ordinal counts. */
const OCCASIONS = new Set(["birthday", "anniversary"]);
/** Verbs of marking an occasion, any form ("mark", "marks", "celebrating", "honoured", "commemorates"). */
const MARKING = /^(?:mark|celebrat|honou?r|commemorat|toast)/;
/** How many words ("the late singer's", "both his") may stand between the verb and the ordinal. */
const OWNER_REACH = 4;

/** Whether the ordinal's phrase starting at `s` is the object of a verb of marking, past its owner words. */
function marked(toks: readonly Tok[], s: number): boolean {
  for (let k = s - 1; k >= 0 && s - k <= OWNER_REACH; k--) {
    const t = toks[k];
    if (!isWord(t)) return false;
    if (MARKING.test(t.l)) return true;
    if (t.pos === "VERB" || t.pos === "ADP") return false;
  }
  return false;
}

/**
 * A lead sentence's ordinal birthday or anniversary, set aside as a word of order (`r` rejected), becomes a
 * candidate labelled by the occasion; `lead` is whether its sentence is the story's first.
 */
export function leadAnniversary(toks: readonly Tok[], r: Raw, lead: boolean): void {
  if (!lead || !r.rejected || !r.ordinal || r.value < 2) return;
  const occasion = toks[r.e];
  if (!isWord(occasion) || !OCCASIONS.has(occasion.l) || !marked(toks, r.s)) return;
  r.rejected = false;
  r.drop = false;
  r.type = "ordinal";
  r.kind = "rank";
  r.label = occasion.l;
}
