import { createRequire } from "node:module";
import winkNLP from "wink-nlp";
import type { Tagging, Tok } from "#brief/figures/tokens.ts";
import { type BeginReading, hideLearned, type LexemeTable, type WinkCache } from "#brief/figures/wink-lexicon.ts";

// The linguistic layer: universal part-of-speech tags from wink-nlp's English light model (MIT, 3.8 MB, no
// dependencies), chosen over compromise because it tags a number sentence in ~0.02 ms where compromise takes
// ~1 ms (measured on the figures gold by docs/nlp-survey; see README "Key figures"). Only sentences
// that hold a number are tagged, and of those only the ones a reader asks a tag of (tagWhenRead); only the POS stage
// runs: no entities, negation or sentiment.

type Nlp = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
interface Tagger {
  nlp: Nlp;
  /** Starts a reading that sees only the model's own words (wink-lexicon.ts). */
  begin: BeginReading;
  /** The lexeme list's length when built: what it has grown by since says when to build afresh. */
  lexemes: number;
  lexemeTable: LexemeTable;
}
let current: Tagger | undefined;
let metaCER: unknown;

// The model is 3.8 MB of the Slack bundle's would-be 4.4 MB, so it is not bundled: loaded by a require esbuild
// cannot follow, from the function's node_modules, where SST's `nodejs.install` puts it (infra/bundle.ts). A cold
// start that answers a /brief without numbers never loads it.
const load = createRequire(import.meta.url);

/**
 * How many words a tagger may have learned (and hidden, wink-lexicon.ts) before it is built afresh. wink's tables are
 * append-only, so a long-lived process would grow without end; a rebuild costs 60–100 ms (building the model's tables
 * afresh). Tags never depend on it: every sentence is tagged as from the pristine tables either way.
 */
const REBUILD_AFTER = 200_000;

/** A feature of a word as wink's model computes it when it learns the word: (word, token category, its cache) → value. */
type FeatureMethod = (word: string, category: number, cache: unknown) => unknown;
type FeatureFn = (config: unknown) => Record<string, FeatureMethod>;

/** Built on first use, not at import: loading the model and building its tables is a cost only tagging pays. */
function tagger(): Tagger {
  if (current !== undefined && current.lexemeTable.list.length - current.lexemes < REBUILD_AFTER) return current;
  const model = load("wink-eng-lite-web-model") as Model & { core(): unknown; metaCER(): unknown; featureFn: FeatureFn };
  let core: { features: Record<string, Partial<LexemeTable>> } | undefined;
  // The model's `metaCER` re-serialises a module-level string on every call (wink-eng-lite-web-model 1.8), so a second
  // tagger from the same module would get a doubly escaped, ever longer one: the first result serves every rebuild.
  metaCER ??= model.metaCER();
  let cache: WinkCache | undefined;
  const featureFn = seeCache(model.featureFn, (c) => (cache ??= c as WinkCache));
  const wrapped = { ...model, core: () => (core = model.core() as typeof core), metaCER: () => metaCER, featureFn };
  const nlp = winkNLP(wrapped as Model, ["pos"]);
  const lexemeTable = core?.features.lexeme as LexemeTable;
  // wink hands its cache to nothing but the feature functions, as they learn a word: a word the model has not is read
  // once to be handed it, then forgotten (the only reading before the cache's words are hidden between readings).
  const before = lexemeTable.list.length;
  nlp.readDoc(PROBE);
  for (const word of lexemeTable.list.slice(before)) delete lexemeTable.hash[word];
  if (cache === undefined) throw new Error(`wink learned no word of "${PROBE}": its cache was not seen`);
  current = { nlp, begin: hideLearned(cache, lexemeTable), lexemes: lexemeTable.list.length, lexemeTable };
  return current;
}

/** A word no English model knows, read once so that wink hands its cache to a feature function. */
const PROBE = "Qxzvjkq";

/** The feature functions, passing on the cache wink hands them as they learn a word (its third argument). */
function seeCache(featureFn: FeatureFn, see: (cache: unknown) => void): FeatureFn {
  return (config) => {
    const methods = featureFn(config);
    for (const [name, compute] of Object.entries(methods)) {
      methods[name] = (word, category, cache) => {
        see(cache);
        return compute(word, category, cache);
      };
    }
    return methods;
  };
}

/**
 * Reads a sentence with wink as if nothing had been read before. wink learns every unknown word it meets into the
 * model's tables, and a word it knows is tokenized and tagged differently: after "workers at McDonald's, and …" it
 * keeps "McDonald's" one PROPN in every later sentence, where a fresh tagger gives "McDonald/PROPN 's/PART" (127 of
 * cnndm-dev's 33,436 number sentences were tagged differently read forwards or backwards: scripts/tag-order.ts). A
 * brief must not depend on which stories a warm Lambda read before it, so what earlier readings taught wink is hidden
 * from this one (wink-lexicon.ts: kept rather than forgotten, so that a word is not learned afresh in every sentence).
 */
function readPristine(t: Tagger, text: string): ReturnType<Nlp["readDoc"]> {
  t.begin();
  return t.nlp.readDoc(text);
}

/** wink's tokens of a sentence and their tags, read as if nothing had been read before (readPristine). */
export function winkTags(text: string): { values: string[]; tags: string[] } {
  const wink = tagger();
  const n = wink.nlp;
  const words = readPristine(wink, text).tokens();
  return { values: words.out(n.its.value), tags: words.out(n.its.pos) };
}

/**
 * Tags the sentence's tokens in place (`tok.pos`): each of our tokens takes the tag of the wink token that
 * starts where it starts, else the one that covers its start ("three-day" is one token here, three there).
 */
export function tagTokens(text: string, toks: readonly Tok[]): void {
  const { values, tags } = winkTags(text);
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
