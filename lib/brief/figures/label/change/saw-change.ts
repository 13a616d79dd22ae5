import { madeObject } from "#brief/figures/label/change/made-object.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

// "The album saw its sales rise by a third", "Those who ate breakfast had their risk of headaches cut by a third":
// a verb of seeing or having takes an object and a bare verb of change, and the amount "by" which it changed is a
// change in that object. The change verb was read as the object's last noun ('rise in sales rise') or the object as
// no subject at all ('— headaches'; card audit 47's shape 16 in another wording, the informed 'a third — song').

/** Verbs whose object a following bare verb of change says changed: "saw its sales rise", "had its budget cut". */
const SEEING = new Set([
  "saw", "see", "sees", "seen", "seeing", "had", "have", "has", "having", "watched", "got", "get", "gets",
]);

/** "rise in sales" for an amount at s after "by" and a verb of change whose object a verb of seeing took, else "". */
export function sawChange(toks: readonly Tok[], s: number): string {
  const c = s - 2;
  const change = toks[c];
  if (!isWord(toks[s - 1], "by") || !isWord(change)) return "";
  const cut = /^(?:cut|slashed)$/.test(change.l);
  const dir = upDown(change) ?? (cut ? "down" : undefined);
  if (dir === undefined) return "";
  const object = madeObject(toks, c, true);
  if (object === undefined) return "";
  let v = object[0] - 1;
  while (v >= 0 && isWord(toks[v]) && DETERMINERS.has(toks[v]?.l ?? "")) v--;
  if (!isWord(toks[v]) || !SEEING.has(toks[v]?.l ?? "")) return "";
  return `${cut ? "cut" : dir === "up" ? "rise" : "fall"} in ${phrase(toks, object[0], object[1])}`;
}
