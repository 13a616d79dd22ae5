import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import type { Tagging, Tok } from "#brief/figures/tokens.ts";

// The linguistic layer: universal part-of-speech tags from wink-nlp's English light model (MIT, 3.8 MB, no
// dependencies), chosen over compromise because it tags a number sentence in ~0.02 ms where compromise takes
// ~1 ms (measured on the figures gold by docs/nlp-survey; see README "Key figures"). Only sentences
// that hold a number are tagged, and of those only the ones a reader asks a tag of (tagWhenRead); only the POS stage
// runs: no entities, negation or sentiment.

type Nlp = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
let nlp: Nlp | undefined;

// The model is 3.8 MB of the Slack bundle's would-be 4.4 MB, so it is not bundled: loaded by a require esbuild
// cannot follow, from the function's node_modules, where SST's `nodejs.install` puts it (infra/bundle.ts). A cold
// start that answers a /brief without numbers never loads it.
const load = createRequire(import.meta.url);

/** Built on first use, not at import: loading the model and building its tables is a cost only tagging pays. */
function tagger(): Nlp {
  nlp ??= winkNLP(load("wink-eng-lite-web-model") as Model, ["pos"]);
  return nlp;
}

/**
 * Tags the sentence's tokens in place (`tok.pos`): each of our tokens takes the tag of the wink token that
 * starts where it starts, else the one that covers its start ("three-day" is one token here, three there).
 */
export function tagTokens(text: string, toks: readonly Tok[]): void {
  const n = tagger();
  const words = n.readDoc(text).tokens();
  const values = words.out(n.its.value);
  const tags = words.out(n.its.pos);
  let cursor = 0;
  let t = 0;
  for (let k = 0; k < values.length && t < toks.length; k++) {
    const v = values[k] ?? "";
    const at = v === "" ? -1 : text.indexOf(v, cursor);
    if (at < 0) continue;
    cursor = at + v.length;
    while (t < toks.length && (toks[t]?.start ?? 0) < at) t++;
    for (; t < toks.length && (toks[t]?.start ?? 0) < cursor; t++) {
      const tok = toks[t];
      if (tok !== undefined) tok.pos ??= tags[k] ?? "X";
    }
  }
}

/**
 * Tags the sentence's tokens the first time a reader asks any of them for its tag (tokens.ts Token): a third of the
 * sentences that hold a number are read without one (a year, a date, a number no label is read for), and the tagger
 * costs more than all the rest of figure reading. The same tags as tagTokens at once.
 */
export function tagWhenRead(text: string, toks: readonly Tok[]): void {
  const tagging: Tagging = {
    run() {
      for (const t of toks) t.pending = undefined;
      tagTokens(text, toks);
    },
  };
  for (const t of toks) t.pending = tagging;
}
