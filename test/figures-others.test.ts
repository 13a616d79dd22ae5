// A count of "others" is labelled by the noun "others" stands for, said before it (others.ts).
import { describe, expect, it } from "vitest";
import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { at, exact, figs } from "#test/helpers/figures.ts";

/** The figure of `text` with this value in its sentence `s` (two sentences may say one amount). */
const inSentence = (text: string, value: number, s: number): KeyFigure | undefined => figs(text).find((f) => f.value === value && f.sentence === s);

const count = (value: number, label: string, qualifier?: string): ReturnType<typeof exact> => ({ value, qualifier, unit: undefined, label, type: "count" });

describe("'others' takes the noun said before it", () => {
  it("'killing 12 people and injuring 70 others': people injured", () => {
    expect(exact(at("Holmes is accused of killing 12 people and injuring 70 others.", 70))).toEqual(count(70, "people injured"));
  });

  it("'At least 54 people have died and 15 others are missing': people missing", () => {
    expect(exact(at("At least 54 people have died and 15 others are missing after a vessel sank.", 15))).toEqual(count(15, "people missing"));
  });

  it("'killing three patients … and deliberately poisoning 18 others': other patients", () => {
    expect(exact(at("Chua is accused of killing three patients and deliberately poisoning 18 others.", 18))).toEqual(count(18, "other patients"));
  });

  it("'Another man has died and two others are fighting for their life': other men (the plural of 'another''s noun)", () => {
    expect(exact(at("Another man has died and two others are fighting for their life.", 2))).toEqual(count(2, "other men"));
  });

  it("'One of the officers put him in an arm lock, while two others held him down': other officers", () => {
    expect(exact(at("One of the officers put the attacker in an arm lock, while two others held him down.", 2))).toEqual(count(2, "other officers"));
  });

  it("'One witness told the paper … But two others told WCAU': the sentence before names them, other witnesses", () => {
    const text = "One witness, Agustin Ayala, told the paper that White was resisting arrest. But two others told WCAU that police attacked White.";
    expect(exact(at(text, 2))).toEqual(count(2, "other witnesses"));
  });

  it("'the murder of one Chilean and the disappearance of nine others': other Chileans", () => {
    expect(exact(at("He faces charges over the murder of one Chilean and the disappearance of nine others.", 9))).toEqual(count(9, "other Chileans"));
  });

  it("'One dusty doll dates back to 1902 … There are hundreds of others': one thing's noun ends before a plural word", () => {
    const text = "One dusty doll dates back to 1902 but remains unclaimed. There are hundreds of others that have been left to rot.";
    expect(exact(at(text, 100))).toEqual(count(100, "other dusty dolls", "hundreds of"));
  });
});

describe("a count of others is another fact than the count it stands beside", () => {
  it("'Four members … were caught … Four others … were arrested': both on the card, members and other members", () => {
    const text = "Four members of the group were caught at the airport with heroin. Four others, including Sukumaran, were arrested at a hotel.";
    expect(figs(text).map((f) => `${f.value} ${f.label}`)).toEqual(["4 members", "4 other members"]);
  });
});

describe("others within a counted whole", () => {
  it("'One of the three guards died and two others were hurt': two fit in the three, other guards", () => {
    expect(exact(at("One of the three guards died and two others were hurt.", 2))).toEqual(count(2, "guards hurt"));
  });

  it("'Of the six children testifying, four say they were victims while two others witnessed it': children witnessed", () => {
    expect(exact(at("Of the six children testifying, four say they were victims while two others witnessed it.", 2))).toEqual(count(2, "children witnessed"));
  });

  it("'Of the three guards, one died and five others were hurt': five do not fit in the three", () => {
    expect(exact(at("Of the three guards, one died and five others were hurt.", 5))).toEqual(count(5, "others hurt"));
  });
});

describe("'others' with no one noun before it stays 'others'", () => {
  it("'A spokesman said two others were hurt': a singular 'a' noun is no antecedent", () => {
    expect(exact(at("A spokesman said two others were hurt.", 2))).toEqual(count(2, "others hurt"));
  });

  // No noun, but what the clause did to them: the first object's verb (others-verb.ts).
  it("'After 12 workers were hurt, Baker killed Mr Heenan and three others': joined to a name, not the workers; others killed", () => {
    expect(exact(at("After 12 workers were hurt, Baker killed Mr Heenan and three others.", 3))).toEqual(count(3, "others killed"));
  });

  it("'The bomb hurt 20 people …, and a second blast killed him and 14 others': joined to a person; others killed", () => {
    expect(exact(at("The bomb hurt 20 people in the square, and a second blast killed him and 14 others.", 14))).toEqual(count(14, "others killed"));
  });

  it("'One of his sons died and two others were hurt': a part of an owner's group", () => {
    expect(exact(at("One of his sons died and two others were hurt.", 2))).toEqual(count(2, "others hurt"));
  });

  it("'were suspended five games each … Samardzija and five others have been suspended': joined to a name, not the games", () => {
    const text = "Sale and Samardzija were suspended five games each. Samardzija and five others have been suspended as a result.";
    expect(exact(inSentence(text, 5, 1))).toEqual(count(5, "others suspended"));
  });

  it("'the men threw three of his friends and six others': a part of an owner's group, which the others are not of; others thrown", () => {
    expect(exact(at("He said the men threw three of his friends and six others into the water.", 6))).toEqual(count(6, "others thrown"));
  });

  it("'The blast killed two of the three soldiers and injured 12 others': a part of a counted whole, which the others are outside of", () => {
    expect(exact(at("The blast killed two of the three soldiers and injured 12 others.", 12))).toEqual(count(12, "others injured"));
  });

  it("'killing 13 men and women …, injuring 30 others': a coordinated group no one noun names", () => {
    expect(exact(at("Hasan opened fire, killing 13 men and women at the post, injuring 30 others.", 30))).toEqual(count(30, "others injured"));
  });

  it("'Two local networks … one governing vision': a participle after 'one' is no noun", () => {
    expect(exact(at("The firm hired one governing body to run it. Two others make up the outer shell.", 2))).toEqual(count(2, "others"));
  });

  it("'The two others men' as written: a count of another noun than 'others' keeps its label", () => {
    expect(exact(at("One man was charged, while the two others men are in custody.", 2))).toEqual(count(2, "others men"));
  });

  it("'She was the one person who stayed, and two others were hurt': 'the one' is a pronoun's, no correlative", () => {
    expect(exact(at("She was the one person who stayed, and two others were hurt.", 2))).toEqual(count(2, "others hurt"));
  });

  it("'Nine members were held. Police said two others fled.': a count not opening its sentence looks no further back", () => {
    expect(exact(at("Nine members were held. Police said two others fled.", 2))).toEqual(count(2, "others"));
  });
});

describe("'others' opening its sentence looks two sentences back", () => {
  it("'Three people died in the crash. The driver fled the scene. Seven others were hurt.' → people hurt", () => {
    expect(exact(inSentence("Three people died in the crash. The driver fled the scene. Seven others were hurt.", 7, 2))).toEqual(count(7, "people hurt"));
  });

  it("'One witness saw the crash. The driver fled. Two others told police.' → other witnesses", () => {
    expect(exact(inSentence("One witness saw the crash. The driver fled. Two others told police.", 2, 2))).toEqual(count(2, "other witnesses"));
  });

  it("near miss: three sentences back is too far ('… He was arrested. Seven others were hurt.')", () => {
    expect(exact(inSentence("Three people died. The driver fled. He was arrested. Seven others were hurt.", 7, 3))).toEqual(count(7, "others hurt"));
  });

  it("near miss: a count inside its sentence does not look back ('Police said seven others were hurt.')", () => {
    expect(exact(inSentence("Three people died in the crash. The driver fled the scene. Police said seven others were hurt.", 7, 2))).toEqual(count(7, "others hurt"));
  });
});

describe("'one' with an '-ed' adjective singles out its noun", () => {
  it("'One alleged victim says … Two others say' → other alleged victims", () => {
    expect(exact(inSentence("The man faces nine charges against three girls and three women. One alleged victim says he assaulted her. Two others say they were touched.", 2, 2))).toEqual(count(2, "other alleged victims"));
  });
});

describe("'others' is labelled by its verb past an age aside", () => {
  it("'three others, aged 22 and 35, have since been released' → others released", () => {
    expect(exact(at("A 40-year-old man is on bail until 3 May and three others, aged 22 and 35, have since been released.", 3))).toEqual(count(3, "others released"));
  });
});

describe("'others' after people named with their ages takes the noun that lists them", () => {
  it("'denies murdering patients Ann Cole, 52, Brian Hill, 77 and Joan Day, 80, and poisoning 12 others' → other patients", () => {
    expect(exact(at("The nurse denies murdering patients Ann Cole, 52, Brian Hill, 77 and Joan Day, 80, and deliberately poisoning 12 others.", 12))).toEqual(count(12, "other patients"));
  });
});
