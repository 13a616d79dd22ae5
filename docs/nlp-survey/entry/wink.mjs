// Smallest module a Lambda would ship: load wink + model, tag one sentence.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
export function tag(text) {
  const doc = nlp.readDoc(text);
  return doc.tokens().out(nlp.its.pos);
}
if (process.env.TAG_ONE) console.log(tag("Police said 129 people were killed and 350 wounded.").join(" "));
