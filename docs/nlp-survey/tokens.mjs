// Task 3: how each library tokenizes and tags awkward number forms.  Run: node tokens.mjs
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import nlp from "compromise";
const wink = winkNLP(model);
const its = wink.its;
const SENTENCES = [
  "Profit rose 76% to $1.13bn in the quarter.",
  "Staff got £35million in pay rises.",
  "She won the 1500m in 3:28.81 on Saturday.",
  "Two-thirds of the 28-nation bloc agreed.",
  "The deal is worth US$2.5 billion, or A$3.2bn.",
  "Police said 129 people were killed and 350 wounded.",
  "He was brought on in the 83rd minute. #7minutes",
  "It costs €99 per scalpel and 59.2 trillion rupiah ($6.58bn).",
  "Sales fell 40 per cent, a 40% drop in profits, to HK$5m.",
  "Hundreds of tourists watched as gunmen killed 3 and wounded 40.",
  "The 16-year-old won a £2 billion-a-year contract in 2014.",
];
for (const s of SENTENCES) {
  const doc = wink.readDoc(s);
  const w = doc.tokens().out(its.value).map((v, i) => `${v}/${doc.tokens().itemAt(i).out(its.pos)}`);
  const ents = doc.entities().out(its.detail).map((e) => `${e.value}:${e.type}`);
  console.log(`\n${s}\n  wink:  ${w.join(" ")}\n  wink entities: ${ents.join(" | ")}`);
  const cdoc = nlp(s);
  console.log(`  compromise: ${cdoc.json().flatMap((x) => x.terms).map((t) => `${t.text}/${t.tags.join(",")}`).join("  ")}`);
}
