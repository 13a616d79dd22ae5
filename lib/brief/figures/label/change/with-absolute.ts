import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "… use their phone at least once a month with 20 per cent admitting to texting at the wheel": "with", a share and a
// participle make an absolute clause whose subject is the share, as a clause after "and" or a comma is
// (share-doing.ts). Not read as one, the share took the first clause's period ('20 per cent — month', card audit 47,
// sample AO); "with 12 per cent saying …" was read by its verb of saying (poll-answer.ts).

/** Whether the share after `before` and before the participle `verb` opens an absolute "with" clause. */
export function withAbsolute(before: Tok | undefined, verb: Tok): boolean {
  return isWord(before, "with") && verb.l.endsWith("ing");
}
