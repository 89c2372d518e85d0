// The clause of a document phrase decides whether the event signed it: the verb or frame that
// governs the phrase (left of it, over coordinated documents), or, for a phrase that opens its
// clause, the verb after it. Invented sentences, each class in several phrasings.
import { describe, expect, test } from "vitest";
import { inRelease, titles } from "../../helpers/documents.js";

describe("a signing considered, planned or prepared is not one of the event", () => {
  test.each([
    "The two mayors will consider signing a twinning agreement between Porto and Kraków at the autumn forum.",
    "The Chilean delegation expressed readiness to sign a memorandum on cooperation in the field of seismology.",
    "The ministers agreed to prepare a memorandum on cooperation in forestry by the end of the year.",
    "The draft agreement on avoidance of double taxation is being negotiated by the two treasuries.",
    "The two sides are expected to sign an agreement on air services at the next round of talks.",
    "It was agreed that the memorandum on labour migration would be signed at the next session of the commission.",
    "The governments intend to sign a treaty on legal assistance in the near future.",
    "The parties agreed on the text of the agreement on road haulage, which is to be signed in Tirana.",
    "The delegations discussed preparations for signing a treaty on strategic partnership during the upcoming visit.",
    "The ministers also discussed preparations for the signing of an agreement on seed certification, planned for the autumn.",
    "Both sides looked forward to the signing of a treaty on legal assistance next year.",
    "Both ministers stressed the importance of signing the convention on the recognition of diplomas.",
    "The Ministry plans to sign an agreement on fisheries with Senegal later this year.",
    "The premiers instructed their governments to conclude an agreement on investment protection as soon as possible.",
  ])("%s", (sentence) => {
    expect(titles(inRelease(sentence))).toEqual([]);
  });

  test.each([
    // a signing done beside one planned: only the one done
    ["The ministers signed an agreement on visas and will consider signing a twinning agreement between Porto and Kraków.", ["an agreement on visas"]],
    ["The sides signed a memorandum on health and expressed readiness to sign an agreement on education.", ["a memorandum on health"]],
    ["After signing the memorandum on tourism, the ministers agreed to prepare a roadmap for trade.", ["the memorandum on tourism"]],
    ["The draft agreement on investment is being negotiated, while a memorandum on tourism was signed on Tuesday.", ["a memorandum on tourism"]],
    ["A memorandum on aviation is expected to be signed, and an agreement on visas was signed on Tuesday.", ["an agreement on visas"]],
    ["The parties agreed to sign the memorandum on cultural heritage at the next session, and signed a protocol on consultations.", ["a protocol on consultations"]],
    ["The agency plans to sign an agreement on satellites with Ghana, its head said, after signing a memorandum on mapping.", ["a memorandum on mapping"]],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });
});

describe("a document merely mentioned or being implemented is not signed", () => {
  test.each([
    ["The ministers signed a memorandum on tourism and discussed the implementation of the action plan on energy security.", ["a memorandum on tourism"]],
    ["In line with the 2019 agreement on free trade, the sides signed a protocol on tariff reductions.", ["a protocol on tariff reductions"]],
    ["Under the programme of cooperation in culture for 2024-2026, the ministries signed a memorandum on museums.", ["a memorandum on museums"]],
    ["The sides signed a memorandum on energy, building on the roadmap on trade adopted at the previous summit.", ["a memorandum on energy"]],
    ["The leaders signed a joint declaration and called for the implementation of the agreement on transit.", ["a joint declaration"]],
    ["The heads of state signed an action plan on water security and reviewed the roadmap on trade.", ["an action plan on water security"]],
    ["Pursuant to the convention on maritime boundaries, the two coast guards signed a protocol on joint patrols.", ["a protocol on joint patrols"]],
    ["The foreign ministers signed a treaty on extradition within the framework of the agreement on legal assistance.", ["a treaty on extradition"]],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });
});

describe("the documents the signing governs are kept, in any order of the clause", () => {
  test.each([
    ["Following the talks, the ministers signed an agreement on visa-free travel and a memorandum of understanding on health.", ["an agreement on visa-free travel", "a memorandum of understanding on health"]],
    ["An agreement on cooperation in education was signed by the two ministers.", ["An agreement on cooperation in education"]],
    ["The ministers also signed, in the presence of the two presidents, an agreement on investment protection.", ["an agreement on investment protection"]],
    ["Also signed were a memorandum on tourism and a protocol on consultations between the foreign ministries.", ["a memorandum on tourism", "a protocol on consultations between the foreign ministries"]],
    ["The foreign ministers signed today a memorandum on visa-free travel.", ["a memorandum on visa-free travel"]],
    ["The signing of the agreement on air services and the memorandum on railways took place after the talks.", ["the agreement on air services", "the memorandum on railways"]],
    ["Both sides stressed the importance of signing the agreement on readmission, and signed a memorandum on police training.", ["a memorandum on police training"]],
    ["Russia will take part in the project as part of an agreement on cooperation in the energy sector which was signed during the visit.", ["an agreement on cooperation in the energy sector"]],
    ["The sides agreed to cooperate on security, with the legal instrument signed by the two interior ministers.", ["the legal instrument"]],
    ["The two leaders witnessed the signing of an agreement on trade and a memorandum on culture.", ["an agreement on trade", "a memorandum on culture"]],
    ["In the presence of the presidents, the foreign ministers put their signatures to the treaty on good-neighbourliness.", ["the treaty on good-neighbourliness"]],
    ["The heads of delegation signed a protocol to the agreement on air services.", ["a protocol to the agreement on air services"]],
    ["Several documents were signed, among them an agreement on military cooperation.", ["an agreement on military cooperation"]],
    ["During the visit, Kenya and Rwanda signed five agreements, including a memorandum on trade facilitation.", ["a memorandum on trade facilitation"]],
    ["The minister signed on behalf of the government an agreement on a grant for schools.", ["an agreement on a grant for schools"]],
    ["The memorandum on digital cooperation, signed today by the two ministers, provides for joint projects.", ["The memorandum on digital cooperation"]],
    ["Upon signing the memorandum on tourism, the ministers held a press conference.", ["the memorandum on tourism"]],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });
});

describe("where a document's name ends in its clause", () => {
  test.each([
    // a verb coordinated with the signing one ends the object
    ["The sides signed an agreement on the transfer of sentenced persons and a treaty on extradition, and discussed regional security.", ["an agreement on the transfer of sentenced persons", "a treaty on extradition"]],
    ["The ministers signed a memorandum on fisheries and agreed to meet again in Dakar.", ["a memorandum on fisheries"]],
    ["The ministers signed a memorandum on ports and will meet again next spring.", ["a memorandum on ports"]],
    // a participle clause after a comma
    ["The two countries signed a treaty on friendship, marking a new stage in their relations.", ["a treaty on friendship"]],
    // a relative clause after a preposition
    ["The universities signed a memorandum under which a joint laboratory will be set up.", ["a memorandum"]],
    // what does not end it: a participle of the complement, coordinated adjectives, gerunds in a list
    ["The ministers signed an agreement on the mutual protection of investments made in the other country.", ["an agreement on the mutual protection of investments made in the other country"]],
    ["The sides signed an agreement on trade in processed and frozen foods.", ["an agreement on trade in processed and frozen foods"]],
    ["The sides signed a memorandum on cooperation in mining, processing and marketing of minerals.", ["a memorandum on cooperation in mining, processing and marketing of minerals"]],
  ])("%s", (sentence, expected) => {
    expect(titles(inRelease(sentence))).toEqual(expected);
  });
});
