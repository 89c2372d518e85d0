// A name that heads several paragraphs with a colon is a transcript's speaker, and a person, even
// where the text names them nowhere else (a press conference: `Lena Moreau: …`, a journalist's
// question, `Lena Moreau: …`).
import { describe, expect, test } from "vitest";
import { extract } from "../../../src/index.js";

const run = (text: string) => {
  const r = extract(text);
  return { quotes: r.quotes.map((q) => [q.text, q.speaker?.name ?? null]), people: r.people.map((p) => p.name) };
};

describe("transcript labels", () => {
  test("a name that heads two answers speaks both, and is a person", () => {
    const text =
      "Spokesperson's Regular Press Conference\n\nLena Moreau: Foreign Minister Omar Said will visit Seoul next week.\n\nReporter: Will trade be discussed?\n\nLena Moreau: Trade will be one of the main topics.";
    expect(run(text)).toEqual({
      quotes: [
        ["Foreign Minister Omar Said will visit Seoul next week", "Lena Moreau"],
        ["Trade will be one of the main topics", "Lena Moreau"],
      ],
      people: ["Lena Moreau", "Omar Said"],
    });
  });

  test.each([
    // an outlet or a place that heads paragraphs is no person, and says nothing
    ["Press Conference with Foreign Minister Omar Said\n\nXinhua News Agency: Will trade be discussed today?\n\nXinhua News Agency: What about the railway line?", []],
    ["Foreign Minister Omar Said toured the city.\n\nCentral Square: The rally began at noon near the fountain.\n\nCentral Square: The rally ended at dusk near the fountain.", []],
  ])("%s", (text, speakers) => {
    expect(run(text).quotes).toEqual(speakers);
    expect(run(text).people).not.toContain("Xinhua News Agency");
    expect(run(text).people).not.toContain("Central Square");
  });
});

describe("a label that gives the role, then the name after a comma", () => {
  test("the role alone heads the later answers of the one it named first", () => {
    const text =
      "Weekly Media Briefing by the Official Spokesperson\n\nOfficial Spokesperson, Shri Arun Mehta: Good afternoon to all of you. The minister will visit Chile.\n\nQuestion (Ravi Das, Daily Post): Will trade be discussed?\n\nOfficial Spokesperson: Trade will be on the agenda of the talks.\n\nQuestion: Any word on the visa talks?\n\nOfficial Spokesperson: The talks will resume in May.";
    expect(run(text).quotes).toEqual([
      ["Good afternoon to all of you", "Arun Mehta"],
      ["Trade will be on the agenda of the talks", "Arun Mehta"],
      ["The talks will resume in May", "Arun Mehta"],
    ]);
  });

  test.each([
    // a role alone, once, over a headline: no transcript
    ["Prime Minister: Ruritania will not raise taxes\n\nThe prime minister spoke in parliament on Monday.", []],
    // a role label that no earlier label named, heading one paragraph only
    ["Deputy Minister Eva Lind met the press.\n\nSpokesperson: The office will close early on Friday.", []],
  ])("%s", (text, expected) => {
    expect(run(text).quotes).toEqual(expected);
  });
});

describe("a label with a note in brackets, and a speaker's own \"I would like to stress that\"", () => {
  test("each answer goes to its label's speaker", () => {
    const text =
      "Press statements after the talks\n\nLena Moreau: Our talks were held in a friendly atmosphere.\n\nI would like to stress that the new railway remains our priority.\n\nOmar Said (retranslated): I thank President Moreau for the warm welcome.\n\nI informed President Moreau that we support the pipeline project.";
    expect(run(text).quotes).toEqual([
      ["Our talks were held in a friendly atmosphere", "Lena Moreau"],
      ["the new railway remains our priority", "Lena Moreau"],
      ["I thank President Moreau for the warm welcome", "Omar Said"],
      ["we support the pipeline project", "Omar Said"],
    ]);
  });

  test.each([
    // "would like to" with no speech verb, or a thing after the verb, reports nothing
    ["Lena Moreau: We would like to visit the port next year.\n\nLena Moreau: We would like to stress the importance of trade.", [["We would like to visit the port next year", "Lena Moreau"], ["We would like to stress the importance of trade", "Lena Moreau"]]],
  ])("%s", (text, expected) => {
    expect(run(text).quotes).toEqual(expected);
  });
});

describe("a role alone that heads several answers", () => {
  test("\"Spokesperson:\" after the spokesperson was named speaks for her", () => {
    const text =
      "Regular Press Briefing\n\nSpokesperson Mina Park\n\nSpokesperson Mina Park: The minister will visit Lima next week.\n\nQuestion: Will a treaty be signed?\n\nSpokesperson: Nothing has been decided yet.\n\nQuestion: And trade?\n\nSpokesperson: The two sides are preparing a trade memorandum.";
    expect(run(text).quotes).toEqual([
      ["The minister will visit Lima next week", "Mina Park"],
      ["Nothing has been decided yet", "Mina Park"],
      ["The two sides are preparing a trade memorandum", "Mina Park"],
    ]);
  });

  test("… but one role heading one line is a headline's", () => {
    const text = "Spokesperson: Talks with Chile were useful\n\nThe spokesperson of the ministry met reporters on Monday.";
    expect(run(text).quotes.filter(([, speaker]) => speaker === "Spokesperson")).toEqual([]);
  });
});

describe("a quotation never closed, attributed after a dash", () => {
  test("„… – he stated.\" ends the quotation at the dash and names its speaker", () => {
    const text = "Minister Zoltan Balla met the investors in Debrecen.\n\n„We are not afraid of investment, we welcome it, because it creates jobs – he stated.\n\nThe talks ended at noon.";
    expect(run(text).quotes).toEqual([["We are not afraid of investment, we welcome it, because it creates jobs", "Zoltan Balla"]]);
  });
});

describe("a label whose title has a word of page furniture in it", () => {
  test("\"Press Secretary X Y:\" is a speaker; \"Press Release:\" is not", () => {
    const text = "Press Conference by the Press Secretary\n\nPress Secretary HAYASHI Mika: The Prime Minister of Fiji will visit Japan next week.\n\nPress Release: The ministry opened a new office.";
    expect(run(text).quotes).toEqual([["The Prime Minister of Fiji will visit Japan next week", "HAYASHI Mika"]]);
  });
  test("\"News Director Ana Lopes:\" is a speaker", () => {
    const text = "News Director Ana Lopes: The channel will open a bureau in Lima.";
    expect(run(text).quotes).toEqual([["The channel will open a bureau in Lima", "Ana Lopes"]]);
  });
});

describe("a short answer after a label, and a past form after an article", () => {
  test.each([
    [
      "Official Spokesperson, Shri Ravi Menon: Welcome, everyone.\n\nForeign Secretary, Shri Arun Mehta: Thank you. The talks went well today.\n\nQuestion: Any timeline?\n\nForeign Secretary, Shri Arun Mehta: The detailed project report is with the two governments.",
      [["Welcome, everyone", "Ravi Menon"], ["Thank you", "Arun Mehta"], ["The detailed project report is with the two governments", "Arun Mehta"]],
    ],
  ])("%s", (text, expected) => {
    expect(extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])).toEqual(expected);
  });
});
