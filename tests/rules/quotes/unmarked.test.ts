// Reported speech without `that` (src/rules/quotes/unmarked.ts, clause.ts): every form in several
// phrasings, and as many sentences that must give nothing.
import { describe, expect, test } from "vitest";
import { extract } from "../../../src/index.js";
import { clauseVerb, tokenize } from "../../../src/rules/quotes/clause.js";
import { expectOffsetsSliceBack } from "../../helpers/offsets.js";

/** The reported speech extract finds: [text, cue, speaker name]. */
function reported(text: string): [string, string | null, string | null][] {
  const result = extract(text);
  expectOffsetsSliceBack(text, result);
  return result.quotes.filter((q) => q.kind === "indirect").map((q) => [q.text, q.cue, q.speaker?.name ?? null]);
}

describe("a speech verb followed directly by a clause", () => {
  test.each([
    ["The governor said the new bridge would open in autumn.", "the new bridge would open in autumn", "said", "governor"],
    ["Premier Tomas Lind said Norway is ready to buy more grain.", "Norway is ready to buy more grain", "said", "Tomas Lind"],
    ["She told reporters the pipeline will be finished next spring.", "the pipeline will be finished next spring", "told", null],
    ["The envoy told Nova Radio the two ports had signed a lease.", "the two ports had signed a lease", "told", "envoy"],
    ["Minister Ana Ruiz said on Friday exports grew by a fifth.", "exports grew by a fifth", "said", "Ana Ruiz"],
    ["The spokesman said in a briefing the embassy remains open.", "the embassy remains open", "said", "spokesman"],
    ["Chancellor Berg said at the forum with Mayor Holm the city plans a new tram line.", "the city plans a new tram line", "said", "Berg"],
    ["The mayor welcomed the plan, saying it would bring jobs to the valley.", "it would bring jobs to the valley", "saying", "mayor"],
    ["Governor Ito noted the farms have doubled their harvest since spring.", "the farms have doubled their harvest since spring", "noted", "Ito"],
    ["The ministry added there is no need for new checks at the border.", "there is no need for new checks at the border", "added", "ministry"],
    ["Director Paul Okoro expressed hope the new school will open in June.", "the new school will open in June", "expressed hope", "Paul Okoro"],
    ["Premier Lind said more than twenty firms will move to the new park.", "more than twenty firms will move to the new park", "said", "Lind"],
    ["Ana Ruiz, who left early, missed the dinner and said she had another meeting.", "she had another meeting", "said", "Ana Ruiz"],
    // a compound name joined by an en dash, and an adverb before a verb that is also a plural noun
    ["Minister Lind told reporters the extension of the Oslo–Bergen line to Voss would be finished in May.", "the extension of the Oslo–Bergen line to Voss would be finished in May", "told", "Lind"],
    ["Governor Ito said the Kyoto–Osaka corridor carries half of the freight.", "the Kyoto–Osaka corridor carries half of the freight", "said", "Ito"],
    ["Minister Ana Ruiz said Peru currently exports most of its copper to Asia.", "Peru currently exports most of its copper to Asia", "said", "Ana Ruiz"],
    ["Premier Lind said Norway still imports nearly all of its rice.", "Norway still imports nearly all of its rice", "said", "Lind"],
    // a court's ruling reports what it holds
    ["But the Constitutional Court has ruled the referendum was valid.", "the referendum was valid", "ruled", "Constitutional Court"],
  ])("%j", (text, clause, cue, speaker) => {
    const found = reported(text);
    expect(found.map(([t, c]) => [t, c])).toEqual([[clause, cue]]);
    if (speaker) expect(found[0]![2]).toContain(speaker);
  });

  test.each([
    ["The minister stressed the importance of the talks for both sides."],
    ["The governor said in a statement."],
    ["She told reporters after the meeting."],
    ["The ambassador noted the progress achieved in recent years."],
    ["The minister highlighted the projects implemented by the two companies."],
    ["The president announced the launch of a new railway line."],
    ["The envoy stressed the need to expand trade between the two regions."],
    ["The sides agreed the next round of talks would be held in Rome."],
    ["The ministers discussed the region and its prospects for growth."],
    ["The leaders called for the road to be rebuilt quickly."],
    ["The president expressed support for the plan of the government."],
    ["The spokesman recalled the visit of the king to the capital in 2019."],
    ["The governor urged the farmers to plant more wheat."],
    ["Did the minister say the border will reopen soon?"],
    ["The minister reaffirmed the country’s continued support for the fund."],
    ["The envoy conveyed greetings on behalf of the heads of their states."],
    ["Governor Ito tells why he plans a trip to the coast"],
    ["It is worth mentioning, the new park will open in May."],
    ["The minister confirmed his participation and stressed the role of the partners."],
    ["The minister praised the Oslo–Bergen line and its new trains."],
    ["The envoy noted Peru's exports of copper to Asia."],
    ["The minister ruled out a new tax on fuel."],
    ["The dynasty ruled the region for a century."],
  ])("no reported speech in %j", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("a clause followed by its attribution", () => {
  test.each([
    ["Exports of grain rose by a third last year, the ambassador said.", "Exports of grain rose by a third last year", "said", "ambassador"],
    ["The new terminal will handle twice as much cargo, said Minister Ana Ruiz.", "The new terminal will handle twice as much cargo", "said", "Ana Ruiz"],
    ["Mayor Holm opened the bridge. The city has waited for it for ten years, he added.", "The city has waited for it for ten years", "added", "Holm"],
    ["The two banks have agreed on a joint fund, the ministry said in a statement on Monday.", "The two banks have agreed on a joint fund", "said", "ministry"],
    ["President Lind received the foreign minister of Chile, Nova Radio reports.", "President Lind received the foreign minister of Chile", "reports", "Nova Radio"],
    ["The talks were held in a warm atmosphere, reports the press service of the governor.", "The talks were held in a warm atmosphere", "reports", "press service of the governor"],
    ["The mill will open in autumn, said Governor Ito at the fair in Holm, Nova Radio reports.", "The mill will open in autumn", "said", "Ito"],
    ["The grain will be shipped by sea, according to the ministry.", "The grain will be shipped by sea", "according to", "ministry"],
    // a plural noun with a prepositional phrase, and a name closed by its acronym in brackets
    ["The dam will be repaired next year, officials at the Water Ministry said.", "The dam will be repaired next year", "said", "officials at the Water Ministry"],
    ["The new port will open in May, experts from the Harbour Authority said.", "The new port will open in May", "said", "Harbour Authority"],
    ["The cabinet has approved a budget for the ports, the Andes News Agency (ANA) reports.", "The cabinet has approved a budget for the ports", "reports", "Andes News Agency (ANA)"],
    ["The parliament ratified the treaty on Monday, Radio Nova (RN) reported.", "The parliament ratified the treaty on Monday", "reported", "Radio Nova (RN)"],
    // role words joined by a hyphen, and a date after the verb whose month is "May"
    ["The governor met the farmers of the valley, the Chilean president's press-service reported.", "The governor met the farmers of the valley", "reported", "press-service"],
    ["The two ministers discussed the new railway, the ministry said May 4.", "The two ministers discussed the new railway", "said", "ministry"],
    // a verb that is also a plural noun, after a name; a base form after a plural subject, before "to"
    ["Peru welcomes more investment in its lithium mines, the premier said.", "Peru welcomes more investment in its lithium mines", "said", "premier"],
    ["The two banks aim to open a joint office next year, officials said.", "The two banks aim to open a joint office next year", "said", "officials"],
  ])("%j", (text, clause, cue, speaker) => {
    const found = reported(text);
    expect(found.map(([t, c]) => [t, c])).toEqual([[clause, cue]]);
    expect(found[0]![2]).toContain(speaker);
  });

  test("an attribution followed by `adding that …`: two reports of one speaker", () => {
    expect(reported("The dam is safe, the governor said, adding that the river is low.")).toEqual([
      ["The dam is safe", "said", "governor"],
      ["the river is low", "adding", "governor"],
    ]);
  });

  test.each([
    ["“The new terminal will handle twice as much cargo,” the minister said."],
    ["Will the terminal handle more cargo, the reporters asked."],
    ["In the capital, the minister said."],
    ["Trade is growing, and the ports are busy."],
    ["The ships left the port, rowing boats from the harbour followed."],
    // a noun phrase before the attribution is no clause
    ["Trade and investment in the Andean region, officials said."],
  ])("no reported speech in %j", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("According to X, … and As X said, …", () => {
  test.each([
    ["According to the ministry, the road will be finished by May.", "the road will be finished by May", "according to", "ministry"],
    ["According to Governor Ito, the harvest was the best in a decade.", "the harvest was the best in a decade", "according to", "Ito"],
    ["According to the memorandum, both banks will open offices in the capital.", "both banks will open offices in the capital", "according to", "memorandum"],
    ["As the press office reported, during the visit the sides signed a treaty on fishing.", "during the visit the sides signed a treaty on fishing", "reported", "press office"],
    ["As Minister Ruiz noted, the region needs new schools.", "the region needs new schools", "noted", "Ruiz"],
    ["However, according to him, the harbour, which is old, will be rebuilt.", "the harbour, which is old, will be rebuilt", "according to", null],
    // a plural subject whose verb the lexicon knows as a noun ("aim", "plan") before "to" and a verb
    ["According to the statement, Chile and Peru aim to double their trade by 2030.", "Chile and Peru aim to double their trade by 2030", "according to", "statement"],
    ["According to the communique, the two banks plan to open a joint office.", "the two banks plan to open a joint office", "according to", "communique"],
    // the role's name in apposition is the sayer's, not the clause's
    ["According to the ministry's spokesperson, Ada Obi, the talks focused on trade.", "the talks focused on trade", "according to", "Ada Obi"],
    ["According to the deputy minister, Juan Pablo de las Casas, the port will reopen in May.", "the port will reopen in May", "according to", "Juan Pablo de las Casas"],
    // ... but a place, or two sides, after the comma open the clause
    ["According to the minister, South Africa will host the next round.", "South Africa will host the next round", "according to", "minister"],
    ["According to the envoy, Ghana and Togo will sign the protocol in May.", "Ghana and Togo will sign the protocol in May", "according to", "envoy"],
  ])("%j", (text, clause, cue, speaker) => {
    const found = reported(text);
    expect(found.map(([t, c]) => [t, c])).toEqual([[clause, cue]]);
    if (speaker) expect(found[0]![2]).toContain(speaker);
  });

  test.each([
    ["According to statistics, trade grew by a tenth last year."],
    ["Trade grew by a tenth last year according to the agreement of the two banks."],
    ["The ships are loaded according to the schedule agreed in May."],
    ["As trade grew, the ports of the region were expanded."],
    ["According to the plan, the bridge will open next year."],
    ["The price rose by a fifth, according to statistics."],
    ["According to the governor, it was: “We will not give up.”"],
    ["The ministers stressed the importance of peace and solutions to conflicts in the region."],
  ])("no reported speech in %j", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("speech inside a direct quote is not reported again", () => {
  test.each([
    ["“Our engineers said the dam will hold, and we trust them,” the governor said."],
    ["The mayor said: “The experts told us the river is clean now, so we opened the beach.”"],
    ["“According to our data, the fields are dry,” the minister noted."],
  ])("%j", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("a clause or a noun phrase", () => {
  const verbOf = (words: string) => {
    const tokens = tokenize(words, 0, words.length);
    const found = clauseVerb(tokens, 0);
    return found ? tokens[found.at]!.text : null;
  };
  test.each([
    ["the talks had been productive", "had"],
    ["trade grew by a tenth", "grew"],
    ["China is ready to help", "is"],
    ["he would come back", "would"],
    ["the volume of trade between the two countries reached a record", "reached"],
    ["the two countries share common values", "share"],
    ["the agreement signed by the ministers will enter into force", "will"],
    ["the importance of the talks", null],
    ["the need to expand trade", null],
    ["reporters after the meeting", null],
    ["whether the border will reopen", null],
    ["the road and noted its importance", null],
  ])("%j: verb %j", (words, verb) => {
    expect(verbOf(words)).toBe(verb);
  });
});

describe("a name and a plural noun that is also a verb's present", () => {
  test.each([
    ["The delegations met on Monday. Nguyen Van An said Vietnam welcomes investment in solar power.", "Vietnam welcomes investment in solar power"],
    ["The delegations met on Monday. The envoy said Astana hopes for a quick start of the talks.", "Astana hopes for a quick start of the talks"],
    ["The delegations met on Monday. She told reporters Chile values its ties with Peru.", "Chile values its ties with Peru"],
    // a verb after the plural: it was a noun of the subject
    ["The delegations met on Monday. The minister said Kenya exports grew by a tenth.", "Kenya exports grew by a tenth"],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual([clause]);
  });

  test.each([
    // a verb that takes a noun phrase: the name and its plural are its object
    "The delegations met on Monday. The minister stressed Kenya exports to Europe.",
    "The delegations met on Monday. The minister praised Kazakhstan talks with investors.",
    // after an article, the plural is a noun
    "The delegations met on Monday. The minister said the hopes of Astana were high.",
  ])("%s", (text) => {
    expect(reported(text).map(([said]) => said).filter((said) => /^(?:Kenya|Kazakhstan)/u.test(said))).toEqual([]);
  });
});

describe("an indefinite source after the clause, and a clause whose verb is also a plural", () => {
  test.each([
    ["The delegations met on Monday. A new treaty is being drafted, a senior Kenyan official said.", "A new treaty is being drafted", "senior Kenyan official"],
    ["The delegations met on Monday. The border will reopen in May, a diplomatic source told reporters.", "The border will reopen in May", "diplomatic source"],
    ["The delegations met on Monday. According to the ministry, the protocol commits both sides to annual talks.", "the protocol commits both sides to annual talks", "ministry"],
  ])("%s", (text, clause, speaker) => {
    expect(reported(text)).toEqual([[clause, expect.any(String), speaker]]);
  });

  test.each([
    // a clause of its own after the comma, not an attribution
    "The delegations met on Monday. The border will reopen in May, a decision the ministers said was overdue.",
    // according to a plan: no speaker, and the plural is no verb without an object
    "The delegations met on Monday. According to the plan, the commits of the fund are public.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("subjects that open with her, take a place after to, or hold a participle", () => {
  test.each([
    ["The delegations met on Monday. The President said her government had drawn up a list of projects.", "her government had drawn up a list of projects"],
    ["The delegations met on Monday. The envoy noted the first trade mission to Baku could come in spring.", "the first trade mission to Baku could come in spring"],
    ["The delegations met on Monday. Lopez noted the treaty signed in 2019 had opened new routes.", "the treaty signed in 2019 had opened new routes"],
    // a plural in capitals is part of a name, not the clause's verb
    ["The delegations met on Monday. Lopez noted the Open Skies treaty signed in 2019 had opened new routes.", "the Open Skies treaty signed in 2019 had opened new routes"],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual([clause]);
  });

  test.each([
    // `her` as an object, and `to` before a verb: no clause follows the speech verb
    "The delegations met on Monday. The minister told her to wait for the results of the vote.",
    "The delegations met on Monday. The minister stressed the need to finish the road in time.",
    // a participle with no finite verb after it: a noun phrase
    "The delegations met on Monday. The minister noted the progress achieved in recent years.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("a possessive and one noun before a verb that is also a plural noun", () => {
  test.each([
    ["The delegations met on Monday. Minister Tomas Lind thanked the host and said his government regards Chile as a steady partner.", "his government regards Chile as a steady partner", "Tomas Lind"],
    ["The delegations met on Monday. The envoy said her country welcomes every investor in the new port.", "her country welcomes every investor in the new port", "envoy"],
    ["The delegations met on Monday. Ana Ruiz said their side backs the plan for a joint rail company.", "their side backs the plan for a joint rail company", "Ana Ruiz"],
  ])("%s", (text, clause, speaker) => {
    expect(reported(text)).toEqual([[clause, "said", expect.stringContaining(speaker)]]);
  });

  test.each([
    // a verb after the plural: the plural was a noun of the subject
    ["The delegations met on Monday. She said his government officials were on their way to the region.", "his government officials were on their way to the region"],
    // two nouns after the possessive: the plural stays a noun, the clause has no verb
    ["The delegations met on Monday. The minister said his trade ministry talks with the banks.", null],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual(clause === null ? [] : [clause]);
  });
});

describe("a report that an office relays: 'A said …, the ministry said'", () => {
  test.each([
    ["The delegations met on Monday. Lind praised the aid and said his country wants to build more ferries, the ministry said.", "his country wants to build more ferries", "Lind"],
    ["The delegations met on Monday. Minister Ana Ruiz told reporters the border would reopen in May, her office said on Friday.", "the border would reopen in May", "Ana Ruiz"],
  ])("%s", (text, clause, speaker) => {
    expect(reported(text)).toEqual([[clause, expect.any(String), expect.stringContaining(speaker)]]);
  });

  test.each([
    // what a person believes is the relaying office's report, whole
    ["The delegations met on Monday. Tomas Lind believes the visit will bring new trade, the press secretary added.", "Tomas Lind believes the visit will bring new trade", "press secretary"],
    // nobody inside: the whole clause is the office's
    ["The delegations met on Monday. Trade between the two countries grew by a third, the embassy said.", "Trade between the two countries grew by a third", "embassy"],
  ])("%s", (text, clause, speaker) => {
    expect(reported(text)).toEqual([[clause, expect.any(String), speaker]]);
  });
});

describe("a participle's 'that' clause opening the sentence ends where the main clause begins", () => {
  test.each([
    ["The delegations met on Monday. Pointing out that the pipelines were vital, President Ana Ruiz said both countries could do more.", [["the pipelines were vital", "Ana Ruiz"], ["both countries could do more", "Ana Ruiz"]]],
    ["The delegations met on Monday. Noting that trade had doubled, the minister said that a consulate would open in Osh.", [["trade had doubled", "minister"], ["a consulate would open in Osh", "minister"]]],
    // no main speech verb after it: the clause runs to the sentence's end
    ["The delegations met on Monday. Noting that trade had doubled, the minister opened the fair.", [["trade had doubled, the minister opened the fair", "minister"]]],
  ])("%s", (text, expected) => {
    expect(reported(text).map(([said, , speaker]) => [said, speaker])).toEqual(expected);
  });
});

describe("a clause whose subject is a gerund's phrase, or two names before a verb the lexicon files as a noun", () => {
  test.each([
    ["The delegations met on Monday. Minister Ana Ruiz added holding the fair in Lima was a good sign for trade.", "holding the fair in Lima was a good sign for trade"],
    ["The delegations met on Monday. The envoy said modelling by the institute showed catches could fall by a fifth.", "modelling by the institute showed catches could fall by a fifth"],
    ["The delegations met on Monday. Chile and Peru regard each other as close partners, President Ana Ruiz said at the fair in Lima on Monday.", "Chile and Peru regard each other as close partners"],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual([clause]);
  });

  test.each([
    // a gerund's object with a participle after it, and greetings conveyed: no clause
    "The delegations met on Monday. The minister noted recalling the treaty signed in Lima in 2004.",
    "The delegations met on Monday. The minister conveyed warm greetings and best wishes to Ana Ruiz from the President.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("an attribution between the subject and the verb of its clause", () => {
  test.each([
    ["The delegations met on Monday. Chile and Peru, President Ana Ruiz said, have over the years enjoyed close ties.", "Chile and Peru, President Ana Ruiz said, have over the years enjoyed close ties", "Ana Ruiz"],
    ["The delegations met on Monday. The new port, the minister added, will open in May.", "The new port, the minister added, will open in May", "minister"],
    // (as the corpus's gold marks it: the clause with the attribution inside it)
    ["The delegations met on Monday. The farmers, the governor said, need more water.", "The farmers, the governor said, need more water", "governor"],
  ])("%s", (text, clause, speaker) => {
    expect(reported(text)).toEqual([[clause, expect.any(String), expect.stringContaining(speaker)]]);
  });

  test.each([
    // no verb of the clause after the attribution: a name with an apposition
    "The delegations met on Monday. Ana Ruiz, the minister said, in Lima.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("a past form that is also the base, known by the particle after it", () => {
  test.each([
    ["The delegations met on Monday. The minister said the statement after the talks set out new tasks for the ports.", "the statement after the talks set out new tasks for the ports"],
    ["The delegations met on Monday. The minister said the new plan put forward three goals for the port.", "the new plan put forward three goals for the port"],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual([clause]);
  });

  test.each([
    // a noun "set", and no particle after "put"
    "The delegations met on Monday. The minister praised the new set of rules for the port.",
    "The delegations met on Monday. The minister noted the plan put in place last year.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});

describe("a clause that opens with a number written with a thousands comma, and the month May", () => {
  test.each([
    ["Minister Ana Ruiz met the press. She said 42,000 visitors came to the fair in May.", "42,000 visitors came to the fair in May"],
    ["Governor Tom Okello said 1,250 new homes would be finished by December.", "1,250 new homes would be finished by December"],
    // the month "May" after a past is no modal that makes the past a participle
    ["Governor Tom Okello said the buses arrived in Kisumu in May.", "the buses arrived in Kisumu in May"],
    ["Governor Tom Okello said the law passed in March may change.", "the law passed in March may change"],
  ])("%s", (text, clause) => {
    expect(reported(text).map(([said]) => said)).toEqual([clause]);
  });

  test.each([
    // a list of numbers, no clause
    "Governor Tom Okello named the figures 12, 400 and 7 in his speech.",
  ])("%s", (text) => {
    expect(reported(text)).toEqual([]);
  });
});
