// More shapes of a signing and its documents, written after a set of invented releases in agency
// and ministry styles: a cue that names the act but no document ("witnessed the exchange of the
// following:"), Roman-numeral items, a prose sentence on the cue's line, a series that repeats its
// preposition ("on X, on Y and on Z"), and a signing dated by a year before it ("In 2013, …",
// "signed in Ankara in September 2020").
import { describe, expect, test } from "vitest";
import { inRelease, runDocumentsRule as run } from "../../helpers/documents.js";

const typesAndTitles = (text: string) => run(text).documents.map((d) => [d.type, d.title]);

describe("a list after a cue that names the act", () => {
  test.each([
    [
      "Ottawa – At the end of the visit, the two premiers witnessed the exchange of the following:\n• An agreement on youth mobility;\n• A memorandum of understanding on critical minerals.",
      [["agreement", "An agreement on youth mobility"], ["memorandum", "A memorandum of understanding on critical minerals"]],
    ],
    [
      "The ministers then attended the signing of the following:\n- Protocol on the joint commission;\n- Agreement on air services.",
      [["protocol", "Protocol on the joint commission"], ["agreement", "Agreement on air services"]],
    ],
    [
      "The two prime ministers witnessed the exchange of the instruments, namely:\n\na) MoU on Cooperation in Forestry;\nb) Letter of Intent on Digital Trade.",
      [["memorandum", "MoU on Cooperation in Forestry"], ["letter_of_intent", "Letter of Intent on Digital Trade"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // an exchange still to come
    "Tomorrow the two premiers will witness the exchange of the following:\n• An agreement on youth mobility;\n• A memorandum of understanding on critical minerals.",
    // an exchange of something else
    "The delegations discussed the exchange of the following:\n• Students of medicine;\n• Teachers of music.",
    "The delegations discussed the exchange of students, namely:\na) Students of medicine;\nb) Teachers of music.",
  ])("%s", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("Roman-numeral items", () => {
  test.each([
    [
      "The following MoUs were exchanged in the presence of the two leaders:\n\n(i) MoU on cooperation in solar energy;\n\n(ii) MoU on the training of diplomats;\n\n(iii) Agreement on visa exemption.",
      [["memorandum", "MoU on cooperation in solar energy"], ["memorandum", "MoU on the training of diplomats"], ["agreement", "Agreement on visa exemption"]],
    ],
    [
      "Three documents were signed:\ni. Agreement on maritime transport;\nii. Protocol on fisheries;\niii. Memorandum on tourism.",
      [["agreement", "Agreement on maritime transport"], ["protocol", "Protocol on fisheries"], ["memorandum", "Memorandum on tourism"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a sentence on the line of the cue, before it", () => {
  test.each([
    [
      "After the talks, the presidents adopted a Joint Declaration on Strategic Partnership. The following documents were also signed:\n- Agreement on road transport;\n- Memorandum on culture.",
      [["declaration", "a Joint Declaration on Strategic Partnership"], ["agreement", "Agreement on road transport"], ["memorandum", "Memorandum on culture"]],
    ],
    // the sentence before says nothing of a signing
    [
      "The talks lasted three hours. The following documents were signed:\n- Agreement on road transport.",
      [["agreement", "Agreement on road transport"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a series that repeats its preposition", () => {
  test.each([
    [
      "The ministers signed memoranda on customs data, on veterinary control and on plant quarantine.",
      [["memorandum", "memoranda on customs data"], ["memorandum", "memoranda on veterinary control"], ["memorandum", "memoranda on plant quarantine"]],
    ],
    [
      "The two sides exchanged agreements in the field of education, in sport and in tourism, and adopted a joint communiqué.",
      [["agreement", "agreements in the field of education"], ["agreement", "agreement in sport"], ["agreement", "agreement in tourism"], ["communique", "a joint communiqué"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // a comma and another preposition: the place of the signing, not a subject
    ["The ministers signed a memorandum on customs data, in the presence of the two presidents.", [["memorandum", "a memorandum on customs data"]]],
    // a second "on" that no "and on" closes: one subject, the place of the signing after it
    ["The ministers signed memoranda on trade, on the sidelines of the forum.", [["memorandum", "memoranda on trade"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a signing dated by a year before the event", () => {
  test.each([
    "date 2025-02-10\nIn 2013, the two countries concluded a treaty on friendship, which remains in force.",
    "date 2025-02-10\nThe agreement on gas supplies, signed in Ankara in September 2020, was also discussed.",
    "date 2025-02-10\nSince 2019, when the sides signed a memorandum on trade, exports have doubled.",
  ])("%s", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });

  test.each([
    ["date 2025-02-10\nIn Rabat, the two countries concluded a treaty on friendship.", [["treaty", "a treaty on friendship"]]],
    ["date 2025-02-10\nThe ministers signed an agreement on gas supplies in Ankara, the ministry said.", [["agreement", "an agreement on gas supplies"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("numbered items with a description or their signatories under each", () => {
  test.each([
    [
      "The following documents were exchanged:\n\n1) Agreement on air services\n\nThe agreement allows daily flights between the capitals.\n\nExchanged by: Minister Ana Lima and Ambassador Karl Berg\n\n2) Memorandum on solar energy\n\nExchanged by: Ambassador Karl Berg",
      [["agreement", "Agreement on air services"], ["memorandum", "Memorandum on solar energy"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // the body goes on after the last item: its sentences are no items, nor is a numbered
    // paragraph of the body after them
    [
      "The following documents were signed:\n1) Agreement on air services\n\nThe ministers then visited the port and the new terminal.\nThey met the press.\nThey left for the airport.\nThey flew home.\n2) The delegations will meet again in May.",
      [["agreement", "Agreement on air services"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a cue that announces one document's text, not a list", () => {
  test.each([
    [
      "At the close of the visit the two foreign ministers issued the following Joint Communiqué:\n1. The ministers discussed the reform of the customs union and the growth of the Strategic Dialogue Programme.\n2. In the presence of the ministers, the following agreements were signed:\n a) Agreement on road haulage;\n b) Agreement on the avoidance of double taxation.\n3. The ministers agreed to meet again in Rabat.",
      [["communique", "Joint Communiqué"], ["agreement", "Agreement on road haulage"], ["agreement", "Agreement on the avoidance of double taxation"]],
    ],
    [
      "The ministers released the following statement:\n- The parties support the Action Plan of the regional forum.\n- The parties will hold consultations every year.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  // a plural noun after "following" still announces a list
  test("the following declarations were adopted:", () => {
    expect(typesAndTitles("The summit issued the following declarations:\n- Declaration on food security;\n- Declaration on the digital economy.")).toEqual([
      ["declaration", "Declaration on food security"],
      ["declaration", "Declaration on the digital economy"],
    ]);
  });
});

describe("the exchange of documents of any kind", () => {
  test.each([
    [
      "The premiers then witnessed the exchange of a joint declaration on the comprehensive partnership and a protocol on fisheries.",
      [["declaration", "a joint declaration on the comprehensive partnership"], ["protocol", "a protocol on fisheries"]],
    ],
    ["The ceremony ended with the exchange of a programme of cultural cooperation for 2026–2028.", [["programme", "a programme of cultural cooperation for 2026–2028"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(inRelease(text))).toEqual(expected);
  });

  test.each([
    "The two sides discussed the exchange of students and a programme of scholarships.",
    "The ministers stressed the exchange of experience under the action plan.",
  ])("%s", (text) => {
    expect(typesAndTitles(inRelease(text))).toEqual([]);
  });
});

describe("letters exchanged", () => {
  test.each([
    ["The two ministries exchanged letters on the opening of a trade office in Mazar-i-Sharif.", [["exchange_of_notes", "letters on the opening of a trade office in Mazar-i-Sharif"]]],
    ["The ministers also exchanged notes on the return of cultural property.", [["exchange_of_notes", "notes on the return of cultural property"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(inRelease(text))).toEqual(expected);
  });

  test.each([
    "The new ambassador presented his letters of credence to the President.",
    "Pupils wrote letters to the two presidents.",
    "The ministers exchanged letters of congratulation in January.",
  ])("%s", (text) => {
    expect(typesAndTitles(inRelease(text))).toEqual([]);
  });
});

describe("a table of outcomes under a cue that ends in a full stop", () => {
  test.each([
    [
      "List of Outcomes: Visit of the President of Chile to Nepal\n\nThe following documents were signed during the visit of the President of Chile to Nepal.\n\nI. Agreements\n\nNo.\tTitle\tSignatory for Nepal\tSignatory for Chile\n1.\tAgreement on visa exemption for diplomats\tSecretary of Foreign Affairs\tAmbassador\n2.\tMemorandum of Understanding between the Nepal Academy and the University of Chile on student exchange\tVice-Chancellor\tRector\n\nII. Announcements\n\n1.\tOpening of a trade office in Kathmandu\n2.\tScholarships for ten students",
      [["agreement", "Agreement on visa exemption for diplomats"], ["memorandum", "Memorandum of Understanding between the Nepal Academy and the University of Chile on student exchange"]],
    ],
    [
      "The two ministers witnessed the exchange of the following instruments between the two governments.\n1. Protocol on the joint border commission\n2. Agreement on road transport",
      [["protocol", "Protocol on the joint border commission"], ["agreement", "Agreement on road transport"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // a sentence about something earlier: "Following that, …" is no cue
    ["Following that, the ministers moved to the hall for the signing of agreements.\n\nThe ministers signed the Protocol on fisheries.\n\nThe first: a visit to the port.", [["protocol", "the Protocol on fisheries"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("items numbered with a hyphen, and a sentence after the item's name", () => {
  test.each([
    [
      "The ministers witnessed the signing of two documents, as follows:\n\n1- Memorandum of understanding on political consultations. It was signed by the two ministers.\n\n2- Agreement on cooperation in tourism. It was signed by the ambassadors.\n\n--Agency 19:40 GMT",
      [["memorandum", "Memorandum of understanding on political consultations"], ["agreement", "Agreement on cooperation in tourism"]],
    ],
    [
      "The following agreements were signed:\n1 - Agreement on trade. The document provides for a joint council.\n2 - Agreement on culture.",
      [["agreement", "Agreement on trade"], ["agreement", "Agreement on culture"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("numbered paragraphs are no list of documents", () => {
  test.each([
    [
      "1. The two leaders held talks on Monday.\n\n2. In the presence of the two leaders, the Loan Agreement on the port project was signed.\n\n3. The leaders then visited the port.",
      [["agreement", "the Loan Agreement on the port project"]],
    ],
    [
      "2. Ghana and Togo signed an agreement on fisheries in the presence of the presidents.\n3. The presidents also discussed security.",
      [["agreement", "an agreement on fisheries"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a table of outcomes under a header row that names the signatories", () => {
  const partiesOf = (text: string) => run(text).documents.map((d) => [d.title, d.parties]);
  test.each([
    [
      "Outcomes of the visit of the Prime Minister of Ruritania\n\nNo. | Title of the Agreement/MoU | Signatory for Ruritania | Signatory for Chile\n1. | Agreement between the Government of Ruritania and the Government of Chile on Cooperation in the Field of Health | Ms. A. Brandt, Minister | Mr. L. Soto, Minister\n2. | Memorandum of Understanding on Tourism | Mr. K. Lenz, Secretary | Ms. P. Vera, Director",
      [
        ["Agreement between the Government of Ruritania and the Government of Chile on Cooperation in the Field of Health", ["Government of Ruritania", "Government of Chile"]],
        ["Memorandum of Understanding on Tourism", []],
      ],
    ],
    [
      "S. No.\tDocument\tSigned by\n1.\tProtocol on Customs Cooperation\tThe heads of the customs services\n2.\tExchange of Notes on the loan\tThe ambassadors",
      [["Protocol on Customs Cooperation", []], ["Exchange of Notes on the loan", []]],
    ],
  ])("%s", (text, expected) => {
    expect(partiesOf(text)).toEqual(expected);
  });

  test.each([
    // a table of people, not of documents
    "Name | Position | Signatory of the letter\n1. | Mr. A. Brandt | Minister | yes\n2. | Ms. P. Vera | Director | no",
    // documents to be signed: no signatory column
    "Agreement | Status | Expected date\n1. | Agreement on trade | draft | May\n2. | Agreement on culture | draft | June",
  ])("%s", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("numbering that starts again at 1 is another list", () => {
  test("the announcements under the outcome table are no documents", () => {
    const text =
      "The following documents were exchanged:\n\n1. Memorandum of Understanding on fisheries\n2. Agreement on air services\n\nAnnouncements\n\n1. Opening of a consulate under the cultural programme in Porto\n2. A plan of scholarships for students";
    expect(typesAndTitles(text)).toEqual([
      ["memorandum", "Memorandum of Understanding on fisheries"],
      ["agreement", "Agreement on air services"],
    ]);
  });
});

describe("items that open with their two sides under \"signed between:\"", () => {
  test.each([
    [
      "During the forum, four memoranda were signed. The memoranda were signed between:\n• Alpine Dairy Ltd. and Lanka Milk Co., on the supply of cheese;\n• the Port of Koper and the Colombo Port Authority, on container services.",
      [["Alpine Dairy Ltd.", "Lanka Milk Co."], ["Port of Koper", "Colombo Port Authority"]],
    ],
  ])("%s", (text, expected) => {
    expect(run(text).documents.map((d) => d.parties)).toEqual(expected);
  });

  test("under another cue the item's words are no sides", () => {
    const text = "Four memoranda were signed:\n• Supply of cheese and milk powder, for two years;\n• Container services and logistics, from May.";
    expect(run(text).documents.map((d) => d.parties)).toEqual([[], []]);
  });
});

describe("a signing still to come", () => {
  test.each([
    // a verb coordinated with one under a modal is under it too
    "During the visit, the two ministers will co-chair the joint commission in Arica and witness the signing of several documents. The documents include an agreement on fisheries and a protocol on customs.",
    "The presidents are to open the new bridge over the river and sign an agreement on its upkeep.",
    // a sentence whose own signing word says it is planned does not go on listing the signed ones
    "The ministers signed a protocol on customs on Monday. According to the ministry, the documents planned for signing next month include an agreement on rail freight.",
  ])("%s", (text) => {
    expect(typesAndTitles(text).filter(([, title]) => /rail|fisheries|upkeep/u.test(title!))).toEqual([]);
  });

  test.each([
    // a modal in another clause leaves the signing in the event
    [
      "The ministers, who will meet again in May, signed an agreement on fisheries.",
      [["agreement", "an agreement on fisheries"]],
    ],
    [
      "The ministers signed a protocol on customs. The documents include an agreement on rail freight.",
      [["protocol", "a protocol on customs"], ["agreement", "an agreement on rail freight"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("\"They are …\" after a sentence that reports the signing lists its documents", () => {
  test.each([
    [
      "The agreements were signed on Tuesday at the presidential palace.\n\nThey are an Agreement on the Waiver of Visas, a Memorandum of Understanding on Agriculture, and a Memorandum of Understanding on Culture.",
      [["agreement", "an Agreement on the Waiver of Visas"], ["memorandum", "a Memorandum of Understanding on Agriculture"], ["memorandum", "a Memorandum of Understanding on Culture"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test("… not after a sentence about something else", () => {
    expect(typesAndTitles("The ministers visited the port on Tuesday.\n\nThey are an agreement on visas and a memorandum on culture away from a deal.")).toEqual([]);
  });
});

describe("a communiqué's full text and the documents it lists", () => {
  test("numbered paragraphs under \"The following is the full text of …:\" are no list of documents", () => {
    const text =
      "LIMA, June 14 -- The following is the full text of the joint communiqué between Peru and Fiji issued on Saturday:\n\n1. The Prime Minister of Fiji paid an official visit to Peru.\n\n2. During the visit, the two sides signed the following cooperation documents:\n(a) Agreement on Economic Cooperation;\n(b) Memorandum of Understanding on Fisheries.\n\n3. The two sides agreed to start negotiations on an agreement on visa exemption.";
    expect(typesAndTitles(text)).toEqual([
      ["agreement", "Agreement on Economic Cooperation"],
      ["memorandum", "Memorandum of Understanding on Fisheries"],
    ]);
  });

  test("\"The documents included …\" after a signing lists them", () => {
    const text = "Peru and Chile on Thursday signed nine agreements in various fields.\n\nThe documents included a joint declaration on the council meeting and a protocol on media.";
    expect(typesAndTitles(text)).toEqual([
      ["declaration", "a joint declaration on the council meeting"],
      ["protocol", "a protocol on media"],
    ]);
  });
});

describe("a section heading that names the documents and their signing", () => {
  test.each([
    [
      "The following outcome documents were exchanged today in the presence of the two prime ministers\n\nAgreements / MoUs exchanged\n\n1. Agreement on road transport\n\n2. MoU between the two central banks on payment systems\n\nAnnouncements\n\n1. Opening of a consulate in Cebu",
      [["agreement", "Agreement on road transport"], ["memorandum", "MoU between the two central banks on payment systems"]],
    ],
    [
      "Documents signed\n- Protocol on fisheries\n- Memorandum of understanding on tourism",
      [["protocol", "Protocol on fisheries"], ["memorandum", "Memorandum of understanding on tourism"]],
    ],
    [
      "Treaties and agreements concluded\n• Treaty on extradition\n• Agreement on visa exemption",
      [["treaty", "Treaty on extradition"], ["agreement", "Agreement on visa exemption"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // a heading of documents to come, or of something else signed
    "Agreements to be signed\n- Protocol on fisheries\n- Memorandum of understanding on tourism",
    "Announcements\n1. Opening of a consulate\n2. Extension of a line of credit",
    "Guest book signed\n- By the president\n- By the minister",
  ])("%s", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("lists bulleted with the glyphs of other sites", () => {
  test.each([
    ["The two presidents attended the exchange of four documents, including:\n▲ Agreement on visa waiver\n▲ MOU on cooperation in health", [["agreement", "Agreement on visa waiver"], ["memorandum", "MOU on cooperation in health"]]],
    ["The following documents were signed:\n► Protocol on fisheries\n► Treaty on extradition", [["protocol", "Protocol on fisheries"], ["treaty", "Treaty on extradition"]]],
    ["The ministers signed three documents:\nㅇ Loan agreement for the Coast Road Project\nㅇ Grant agreement for the Port Hospital", [["agreement", "Loan agreement for the Coast Road Project"], ["agreement", "Grant agreement for the Port Hospital"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a plural document named with two subjects joined by 'and'", () => {
  test.each([
    ["Peru and Chile signed agreements on deep-sea fishing and air services.", [["agreement", "agreements on deep-sea fishing"], ["agreement", "agreement on air services"]]],
    // ("memoranda" stays as written: every word of a title stands in its source span)
    ["Peru and Chile signed two memoranda on culture and sport.", [["memorandum", "memoranda on culture"], ["memorandum", "memoranda on sport"]]],
    // a subject with a preposition inside it is one subject; one document is one
    ["Peru and Chile signed agreements on cooperation in science and technology.", [["agreement", "agreements on cooperation in science and technology"]]],
    ["Peru and Chile signed an agreement on trade and investment.", [["agreement", "an agreement on trade and investment"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("a document named by its head alone in a summary, and in full in the text", () => {
  test.each([
    [
      "Victoria and Arequipa sign hydrogen pact\nMonday, 9 September 2024\n\n  • Memorandum of Understanding signed with the Region of Arequipa\n  • Follows a trade mission to Lima\n\nThe premier and the governor signed a Memorandum of Understanding on Green Hydrogen between the State of Victoria and the Region of Arequipa on Friday.",
      [["memorandum", "a Memorandum of Understanding on Green Hydrogen between the State of Victoria and the Region of Arequipa"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("two documents of one type, one named by its head alone, stay two", () => {
  test.each([
    [
      "Chile and Peru signed a memorandum of understanding. The two port authorities also signed a Memorandum of Understanding on Dredging between the Port of Arica and the Port of Ilo.",
      [["memorandum", "a memorandum of understanding"], ["memorandum", "a Memorandum of Understanding on Dredging between the Port of Arica and the Port of Ilo"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("signings reported in other ways: an aside dating an earlier version, 'exchange' inside a name, 'were able to sign', a watched exchange of notes", () => {
  test.each([
    [
      "The two mayors also signed a renewed twinning exchange agreement, first concluded in 1998, and adopted a joint plan on clean buses for 2025-2027.",
      [["agreement", "a renewed twinning exchange agreement"], ["plan", "a joint plan on clean buses for 2025-2027"]],
    ],
    ["The universities signed a student exchange programme.", [["programme", "a student exchange programme"]]],
    ["I am glad that we were able to sign a Treaty on Extradition and an Agreement on Air Services.", [["treaty", "a Treaty on Extradition"], ["agreement", "an Agreement on Air Services"]]],
    ["The two presidents also witnessed the exchange of notes on a new border crossing.", [["exchange_of_notes", "the exchange of notes on a new border crossing"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // the year dates the signing itself
    "In 1998 the two mayors signed a twinning agreement.",
    // "exchange" as a verb after a plural subject, and a signing still to come
    "The two sides exchange agreements every year.",
    "We hope we will be able to sign an agreement on visas next year.",
    "The two presidents also witnessed the exchange of views on the border.",
  ])("%s", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});
