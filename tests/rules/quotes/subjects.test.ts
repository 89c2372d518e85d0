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

describe("a role with a name in apposition after it", () => {
  test.each([
    [
      "“We share the same sea,” said the Director of the Peruvian agency, Luis Alberto Rojas Vega, who arrived on Monday.",
      [["We share the same sea", "Luis Alberto Rojas Vega"]],
    ],
    [
      "Minister Ama Owusu spoke first. Her Ivorian colleague, Dr. Koffi Yao Brou, described the accord as overdue, noting that the fleets had lost millions.",
      [["the fleets had lost millions", "Koffi Yao Brou"]],
    ],
    [
      "According to the spokesperson, Ana Ruiz Soto, the talks will resume in May.",
      [["the talks will resume in May", "Ana Ruiz Soto"]],
    ],
    // no name after the comma: the role is the speaker; a clause after the comma is no apposition
    [
      "“We share the same sea,” said the director of the agency, who arrived on Monday.",
      [["We share the same sea", "director of the agency"]],
    ],
    [
      "According to the spokesperson, Lima wants the talks to resume in May.",
      [["Lima wants the talks to resume in May", "spokesperson"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a quotation left alone at the end of its paragraph", () => {
  test.each([
    [
      "“We fought the same battles,” President Ama Owusu told reporters. “We cannot win the next one alone.”\n\n“We came to learn,” the guest said.",
      [["We fought the same battles", "Ama Owusu"], ["We cannot win the next one alone.", "Ama Owusu"], ["We came to learn", "guest"]],
    ],
    // one paragraph: the next quotation's attribution still lends itself to the one before
    [
      "“Trade is growing.” “Investment will follow,” Minister Luis Rojas said.",
      [["Trade is growing.", "Luis Rojas"], ["Investment will follow", "Luis Rojas"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a nationality of two words", () => {
  test.each([
    [
      "President Kofi Mensah hosted his Sierra Leonean counterpart, President Amadu Kamara, in Accra.\n“We came to learn,” the Sierra Leonean leader said.",
      [["We came to learn", "Amadu Kamara"]],
    ],
    [
      "President Ana Solis received her Costa Rican counterpart, President Luis Mora, in Panama City.\n“Our border is open,” the Costa Rican leader said.",
      [["Our border is open", "Luis Mora"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("roles resolved to the person they name", () => {
  test.each([
    // a title and a name in apposition after the role
    [
      "“We must grow what we eat,” said the Chairman of the Summit, Prime Minister of Saint Lucia Dr. Allen Joseph Pierre. “This is our promise.”",
      [["We must grow what we eat", "Allen Joseph Pierre"], ["This is our promise.", "Allen Joseph Pierre"]],
    ],
    // a nationality that the country's whole name opens ("Peruvian" of "Peru")
    [
      "Foreign Minister Ana Lucia Rojas met the Minister of Foreign Affairs of Peru, Jorge Luis Quispe, in Bogotá.\n\n“Our border is a bridge,” the Peruvian minister said.",
      [["Our border is a bridge", "Jorge Luis Quispe"]],
    ],
    // a name followed by an adverbial that names somebody else is not that somebody's role
    [
      "The accords were signed by Trade Minister Omar Ravi Singh, in the presence of Prime Minister Carla Ann Mohammed.\n\nExports would double by 2027, Singh told reporters.\n\n“We can build this together,” the prime minister said.",
      [["Exports would double by 2027", "Omar Ravi Singh"], ["We can build this together", "Carla Ann Mohammed"]],
    ],
    // a hyphenated role
    [
      "The minister paid a courtesy call on Vice-President Musa Bello Garba in Abuja.\n\n\"We want to learn from you,\" the Vice-President said.",
      [["We want to learn from you", "Musa Bello Garba"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a government's heading over its quotations", () => {
  test.each([
    [
      "Minister for Trade Ana Reyes Soto met exporters in Lima.\n\nQuotes attributable to the Minister for Trade:\n\n“Our farmers deserve open markets.”\n\n“This deal opens them.”",
      [["Our farmers deserve open markets.", "Ana Reyes Soto"], ["This deal opens them.", "Ana Reyes Soto"]],
    ],
    [
      "Comments attributed to Kofi Mensah, Director of Ports:\n\n“The new berth will halve waiting times.”",
      [["The new berth will halve waiting times.", "Kofi Mensah"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a verb of naming before a quotation", () => {
  test.each([
    [
      "Minister Ana Ruiz Soto met her Chilean counterpart Pedro Gil. Ruiz Soto described the accord as “a bridge between two oceans”.",
      [["a bridge between two oceans", "Ana Ruiz Soto"]],
    ],
    [
      "The governor termed the new port \"the heart of the region\".",
      [["the heart of the region", "governor"]],
    ],
    // a verb of naming reports no clause after "that"
    ["He described the valley as a model for the corridor that the province wants to build.", []],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
