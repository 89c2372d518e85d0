import { describe, expect, test } from "vitest";
import { extract } from "../../src/index.js";
import { findQuotes } from "../../src/rules/quotes.js";
import { ParsedText } from "../../src/text/parsed.js";
import { readFrontMatter } from "../../src/text/frontMatter.js";
import type { RuleContext } from "../../src/rules/context.js";
import type { Person, Quote } from "../../src/types.js";
import { expectOffsetsSliceBack } from "../helpers/offsets.js";

type Row = { kind: Quote["kind"]; text: string; cue?: string | null };

/** The quotes the whole pipeline finds, without their speakers (those depend on the people rule). */
function quotesOf(text: string): Row[] {
  const result = extract(text);
  expectOffsetsSliceBack(text, result);
  return result.quotes.map((q) => ({ kind: q.kind, text: q.text, cue: q.cue }));
}

const direct = (text: string, cue: string | null = null): Row => ({ kind: "direct", text, cue });
const indirect = (text: string, cue: string | null = null): Row => ({ kind: "indirect", text, cue });

/** The quote rule alone, with a people list given by the test: speakers as [kind, text start, speaker name]. */
function speakersOf(text: string, people: Person[]): [string, string, string | null][] {
  const parsed = new ParsedText(text);
  const ctx: RuleContext = { parsed, front: readFrontMatter(parsed), published: null, warnings: [] };
  const quotes = findQuotes(ctx, people);
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
  }
  return quotes.map((q) => [q.kind, q.text.split(" ").slice(0, 3).join(" "), q.speaker?.name ?? null]);
}

/** A person with a mention at every place one of `forms` stands in `text`. */
function person(text: string, name: string, title: string | null, forms: string[] = [name]): Person {
  const mentions: { start: number; end: number }[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) mentions.push({ start: at, end: at + form.length });
  }
  return { name, title, mentions: mentions.sort((a, b) => a.start - b.start) };
}

describe("direct quotes in every quotation-mark style", () => {
  test.each([
    ["«We value the achieved level of partnership,» the head of state noted.", [direct("We value the achieved level of partnership", "noted")]],
    ["“We are ready to work together,” Aliyev said.", [direct("We are ready to work together", "said")]],
    ['"We hope for a good result at the summit," said Tokayev.', [direct("We hope for a good result at the summit", "said")]],
    ["The minister said: „We work well together with our neighbours.“", [direct("We work well together with our neighbours.", "said")]],
    ["He remarked, \"During my visit we laid the foundation of our partnership.\"", [direct("During my visit we laid the foundation of our partnership.", "remarked")]],
    // mismatched and broken pairs
    ['Mr. Ghoryani said: "Now the private sector is striving to invest’’.', [direct("Now the private sector is striving to invest", "said")]],
    ['Ruiz Massieu said that "Latin America can only be strengthened by concerted action.”', [direct("Latin America can only be strengthened by concerted action.", "said")]],
    ["The head of state noted:“We are very pleased with the level of cooperation.”", [direct("We are very pleased with the level of cooperation.", "noted")]],
    ["Séjournay said:\n\"Europe needs these critical materials very much.\"", [direct("Europe needs these critical materials very much.", "said")]],
    ["Retno said, adding: “Dato’ Lim Jock Hoi will leave Indonesia today to", [direct("Dato’ Lim Jock Hoi will leave Indonesia today to", "adding")]],
    ["We are preparing new security agreements in the coming weeks. ,\" the President announced.", [direct("We are preparing new security agreements in the coming weeks.", "announced")]],
    ["`We have to follow the Malaysian model for development,` he added.", [direct("We have to follow the Malaysian model for development", "added")]],
    ["'This partnership will play a key role in our cooperation' Christa Schweng said.", [direct("This partnership will play a key role in our cooperation", "said")]],
    ['"We are ready for military-technical cooperation", - noted Russian President.', [direct("We are ready for military-technical cooperation", "noted")]],
    // a quotation over two paragraphs is one quote
    ["«We value it.\n\nThe railway is already yielding results,» Japarov said.", [direct("We value it.\n\nThe railway is already yielding results", "said")]],
    // a quote broken by its attribution gives two quotes
    ["«We highly value the partnership,» he said. «The projects are yielding results»", [direct("We highly value the partnership", "said"), direct("The projects are yielding results", "said")]],
    ['President Yoon said, "The alliance is growing.""We met several times last week," he added.', [direct("The alliance is growing.", "said"), direct("We met several times last week", "added")]],
    // a document's words are a quote too
    ['The statement read: "The parties agreed to deepen cooperation in trade."', [direct("The parties agreed to deepen cooperation in trade.", "read")]],
    // a clause with a quoted part is reported speech too (SPEC: quotes)
    ["According to the minister, the visit will open \"a new page in our relations\".", [indirect('the visit will open "a new page in our relations"', "according to"), direct("a new page in our relations", "According to")]],
    ['"We are ready to cooperate with all partners," according to the ministry statement.', [direct("We are ready to cooperate with all partners", "according to")]],
    // a quotation inside the quotation does not cut it
    ["«The company \"Rosatom\" will build the plant in Uzbekistan,» Putin said.", [direct('The company "Rosatom" will build the plant in Uzbekistan', "said")]],
    ['Vladimir Putin: "We will continue our work with all partners."', [direct("We will continue our work with all partners.", null)]],
  ])("%j", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("not quotes: names, titles, formats, scare quotes", () => {
  test.each([
    ["The ministers met in the “Central Asia – China” format in Astana."],
    // arrows of a page's links to the articles before and after
    ["The ministers met in Astana.\n\nShare: Facebook | X\n« Previous: Trade fair opens in Almaty\nNext: Notice on visa appointments »"],
    ["The ministers met.\n« Previous article: Ministers open a new bridge over the river\nNext article: Embassy hosts a reception for the national day »"],
    // the links alone, with nothing after them
    ["The ministers met in Astana.\n\n« Previous news     Next news »"],
    ["The ministers met in Astana.\n\n“Older post   Newer post”"],
    ["The «Road Maps» were adopted by the two governments."],
    ["NIAT «Khovar» reported on the talks between the leaders."],
    ["Both sides support the “Belt and Road” Initiative in the region."],
    ["He called his first official visit to Switzerland “successful”."],
    ["The sides discussed the ‘green’ economy and renewable energy."],
    ['The sides signed the Agreement "On cooperation in the field of education".'],
    ["Indonesia will chair ASEAN under the theme ‘Epicentrum of Growth‘ next year."],
    ["He praised the Prime Minister’s policy of “Investment in people.”"],
    ["Kyrgyzstan’s efforts and the countries’ partnership were welcomed by the sides."],
    ['- Agreement on cooperation between the two ministries ";\n- Memorandum on education ";'],
    ["The leaders adopted the “Declaration towards an innovative and solid partnership” on Monday."],
    ["The company \"Rosatom\" will build the plant in the Jizzakh region."],
    ["The Order \"For Services to the Fatherland\" was awarded to him."],
  ])("%j", (text) => {
    expect(quotesOf(text).filter((q) => q.kind === "direct")).toEqual([]);
  });
});

describe("reported speech", () => {
  test.each([
    ["Xi Jinping noted that Beijing highly appreciates the efforts of Kyrgyzstan.", [indirect("Beijing highly appreciates the efforts of Kyrgyzstan", "noted")]],
    ["Sadyr Japarov, in turn, emphasized that China is a key strategic partner.", [indirect("China is a key strategic partner", "emphasized")]],
    ["It was noted that cooperation in the field of energy has a promising future.", [indirect("cooperation in the field of energy has a promising future", "noted")]],
    ["Vladimir Putin: The statement we signed covers the entire range of relations. Over decades, relations have grown.", [indirect("The statement we signed covers the entire range of relations", null)]],
    ["Ambassador Neil Holland says that the use of force is unacceptable and states that the UK welcomes the ceasefire.", [indirect("the use of force is unacceptable", "says"), indirect("the UK welcomes the ceasefire", "states")]],
    ["Noting that this is his first state visit, Xi said that the two leaders have maintained close contact.", [indirect("this is his first state visit", "Noting"), indirect("the two leaders have maintained close contact", "said")]],
    ["The press service said that the talks were held in a friendly atmosphere, according to Kabar.", [indirect("the talks were held in a friendly atmosphere", "said")]],
    ["He also expressed the hope that cultural exchanges will be strengthened.", [indirect("cultural exchanges will be strengthened", "expressed the hope")]],
    ["Secretary Kerry also informed Secretary-General Minh that President Obama will attend the summit.", [indirect("President Obama will attend the summit", "informed")]],
    // a long object between the verb and its `that`
    ["Minister Ana Ruiz told reporters after meeting Chile's Minister of Mining Pedro Soto Vial that the two mines would merge.", [indirect("the two mines would merge", "told")]],
    ["The President said: Uzbekistan is ready to expand cooperation with all partners. Then they left.", [indirect("Uzbekistan is ready to expand cooperation with all partners", "said")]],
    ["Séjournay said:\nEurope needs these critical materials very much. Other words follow.", [indirect("Europe needs these critical materials very much", "said")]],
    ["Mohamed Al-Ashami has cited the objective of their visit and pointed that the mission is to study the lands.", [indirect("the mission is to study the lands", "pointed")]],
    [
      'Erdogan highlighted that the partnership has started to yield results, stating, "This partnership has begun to bear fruit in all areas."',
      [indirect("the partnership has started to yield results", "highlighted"), direct("This partnership has begun to bear fruit in all areas.", "stating")],
    ],
    [
      'The UGC Chairman said that these MoUs are a testament to "our commitment to internationalisation".',
      [indirect('these MoUs are a testament to "our commitment to internationalisation"', "said"), direct("our commitment to internationalisation", "said")],
    ],
  ])("%j", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  test.each([
    ["The sides agreed that trade between the two countries should grow."],
    ["The parties shared the view that the region needs more investment."],
    ["They discussed the fact that prices of energy rose last year."],
    // a relative `that`, its verb right after it
    ["The minister thanked the crews, recalling the storms that closed the ports in March."],
    ["The envoy informed the minister about the attacks on the border posts that have taken place lately."],
    ["It should be noted that the Order is awarded to prominent foreign leaders."],
    ['Mohajerani wrote on her account that "In order to deepen neighbourhood diplomacy, we met the governors."'],
    ["“Dato’ Lim said that the economic development of each country is promising,” Retno said."],
    ["Fighting corruption: NAB looking to sign agreement with Malaysia"],
    ["Source: Kabar news agency reported the meeting."],
    ["Georgian Prime Minister: Partnership Between Our Countries Holds Importance"],
    ["Current Date: Monday, the sides met in Khartoum."],
    ["WARNING: Comments that contain insults will be removed by the editors."],
    ["The following documents were signed:\nAgreement on trade and economic cooperation."],
    ['He said:\n"We want rare earths and oil, everything we can get."'],
  ])("no reported speech in %j", (text) => {
    expect(quotesOf(text).filter((q) => q.kind === "indirect")).toEqual([]);
  });
});

describe("speakers resolved through the people of the text", () => {
  test("`he` is the subject of the sentence before, not the person met", () => {
    const text = 'President Erdogan welcomed Sheikh Mohammed to Ankara.\nHe remarked, "We laid the foundation of our partnership in 2023."';
    const people = [person(text, "Recep Tayyip Erdogan", "President of Turkey", ["Erdogan"]), person(text, "Mohammed bin Zayed", "UAE President", ["Sheikh Mohammed"])];
    expect(speakersOf(text, people)).toEqual([["direct", "We laid the", "Recep Tayyip Erdogan"]]);
  });

  test("`the head of state` is the person in the foreground whose role fits", () => {
    const text = "President of Kyrgyzstan Sadyr Japarov met Chairman Xi Jinping. Japarov noted that the visit was important.\n\n«We value the partnership with China,» the head of state noted.";
    const people = [person(text, "Sadyr Japarov", "President of Kyrgyzstan", ["Sadyr Japarov", "Japarov"]), person(text, "Xi Jinping", "Chairman", ["Xi Jinping"])];
    expect(speakersOf(text, people)).toEqual([
      ["indirect", "the visit was", "Sadyr Japarov"],
      ["direct", "We value the", "Sadyr Japarov"],
    ]);
  });

  test("a nationality picks the person of that country", () => {
    const text = "Vladimir Putin met Shavkat Mirziyoyev in Tashkent. Putin noted that trade grew by a third. The Uzbek leader said that relations are at a high level.";
    const people = [person(text, "Vladimir Putin", "Russian President", ["Vladimir Putin", "Putin"]), person(text, "Shavkat Mirziyoyev", "President of Uzbekistan")];
    expect(speakersOf(text, people)).toEqual([
      ["indirect", "trade grew by", "Vladimir Putin"],
      ["indirect", "relations are at", "Shavkat Mirziyoyev"],
    ]);
  });

  test("an acronym picks the person whose title it abbreviates", () => {
    const text = "Chairman of the University Grants Commission M. Jagadesh Kumar attended. The UGC Chairman said that these MoUs are important.";
    const people = [person(text, "M. Jagadesh Kumar", "Chairman of the University Grants Commission")];
    expect(speakersOf(text, people)).toEqual([["indirect", "these MoUs are", "M. Jagadesh Kumar"]]);
  });

  test("an organisation or a document is named by its noun phrase", () => {
    const text = "«The talks were held in a friendly atmosphere,» the press service of the President of Kyrgyzstan reported. \"The heads of state signed a joint statement,\" the statement revealed.";
    expect(speakersOf(text, [])).toEqual([
      ["direct", "The talks were", "press service of the President of Kyrgyzstan"],
      ["direct", "The heads of", "statement"],
    ]);
  });

  test("a surname or a variant spelling gives the fullest name", () => {
    const text = "Gurbanguly Berdimuhamedov met Vladimir Putin. \"The issue is of strategic importance for us,\" Berdymuhamedov said.";
    const people = [person(text, "Gurbanguly Berdimuhamedov", "President of Turkmenistan"), person(text, "Vladimir Putin", "President of Russia")];
    expect(speakersOf(text, people)).toEqual([["direct", "The issue is", "Gurbanguly Berdimuhamedov"]]);
  });

  test("a transcript's `we` is the speaker of the label", () => {
    const text = "Foreign Minister IWAYA Takeshi: This is my first visit to these countries.\n\nWe confirmed that both countries would work together.";
    const people = [person(text, "IWAYA Takeshi", "Foreign Minister")];
    expect(speakersOf(text, people)).toEqual([
      ["indirect", "This is my", "IWAYA Takeshi"],
      ["indirect", "both countries would", "IWAYA Takeshi"],
    ]);
  });

  test("a one-word label is a speaker when the people of the text include it", () => {
    const text = "Tokayev: Kazakhstan is ready to deepen ties with Russia\n\nPresident Kassym-Jomart Tokayev met the delegation.";
    const people = [person(text, "Kassym-Jomart Tokayev", "President", ["Tokayev", "Kassym-Jomart Tokayev"])];
    expect(speakersOf(text, people)).toEqual([["indirect", "Kazakhstan is ready", "Kassym-Jomart Tokayev"]]);
    expect(speakersOf("WASHINGTON: Spokesperson Ned Price confirmed the meeting.", [])).toEqual([]);
  });

  test("`they` is the group named before", () => {
    const text = "The two leaders highlighted the importance of trade. They noted with satisfaction that trade grew by a third.";
    expect(speakersOf(text, [])).toEqual([["indirect", "trade grew by", "two leaders"]]);
  });

  test("a standalone quotation takes the speaker of the sentence before", () => {
    // (the sentence before is itself a report, its attribution inside the clause)
    const text = "Chile and Peru, Ruiz said, have long enjoyed close ties.\n“We will keep building these ties for our ports.”";
    const people = [person(text, "Ana Ruiz", "President", ["Ruiz"])];
    expect(speakersOf(text, people)).toEqual([["indirect", "Chile and Peru,", "Ana Ruiz"], ["direct", "We will keep", "Ana Ruiz"]]);
  });

  test("without a people list the mention's own name speaks", () => {
    const text = "“We are ready to sign the agreement,” President Ilham Aliyev said. \"We agree with that view,\" said Prime Minister of Georgia Irakli Kobakhidze.";
    expect(speakersOf(text, [])).toEqual([
      ["direct", "We are ready", "Ilham Aliyev"],
      ["direct", "We agree with", "Irakli Kobakhidze"],
    ]);
  });

  test.each([
    ["“In all scheduled engagements the delegation will", "a quotation nobody is said to speak"],
    ["It was noted that cooperation has a promising future.", "impersonal reported speech"],
  ])("no speaker: %j (%s)", (text) => {
    expect(speakersOf(text, []).map((q) => q[2])).toEqual([null]);
  });
});

describe("hostile input stays fast", () => {
  test.each([
    ["quotation marks", '"'.repeat(100_000)],
    ["guillemets", "«".repeat(50_000) + "»".repeat(50_000)],
    ["quotes with attributions", "“a b c,” he said. ".repeat(6_000)],
    ["single quotes", "'a b c' ".repeat(12_000)],
    ["reports", "Xi said that he said that ".repeat(4_000)],
  ])("%s", (_name, text) => {
    const t0 = performance.now();
    const result = extract(text);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(Array.isArray(result.quotes)).toBe(true);
  });
});

describe("a quotation after one whose attribution follows it", () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name ?? null]);
  test.each([
    [
      "‘The sea links the peoples of West Africa,’ said Secretary-General of the Union Dr. Amara Koné. ‘This fund will help fishers along the coast.’",
      [["The sea links the pe", "Amara Koné"], ["This fund will help ", "Amara Koné"]],
    ],
    [
      "“Trade with Chile doubled,” said the Minister of Trade of Peru Dr. Ana Ruiz. “We expect more next year.”",
      [["Trade with Chile dou", "Ana Ruiz"], ["We expect more next ", "Ana Ruiz"]],
    ],
    // the speaker before the verb keeps it
    [
      "“Ghana welcomes the plan,” Minister Kofi Asare said. “Work starts in May.”",
      [["Ghana welcomes the p", "Kofi Asare"], ["Work starts in May.", "Kofi Asare"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a quotation never closed, with its attribution in its own paragraph", () => {
  const found = (text: string) => extract(text).quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null]);
  test.each([
    [
      "Trade Minister Ana Lima met traders from Ghana in Lima.\n\n“Peru and Ghana are old friends, and today we open a new chapter, the minister said at the briefing.\n\nThe traders then toured the port.\n\nThe visit ends on Friday.",
      [["direct", "Peru and Ghana are old friends, and today we open a new chapter", "Ana Lima"]],
    ],
    [
      "Minister Omar Haddad visited Rabat.\n\n“Our trade will double by 2030, Haddad told reporters.\n\nHe left for Tunis in the evening.",
      [["direct", "Our trade will double by 2030", "Omar Haddad"]],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("speakers: German quotation marks, \"With these words\", and a name governed by a preposition", () => {
  const speakers = (text: string) => extract(text).quotes.map((q) => [q.text.slice(0, 20), q.speaker?.name ?? null]);
  test.each([
    ["Prime Minister Jan Novak met the guests. „Many of our engineers studied in Hanoi. We remember this,“ Jan Novak told journalists.", [["Many of our engineer", "Jan Novak"]]],
    ["President Ana Ruiz met the envoy.\n\n“The sea does not divide us. It joins us.” With these words President Ruiz opened the talks.", [["The sea does not div", "Ana Ruiz"]]],
    ["Deputy Prime Minister Le Thi Mai met the guests.\n\n“Whatever happens, our friendship stays.” Those were the words of Deputy Prime Minister Mai as she opened the session.", [["Whatever happens, ou", "Le Thi Mai"]]],
    [
      "Spokesperson Lena Holm briefed the press.\n\nAsked about the talks with New Zealand, the spokesperson said: “The two countries already share one agreement on trade.”",
      [["The two countries alr", "Lena Holm"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text).map(([t, s]) => [t!.slice(0, 20), s])).toEqual(expected.map(([t, s]) => [t!.slice(0, 20), s]));
  });
});
