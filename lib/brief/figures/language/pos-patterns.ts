// wink-nlp's part-of-speech stage (wink-nlp 2.4 src/wink-nlp.js, the "pos" pipe) over a sentence's tokens: each token
// starts as its word's most likely tag, and the model's pattern machines revise tags by the tags around them. Ported
// here from src/automaton.js `recognize` step for step, over dense transition tables in place of wink's objects keyed
// by tag (a look-up in such an object was two fifths of the stage: every token is tried from every state). The same
// machines from the model's JSON, the same loop, so the same tags (scripts/wink-read-identity.ts compares every
// sentence of the eval sets with wink's own reading). Speed only, never a result.

/** The root state: no pattern under way. */
const ROOT = 0;
/** What automaton.js feeds after the last token (`eosTokenN`). */
const EOS = 2070000;
/** The key of a state's default transition (`otherwiseN`): taken only when the pattern so far is complete. */
const OTHERWISE = 2070003;
/** What the model's transformer adds to a word's `posHint` to make it a token of its own (pos-transformers.js). */
export const HINT_BASE = 1080000;

// A token's column in the transition table: a tag (wink packs a tag in 6 bits), a hinted word, the end, the default
// transition's key, or anything else (which no state has a transition for).
const TAGS = 64;
const HINTS = 64;
const EOS_COLUMN = TAGS + HINTS;
const OTHERWISE_COLUMN = EOS_COLUMN + 1;
const NONE_COLUMN = OTHERWISE_COLUMN + 1;
const COLUMNS = NONE_COLUMN + 1;

/** The column of a token the machine reads (a tag, or a hinted word's HINT_BASE + hint). */
function column(token: number): number {
  if (token >= 0 && token < TAGS) return token;
  if (token >= HINT_BASE && token < HINT_BASE + HINTS) return TAGS + token - HINT_BASE;
  if (token === EOS) return EOS_COLUMN;
  if (token === OTHERWISE) return OTHERWISE_COLUMN;
  return NONE_COLUMN;
}

/** One pattern machine of the model: automaton.js's `fsm`, terminal, marked states, as flat tables by state. */
export interface PatternMachine {
  /** state × COLUMNS + column → next state (0: none, back to the root). */
  next: Int32Array;
  /** A state's default transition (`fsm[state][otherwise]`), 0 if none. */
  otherwise: Int32Array;
  /** 1 for a state that completes a pattern. */
  terminal: Uint8Array;
  /** A terminal state's tag: negative sets the tag outright, positive only if the word may take it; 0 matches and is ignored. */
  tag: Int32Array;
  /** How many tokens a terminal state's pattern marks off at its start (`markedStates[state][0]`): the tagged token. */
  skip: Int32Array;
}

type MachineJson = [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>];

/**
 * A machine from the model's JSON (automaton.js `importJSON`), for a reading that passes over the tag `skipped`; throws
 * on anything the tables cannot hold as wink does.
 */
export function compileMachine(json: string, skipped: number): PatternMachine {
  const [, lastState, fsm, terminals, marked] = JSON.parse(json) as MachineJson;
  const states = lastState + 1;
  const next = new Int32Array(states * COLUMNS);
  const otherwise = new Int32Array(states);
  for (const [state, edges] of Object.entries(fsm)) {
    for (const [key, to] of Object.entries(edges)) {
      const token = Number(key);
      // A key that is no canonical number ("$of") is never met: every token wink feeds the machine is a number.
      if (String(token) !== key) continue;
      const col = column(token);
      if (col === NONE_COLUMN) throw new Error(`pos-patterns: a transition on ${key} has no column`);
      next[Number(state) * COLUMNS + col] = to;
      if (token === OTHERWISE) otherwise[Number(state)] = to;
    }
  }
  const terminal = new Uint8Array(states);
  const tag = new Int32Array(states);
  for (const [state, name] of Object.entries(terminals)) {
    // wink tests `terminalStates[ns]` for truth: an empty name is no terminal. A name is a tag wink later uses both as
    // a number and as an object key: only a canonical one ("-11", "8") means the same either way.
    if (name === "") continue;
    if (String(Number(name)) !== name) throw new Error(`pos-patterns: terminal tag "${name}" is no canonical number`);
    // wink keeps a positive pattern tag as the string it is named by, which is never the number it passes over.
    if (Number(name) > 0 && Number(name) === skipped) throw new Error(`pos-patterns: terminal tag ${name} is the tag passed over`);
    terminal[Number(state)] = 1;
    tag[Number(state)] = Number(name);
  }
  const skip = new Int32Array(states);
  for (const [state, [start]] of Object.entries(marked)) skip[Number(state)] = start;
  return { next, otherwise, terminal, tag, skip };
}

/**
 * automaton.js `recognize(tags, transformer, rawTokens)` for the POS machines: greedy, longest pattern first, from
 * each token on. Token j reads as its hint (HINT_BASE + hint) if it has one, else as its tag, and a token whose tag is
 * `skipped` is passed over (wink's `keyLF`, the tag no token has). The matches go into `out` as pairs: the tagged
 * token, its pattern's tag.
 */
export function recognize(m: PatternMachine, tags: ArrayLike<number>, hints: ArrayLike<number>, length: number, skipped: number, out: number[]): void {
  const { next, otherwise, terminal } = m;
  out.length = 0;
  let first = 0;
  let state = ROOT;
  let ns = ROOT;
  let lastOtherwiseIndex = 0;
  let lastOtherwiseState = ROOT;
  for (let i = 0; i <= length; i += 1) {
    for (let j = i; j <= length; j += 1) {
      let token = EOS;
      if (j < length) {
        token = tags[j]!;
        if (token === skipped) continue;
        const hint = hints[j]!;
        if (hint) token = HINT_BASE + hint;
      } else if (token === skipped) continue;
      ns = next[state * COLUMNS + column(token)]!;
      if (state === ROOT && ns !== ROOT) first = j;
      if (terminal[ns]) {
        match(m, out, first, ns);
        i = j;
        j = length + 100;
        ns = ROOT;
        lastOtherwiseState = ROOT;
      } else if (ns === ROOT) {
        if (lastOtherwiseState !== ROOT) {
          match(m, out, first, lastOtherwiseState);
          i = lastOtherwiseIndex;
          j = length + 100;
          ns = ROOT;
          lastOtherwiseState = ROOT;
        } else {
          j = length + 100;
        }
      }
      state = ns;
      if (otherwise[state]) {
        lastOtherwiseIndex = j;
        lastOtherwiseState = otherwise[state]!;
      }
    }
  }
}

/** automaton.js `pushMatch2Patterns`: a pattern tagged 0 is dropped; the tagged token is past the marked-off start. */
function match(m: PatternMachine, out: number[], first: number, state: number): void {
  const tag = m.tag[state]!;
  if (tag === 0) return;
  out.push(first + m.skip[state]!, tag);
}
