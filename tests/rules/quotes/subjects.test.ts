// Who the subject of a speech verb is, when the words before it are not a plain name: a role of
// a country (`the President of Uzbekistan said`), an opening adverbial (`At the outset, Minister X
// … stated that`), a pronoun opening the sentence before a participle (`He …, saying:`).
import { describe, expect, test } from "vitest";
import { extract } from "../../../src/index.js";

const speakers = (text: string) => extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("the subject of a speech verb", () => {
  test.each([
    [
      "Tashkent – President of Uzbekistan Rustam Nazarov received the Prime Minister of Belarus, Ivan Kovalenko.\n«We see Belarus as a reliable partner,» the President of Uzbekistan said.",
      [["We see Belarus as a reliable partner", "Rustam Nazarov"]],
    ],
    [
      "President Kwame Mensah of Ghana met Prime Minister Arjun Mehra. The President of Ghana said his country would welcome more investment.",
      [["his country would welcome more investment", "Kwame Mensah"]],
    ],
    [
      "At the outset, Minister SATO Hiroshi welcomed the delegation and stated that Japan values the partnership.",
      [["Japan values the partnership", "SATO Hiroshi"]],
    ],
    [
      "In the evening, Foreign Minister Ana Lima thanked the hosts and noted that the visit had been fruitful.",
      [["the visit had been fruitful", "Ana Lima"]],
    ],
    [
      "Senator Paul Grant spoke after the vote. He has long asked for more funds, saying:\n\"We need ports and roads, and we need them now.\"",
      [["We need ports and roads, and we need them now.", "Paul Grant"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test.each([
    // a clause of its own after "and": its own subject speaks
    ["Minister Ana Lima met the governor, and the governor noted that the port had grown.", [["the port had grown", "governor"]]],
    // a country that speaks through its ministry is named as such, not dropped
    ["The Ministry of Foreign Affairs of Ghana said the talks would resume in May.", [["the talks would resume in May", "Ministry of Foreign Affairs of Ghana"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a name before an apposition in lower case speaks", () => {
  test.each([
    [
      "At the closing session, Marta Ruiz Peña, head of the Consular Affairs Unit, explained that the consulates had helped 5,000 travellers.",
      [["the consulates had helped 5,000 travellers", "Marta Ruiz Peña"]],
    ],
    [
      "Kofi Adjei Mensah, director of the Cocoa Marketing Board, said that prices would rise.",
      [["prices would rise", "Kofi Adjei Mensah"]],
    ],
    // a role in capitals before the verb, with no name before it, stays the speaker
    [
      "After the talks, the head of the Consular Affairs Unit explained that visas would be issued faster.",
      [["visas would be issued faster", "head of the Consular Affairs Unit"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
