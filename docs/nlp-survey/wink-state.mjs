// Minimal repro: wink's tokenization depends on what the same instance read before.  Run: node wink-state.mjs
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
const nlp = winkNLP(model, ["sbd", "pos", "ner"]);
const toks = (s) => nlp.readDoc(s).tokens().out().join("|");
const probe = "At St Mary's Stadium, Diame returned.";
console.log("fresh:      ", toks(probe));
console.log("other text: ", toks("He had every chance to succeed at St Mary's. But results were poor."));
console.log("probe again:", toks(probe));
