// Smallest module a Lambda would ship: load compromise, tag one sentence.
import nlp from "compromise";
export function tag(text) {
  return nlp(text).json()[0].terms.map((t) => t.tags[0]);
}
if (process.env.TAG_ONE) console.log(tag("Police said 129 people were killed and 350 wounded.").join(" "));
