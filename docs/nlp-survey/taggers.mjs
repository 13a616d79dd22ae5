// One adapter per library: tag(text) → tokens with character offsets, a UD-style POS and (wink) entity type.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlp from "compromise";

/** Every annotation wink's model offers (the default pipe) vs only what figures need. */
export const winkFull = winkNLP(model);
export const winkLean = winkNLP(model, ["sbd", "pos", "ner"]);
const its = winkFull.its;

/** Find each token's text in the source from a moving cursor: both libraries' tokens are verbatim substrings. */
function place(text, pieces) {
  let cursor = 0;
  const out = [];
  for (const p of pieces) {
    if (p.text === "") continue;
    const at = text.indexOf(p.text, cursor);
    if (at < 0) continue;
    out.push({ ...p, start: at, end: at + p.text.length });
    cursor = at + p.text.length;
  }
  return out;
}

export function tagWink(text, nlpInstance = winkLean) {
  const doc = nlpInstance.readDoc(text);
  const pieces = [];
  doc.tokens().each((t) => pieces.push({ text: t.out(its.value), pos: t.out(its.pos), ent: null }));
  // Entity spans are token index ranges [first, last] over the whole document.
  doc.entities().each((e) => {
    const [a, b] = e.out(its.span);
    const type = e.out(its.type);
    for (let k = a; k <= b; k++) pieces[k].ent = type;
  });
  return place(text, pieces);
}

/** compromise has its own tag set; read the UD tag from the most specific tag present. */
function udOf(tags) {
  const has = (t) => tags.includes(t);
  if (has("Ordinal")) return "ADJ"; // UD tags ordinals ADJ
  if (has("Value") || has("Cardinal") || has("NumericValue") || has("TextValue") || has("Money") || has("Percent")) return "NUM";
  if (has("Pronoun")) return "PRON";
  if (has("ProperNoun")) return "PROPN";
  if (has("Auxiliary") || has("Copula")) return "AUX";
  if (has("Verb")) return "VERB";
  if (has("Noun") || has("Unit")) return "NOUN";
  if (has("Adjective")) return "ADJ";
  if (has("Adverb")) return "ADV";
  if (has("Determiner")) return "DET";
  if (has("Preposition")) return "ADP";
  if (has("Conjunction")) return "CCONJ";
  if (has("QuestionWord")) return "PRON";
  return "X";
}

function compromiseEnt(tags) {
  const has = (t) => tags.includes(t);
  if (has("Money")) return "MONEY";
  if (has("Percent")) return "PERCENT";
  if (has("Ordinal")) return "ORDINAL";
  if (has("Time")) return "TIME";
  if (has("Duration")) return "DURATION";
  if (has("Date") || has("Year")) return "DATE";
  if (has("Cardinal") || has("Value")) return "CARDINAL";
  return null;
}

export function tagCompromise(text) {
  const sentences = nlp(text).json({ offset: true });
  const pieces = [];
  for (const s of sentences)
    for (const t of s.terms) pieces.push({ text: t.text, pos: udOf(t.tags), ent: compromiseEnt(t.tags), tags: t.tags });
  return place(text, pieces);
}

export { model };
