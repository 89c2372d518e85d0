import { describe, expect, test } from "vitest";
import { runDocumentsRule as run } from "../helpers/documents.js";

const typesAndTitles = (text: string) => run(text).documents.map((d) => [d.type, d.title]);

describe("documents: enumerated lists", () => {
  test("an item said to be signed later is left out of its list", () => {
    const text =
      "The following documents were signed:\n1. MoU on the use of local currencies;\n2. Agreement on a university campus (approved in principle, to be signed later);\n3. MoU on payment systems.";
    expect(typesAndTitles(text)).toEqual([
      ["memorandum", "MoU on the use of local currencies"],
      ["memorandum", "MoU on payment systems"],
    ]);
  });

  test.each([
    // one item per paragraph, ending with ";", the last with "."
    [
      "Following the talks, a number of bilateral documents were signed:\n\nAn agreement on cooperation in the processing industry;\n\nA Memorandum on the establishment of a research centre.\n\nThe parties reaffirmed their commitment.",
      [["agreement", "An agreement on cooperation in the processing industry"], ["memorandum", "A Memorandum on the establishment of a research centre"]],
    ],
    // "- " markers, items hard-wrapped over several lines
    [
      "Thus, the following documents were signed:\n- Agreement between the Cabinet of Ministers of the Kyrgyz\nRepublic and the Government of the Russian Federation on\nuniversities;\n- Protocol of intent on education.",
      [["agreement", "Agreement between the Cabinet of Ministers of the Kyrgyz\nRepublic and the Government of the Russian Federation on\nuniversities"], ["protocol", "Protocol of intent on education"]],
    ],
    // "-" with no space, items ending with "," and the last two joined by "and", after "These include:"
    [
      "The ministers signed a total of three documents.\n\nThese include:\n\n-the Plan for the celebration of the anniversary,\n\n-Economic and Technical Cooperation Agreement and\n\n-Exchange of letters on the housing project respectively.",
      [["plan", "the Plan for the celebration of the anniversary"], ["agreement", "Economic and Technical Cooperation Agreement"], ["exchange_of_notes", "Exchange of letters on the housing project"]],
    ],
    // bullets "•", "·" and "• –"
    ["The parties signed:\n• An Agreement on cultural cooperation;\n• A Roadmap for trade for 2024-2026.", [["agreement", "An Agreement on cultural cooperation"], ["roadmap", "A Roadmap for trade for 2024-2026"]]],
    ["The parties signed:\n· A Cooperation Program between the foreign ministries for 2024-2025;\n· An Agreement on visas.", [["programme", "A Cooperation Program between the foreign ministries for 2024-2025"], ["agreement", "An Agreement on visas"]]],
    ["The summit participants also signed:\n• – the Charter of the organisation;\n• – the Regulations on the secretariat.", [["charter", "the Charter of the organisation"], ["regulation", "the Regulations on the secretariat"]]],
    // "*", "1.", "1)", "a)"
    ["The following documents were signed:\n* Treaty on strategic partnership\n* Convention on double taxation", [["treaty", "Treaty on strategic partnership"], ["convention", "Convention on double taxation"]]],
    ["15 documents were also signed, including:\n1. Action plan on tourism;\n2. Letter of intent on railways.", [["plan", "Action plan on tourism"], ["letter_of_intent", "Letter of intent on railways"]]],
    ["The following documents were signed:\n1) Joint communique of the summit;\n2) Contract for the supply of wheat.", [["communique", "Joint communique of the summit"], ["contract", "Contract for the supply of wheat"]]],
    ["The following documents were signed:\na) Memorandum of understanding on health;\nb) Deal on aviation.", [["memorandum", "Memorandum of understanding on health"], ["agreement", "Deal on aviation"]]],
    // word ordinals
    [
      "The leaders witnessed the exchange of bilateral agreements, which are as follows:\n\nThe first: A memorandum of understanding between the Ministry of Energy and the Department of Energy.\n\nThe second: A treaty on investment.",
      [["memorandum", "A memorandum of understanding between the Ministry of Energy and the Department of Energy"], ["treaty", "A treaty on investment"]],
    ],
    // no marker, one per line
    [
      "The following documents were signed:\nAgreement on air services\nMemorandum of cooperation in sports\n\nThe President then left.",
      [["agreement", "Agreement on air services"], ["memorandum", "Memorandum of cooperation in sports"]],
    ],
    // a titled list with a description under each item
    [
      "List of Agreements signed between India and Mauritius\n\nMemorandum of Understanding in the field of Ocean Economy\nThis MoU will provide a framework for cooperation.\nProtocol for the importation of fresh mango\nThe aim of this Protocol is to help trade.",
      [["memorandum", "Memorandum of Understanding in the field of Ocean Economy"], ["protocol", "Protocol for the importation of fresh mango"]],
    ],
    // items that are sentences, and table cells after the title
    [
      "The following agreements were signed:\n\nThe Agreement on visas was signed by Minister A and Minister B.\n\nThe Memorandum on tourism was signed by the ministers of culture.",
      [["agreement", "The Agreement on visas"], ["memorandum", "The Memorandum on tourism"]],
    ],
    ["The following documents were signed:\n- Agreement on visas\tMinister A\n- Protocol on trade\tMinister B", [["agreement", "Agreement on visas"], ["protocol", "Protocol on trade"]]],
    // a list flattened into one run-on line
    [
      "India and Bangladesh on Tuesday signed seven MoUs.\n\nMoU to share the water of the river MoU signed between the Council of Research and the Academy of Sciences on science MoU signed between Bangladesh Television and Prasar Bharati on broadcasting and news exchange between the two public broadcasters of both countries",
      [["memorandum", "MoU to share the water of the river"], ["memorandum", "MoU signed between the Council of Research and the Academy of Sciences on science"], ["memorandum", "MoU signed between Bangladesh Television and Prasar Bharati on broadcasting and news exchange between the two public broadcasters of both countries"]],
    ],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test("a list cut off at the end of the text gives what is there and a warning", () => {
    const { documents, warnings } = run("In addition, the following documents were signed:\n\nAn Agreement on industrial cooperation;\n\nA Memorandum of understanding between the Academy of Public Administration and the Acad");
    expect(documents.map((d) => d.title)).toEqual(["An Agreement on industrial cooperation", "A Memorandum of understanding between the Academy of Public Administration and the Acad"]);
    expect(warnings.map((w) => w.code)).toEqual(["TRUNCATED_LIST"]);
  });

  test("a list right under its cue without a colon", () => {
    expect(typesAndTitles("The documents signed include\n- an agreement on visas;\n- a memorandum on tourism.")).toEqual([
      ["agreement", "an agreement on visas"],
      ["memorandum", "a memorandum on tourism"],
    ]);
  });

  test.each([
    ["The parties signed:\n- An Agreement on visas;\n- A Protocol on customs."],
    ["The following documents were signed:\nAgreement on visas\nProtocol on trade"],
  ])("a complete list gives no warning: %j", (text) => {
    expect(run(text).documents).toHaveLength(2);
    expect(run(text).warnings).toEqual([]);
  });

  test.each([
    // a colon list of other things: delegates, topics, companies
    ["The delegation included:\n- the Minister of Energy;\n- the Minister of Trade;\n- the Governor of the region."],
    ["The sides discussed:\n- trade and investment;\n- energy cooperation;\n- regional security."],
    ["Among the companies taking part were:\n\nKazMunayGas;\n\nUzbekneftegaz;\n\nGazprom."],
    // page furniture bullets
    ["Top Slides\n\n  • Event\n    Summit of the Assembly concludes\n  • Share on social networks :"],
    ["Related news:\n- Kazakhstan wins a medal in Paris\n- Weather in Astana turns cold"],
    // numbered paragraphs of a readout
    ["The following is a summary of the talks:\n1. The ministers discussed trade.\n2. They agreed to meet again next year."],
    // a list of agreements to be signed later
    ["The following documents will be signed during the visit:\n- Agreement on visas;\n- Protocol on customs."],
    // agenda of a cabinet meeting: agreements to be ratified
    ["The Cabinet approved the following draft decisions:\n1. Ratifying an agreement on air services;\n2. Approving a memorandum on sports."],
    ["The Cabinet approved the following draft agreements:\n1. Agreement on air services;\n2. Memorandum on sports."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: inline in prose", () => {
  test.each([
    ["Sadyr Japarov and Gurbanguly Berdimuhamedov signed a joint declaration.", [["declaration", "a joint declaration"]]],
    ["On Monday a memorandum on cooperation in education was signed in Tashkent.", [["memorandum", "a memorandum on cooperation in education"]]],
    ["The two sides exchanged 10 MoUs including an MoU on Defence Cooperation.", [["memorandum", "an MoU on Defence Cooperation"]]],
    [
      "The ministers signed agreements on technical cooperation, international road communication, and a plan for cooperation in agriculture for 2018-2020.",
      [["agreement", "agreements on technical cooperation"], ["agreement", "agreement on international road communication"], ["plan", "a plan for cooperation in agriculture for 2018-2020"]],
    ],
    [
      "Among the documents signed were memorandums on establishing a business council and on regional investment cooperation.",
      [["memorandum", "memorandums on establishing a business council"], ["memorandum", "memorandum on regional investment cooperation"]],
    ],
    ["The Crown Prince and the Prime Minister signed an action plan on security, and the ministers inked a road map for trade.", [["plan", "an action plan on security"], ["roadmap", "a road map for trade"]]],
    ["Also, the presidents made a joint statement.", [["statement", "a joint statement"]]],
    ["The Minister also signed and exchanged notes on grant aid for the Economic and Social Development Programme.", [["exchange_of_notes", "notes on grant aid for the Economic and Social Development Programme"]]],
    ["Kenya secured a deal on wildlife conservation, mining and ICT during the visit.", [["agreement", "a deal on wildlife conservation, mining and ICT"]]],
    ["The MoU signing took place at the Ministry of Foreign Affairs.", [["memorandum", "The MoU"]]],
    ["Putin and Xi signed a joint statement on partnership, as well as a statement on strategic stability.", [["statement", "a joint statement on partnership"], ["statement", "a statement on strategic stability"]]],
    ["The Parliament ratified the treaty on border demarcation.", [["treaty", "the treaty on border demarcation"]]],
    ["The talks were followed by the signing of an agreement on visas.", [["agreement", "an agreement on visas"]]],
    ["Agreements were also signed on visa-free travel and on investment protection.", [["agreement", "Agreements on visa-free travel"], ["agreement", "Agreement on investment protection"]]],
    ["A joint communiqué was issued following the talks.", [["communique", "A joint communiqué"]]],
    ["The Presidents signed the Moscow Declaration and witnessed the signing of 12 intergovernmental documents.", [["declaration", "the Moscow Declaration"]]],
    ["Memoranda of understanding on tourism, health and education were also signed.", [["memorandum", "Memoranda of understanding on tourism"], ["memorandum", "Memoranda of understanding on health"], ["memorandum", "Memoranda of understanding on education"]]],
    // a count that names each item: "the first on X, and the second on Y", "one on X and the other on Y"
    [
      "The two sides exchanged two memoranda of understanding: the first on cooperation in education, and the second on cooperation in health care.",
      [["memorandum", "memoranda of understanding on cooperation in education"], ["memorandum", "memoranda of understanding on cooperation in health care"]],
    ],
    ["The ministers also signed two agreements, one on trade and the other on investment.", [["agreement", "agreement on trade"], ["agreement", "agreement on investment"]]],
    ["They signed three protocols: the first on customs, the second on transit; and the third on tourism.", [["protocol", "protocol on customs"], ["protocol", "protocol on transit"], ["protocol", "protocol on tourism"]]],
    // named twice: one item
    ["The ministers signed an agreement on visas. The agreement on visas was signed after the talks.", [["agreement", "an agreement on visas"]]],
    ["A memorandum of understanding on tourism was signed. A MoU was also signed by the two ministers.", [["memorandum", "A memorandum of understanding on tourism"]]],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // the past: referred to, not signed in the event
    ["date 2025-05-01 Relations have grown since the signing of the Joint Declaration in May 2023."],
    ["date 2024-02-01 The agreement on trade was signed in 2002 and has served both sides well."],
    ["date 2023-06-08 Relations were formalised on March 26, 1987, through the signing of the General Agreement on Economic Cooperation."],
    // the future
    ["The two countries are expected to sign an agreement on trade next month."],
    ["The presidents will sign a memorandum on energy cooperation on Friday."],
    ["The sides plan to sign a roadmap for investment by the end of the year."],
    ["The Cabinet has approved the signing of a Memorandum of Understanding between India and Egypt on agriculture."],
    ["The President departs for Washington to join the leaders in witnessing the signing of the Peace Agreement."],
    // counts without names
    ["12 agreements were signed during the visit."],
    ["A number of bilateral documents were signed following the talks."],
    ["The sides signed 16 bilateral agreements, contracts and other documents worth $3.5 billion."],
    ["Pakistan and Uzbekistan signed various agreements and memorandums of understanding for cooperation in the areas of trade, culture and tourism."],
    // a count whose items are not each named: "one on …" alone, or ordinals without a subject
    ["The sides signed two agreements, one on trade."],
    ["The sides signed two agreements, one of which covers trade."],
    ["The sides signed two agreements: the first today, the second in May."],
    // not a signing
    ["The ministers reached an agreement on the resumption of flights."],
    ["The Southern African country has yet to sign the same deal."],
    ["The meeting noted the importance of signing a bilateral security agreement."],
    ["The two ministers exchanged views on the agreement on regional security."],
    ["Tokayev said in a statement that the talks went well, and the sides signed several documents."],
    ["The spokesman read the statement of the President on the negotiation process, which was signed by him."],
    ["An agreement to this effect was signed in Beijing on Monday."],
    ["The memorandum on tourism signed last year is being implemented."],
    ["The signing of an agreement on trade is scheduled for next week."],
    ["They are trying to sign a treaty on borders."],
    ["He confirmed this by signing a treaty on borders."],
    ["The President issued a statement on the anniversary and signed a decree on awards."],
    ["The President signed a decree approving the agreement on visas."],
    ["The sides reviewed the Memorandum of Understanding signed between the two ministries last year."],
    ["The sides discussed the implementation of the agreements signed during the previous visit."],
    ["The Memorandum was signed by the Minister of Energy and the Secretary of State."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: distribution over coordinated complements", () => {
  test.each([
    // coordinated modifiers of one domain noun: one document per domain
    [
      "The two sides signed memoranda in the tourism, banking and aviation sectors.",
      [["memorandum", "memoranda in the tourism sector"], ["memorandum", "memoranda in the banking sector"], ["memorandum", "memoranda in the aviation sector"]],
    ],
    [
      "Agreements for the mining and energy fields were concluded during the state visit of the Chilean president.",
      [["agreement", "Agreement for the mining field"], ["agreement", "Agreement for the energy field"]],
    ],
    [
      "Norway and Chile inked protocols in the fisheries, digital economy, and health areas.",
      [["protocol", "protocol in the fisheries area"], ["protocol", "protocol in the digital economy area"], ["protocol", "protocol in the health area"]],
    ],
    // a comma list under a shared preposition
    [
      "After the talks, agreements in the fields of fisheries, railways and customs were signed.",
      [["agreement", "agreements in the fields of fisheries"], ["agreement", "agreement in the fields of railways"], ["agreement", "agreement in the fields of customs"]],
    ],
    ["The ministers also signed documents on wheat, timber and exhibitions.", [["other", "documents on wheat"], ["other", "document on timber"], ["other", "document on exhibitions"]]],
    // the last of a series may take an article, and the sentence's attribution is not a subject
    [
      "Chile and Ghana on Friday exchanged memoranda on fisheries, tourism and the training of pilots, officials said.",
      [["memorandum", "memoranda on fisheries"], ["memorandum", "memoranda on tourism"], ["memorandum", "memoranda on the training of pilots"]],
    ],
    [
      "The sides signed agreements on customs, health and the protection of investments, the ministry announced.",
      [["agreement", "agreements on customs"], ["agreement", "agreement on health"], ["agreement", "agreement on the protection of investments"]],
    ],
    // the middle subjects take an article too
    [
      "The two governments signed agreements on air services, the avoidance of double taxation and the promotion of investments.",
      [["agreement", "agreements on air services"], ["agreement", "agreement on the avoidance of double taxation"], ["agreement", "agreement on the promotion of investments"]],
    ],
    [
      "Ghana and Togo inked memoranda on fisheries, the recognition of diplomas, the training of nurses and the exchange of students, officials said.",
      [["memorandum", "memoranda on fisheries"], ["memorandum", "memoranda on the recognition of diplomas"], ["memorandum", "memoranda on the training of nurses"], ["memorandum", "memoranda on the exchange of students"]],
    ],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    ["The sides signed agreements in various sectors."],
    ["Ministers discussed investment in the oil, gas and mining sectors and signed nothing."],
    ["Kenya signed 12 memoranda in the tourism, banking and aviation sectors."],
    ["The two ministers signed the memoranda in the presence of the presidents."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });

  test.each([
    // "and the …" with a verb of its own opens a clause: not one more subject
    ["The ministers signed agreements on trade, energy and the two sides agreed to meet again in May.", [["agreement", "agreements on trade"], ["agreement", "agreement on energy"]]],
    ["Peru signed an agreement on fisheries and the ministers then visited the port.", [["agreement", "an agreement on fisheries"]]],
    // an apposition after the comma, or a clause with its own verb, is no subject
    ["Kenya and Peru signed an agreement on trade, the first such document in a decade.", [["agreement", "an agreement on trade"]]],
    ["Kenya and Peru signed an agreement on trade, the ministers met the press and the talks ended.", [["agreement", "an agreement on trade"]]],
    ["Chile signed agreements on fisheries, the minister said and the delegation left.", [["agreement", "agreements on fisheries"]]],
    // a series that ends without an attribution
    ["The sides signed protocols on customs, consular posts and the issuing of visas.", [["protocol", "protocols on customs"], ["protocol", "protocol on consular posts"], ["protocol", "protocol on the issuing of visas"]]],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("documents: a count that names each of its items", () => {
  test.each([
    [
      "Two memoranda were signed – one with the Ministry of Health on vaccine production, the other with the Ministry of Education on student exchanges.",
      [["memorandum", "memoranda with the Ministry of Health on vaccine production", ["Ministry of Health"]], ["memorandum", "memoranda with the Ministry of Education on student exchanges", ["Ministry of Education"]]],
    ],
    ["The sides inked three agreements – on trade, on tourism and on education.", [["agreement", "agreement on trade", []], ["agreement", "agreement on tourism", []], ["agreement", "agreement on education", []]]],
    ["The parties exchanged two MoUs: one on fisheries and another on maritime transport.", [["memorandum", "MoU on fisheries", []], ["memorandum", "MoU on maritime transport", []]]],
    ["Two protocols were also concluded: a first for the supply of grain, a second for fertiliser deliveries.", [["protocol", "protocol for the supply of grain", []], ["protocol", "protocol for fertiliser deliveries", []]]],
  ])("%j", (text, expected) => {
    expect(run(text).documents.map((d) => [d.type, d.title, d.parties])).toEqual(expected);
  });

  test.each([
    ["The sides signed two agreements – on Monday and on Tuesday."],
    ["Two agreements were signed: one in Lima and another in Quito."],
    ["They signed two agreements, one of them with Peru."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: a lettered list inside numbered paragraphs", () => {
  test.each([
    [
      "5. The leaders held talks.\n\n6. The two sides welcomed the signing of the following instruments:\n\na) Agreement on air services;\nb) Memorandum of Understanding on fisheries.\n\n7. The instruments were signed by the two ministers.\n\n8. The two sides exchanged views on regional issues.",
      [["agreement", "Agreement on air services"], ["memorandum", "Memorandum of Understanding on fisheries"]],
    ],
    // a numbered list under a numbered paragraph goes on as numbered
    [
      "6. The following documents were signed:\n1. Agreement on trade;\n2. Protocol on customs.\n\nThe ministers then met the press.",
      [["agreement", "Agreement on trade"], ["protocol", "Protocol on customs"]],
    ],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("documents: a time after the passive verb is not the subject", () => {
  test.each([
    ["An MoU was signed on Tuesday in Lima by the two ministers.", [["memorandum", "An MoU"]]],
    ["An agreement was signed on 4 May in Quito.", [["agreement", "An agreement"]]],
    // the MoU named before is not a second one
    ["The government has signed a memorandum of understanding on gas security with Chile. The MoU was signed on Tuesday in Lima by the ministers.", [["memorandum", "a memorandum of understanding on gas security"]]],
    // a subject after the verb still is one
    ["Agreements were also signed on fisheries and on tourism.", [["agreement", "Agreements on fisheries"], ["agreement", "Agreement on tourism"]]],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("documents: a head taken from the document before (ellipsis)", () => {
  test.each([
    ["The ministers signed a memorandum on customs cooperation and a second on the mutual recognition of diplomas.", [["memorandum", "a memorandum on customs cooperation"], ["memorandum", "a second on the mutual recognition of diplomas"]]],
    [
      "An MoU was exchanged in the field of renewable energy. Another on cooperation between the broadcasters Radio Alba and Teleonda was also signed.",
      [["memorandum", "An MoU in the field of renewable energy"], ["memorandum", "Another on cooperation between the broadcasters Radio Alba and Teleonda"]],
    ],
    ["Ghana and Benin signed a protocol on border demarcation, and one more for joint patrols.", [["protocol", "a protocol on border demarcation"], ["protocol", "one more for joint patrols"]]],
    // "along with", "together with" coordinate as "and" does, also after the verb and a place
    [
      "An agreement on road transport was signed at the Government House, along with another on the recognition of driving licences.",
      [["agreement", "An agreement on road transport"], ["agreement", "another on the recognition of driving licences"]],
    ],
    ["The ministers signed a memorandum on fisheries together with a second on port state control.", [["memorandum", "a memorandum on fisheries"], ["memorandum", "a second on port state control"]]],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    ["The first round of talks took place in May, and another on Friday."],
    ["The president thanked one minister and another on the delegation for their work."],
    ["A second on the list of speakers was the ambassador."],
    ["The minister arrived along with another on the delegation who had signed the visitors' book."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: list items under a cue that names their kind", () => {
  test.each([
    [
      "In the presence of the two leaders, six memoranda were signed:\nCooperation between the Lisbon Academy of Sciences and the Dakar Institute of Geology;\nCollaboration in the field of sport;\nCooperation in higher education.\n\nThe leaders then toured the port.",
      [["memorandum", "Cooperation between the Lisbon Academy of Sciences and the Dakar Institute of Geology"], ["memorandum", "Collaboration in the field of sport"], ["memorandum", "Cooperation in higher education"]],
    ],
    ["The following agreements were signed:\n- Air services;\n- Avoidance of double taxation.", [["agreement", "Air services"], ["agreement", "Avoidance of double taxation"]]],
    // a description after the item is not its title
    [
      "The following agreements were signed:\n- An agreement on transport, which provides for the opening of new bus routes;\n- An agreement on culture – it envisages annual festivals.",
      [["agreement", "An agreement on transport"], ["agreement", "An agreement on culture"]],
    ],
    // a short cue that refers back to the documents the sentence before reports signed
    [
      "Two memoranda aimed at closer border control were signed in Lomé on Tuesday.\n\nThe memoranda cover:\n\na) joint patrols along the border;\nb) the training of customs officers.",
      [["memorandum", "joint patrols along the border"], ["memorandum", "the training of customs officers"]],
    ],
    [
      "The ministers signed three agreements on Friday. The agreements concern:\n- road haulage;\n- inland waterways;\n- rail freight.",
      [["agreement", "road haulage"], ["agreement", "inland waterways"], ["agreement", "rail freight"]],
    ],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    ["Three memoranda were signed:\nThe ceremony was attended by the ministers."],
    ["Three memoranda were signed:\nPresident Ruto then left for the airport."],
    ["The minister issued the following statement:\nThe Cabinet congratulated the people on the National Day."],
    ["The following documents were signed:\nTrade grew by a tenth."],
    // a short cue after documents only discussed, or planned
    ["The ministers discussed two draft memoranda.\n\nThe memoranda cover:\n\na) joint patrols;\nb) customs training."],
    ["Two agreements are to be signed next year. The agreements concern:\n- road haulage;\n- rail freight."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: a count that is a name, a headline that names one, a noun that refers back", () => {
  test.each([
    // a count with as many subjects as it says
    ["Officials of the two provinces signed three MoUs regarding micro-finance, food processing and mining exploration.", [["memorandum", "MoUs regarding micro-finance"], ["memorandum", "MoU regarding food processing"], ["memorandum", "MoU regarding mining exploration"]]],
    ["Peru and Chile signed two agreements on fisheries and on port services.", [["agreement", "agreements on fisheries"], ["agreement", "agreement on port services"]]],
    ["The sides signed 3 memoranda in the tourism, banking and aviation sectors.", [["memorandum", "memoranda in the tourism sector"], ["memorandum", "memoranda in the banking sector"], ["memorandum", "memoranda in the aviation sector"]]],
    // a generic noun after documents were named takes their kind
    ["The leaders witnessed the signing of two Memorandums of Understanding. The legal instrument signed by the interior ministers covers policing.", [["memorandum", "The legal instrument"]]],
    // the headline is the document's name, and the text that document or the report of its signing
    ["Joint Declaration of Ghana and Portugal\n\nThe Presidents of Ghana and Portugal, meeting in Accra, declare their resolve to deepen ties.", [["declaration", "Joint Declaration of Ghana and Portugal"]]],
    ["Text of the Joint Communiqué on the Visit of the President of Chile to Peru\n\nAt the invitation of the President of Peru, the President of Chile paid a state visit.", [["communique", "Joint Communiqué on the Visit of the President of Chile to Peru"]]],
    ["Framework Agreement on Fisheries between Norway and Iceland\n\nThe ministers signed the agreement in Oslo. It covers cod quotas.", [["agreement", "Framework Agreement on Fisheries between Norway and Iceland"]]],
  ])("%j", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // a count with more or fewer subjects than it says names none of them
    ["The sides signed two agreements on trade, tourism and education."],
    ["Kenya signed 12 memoranda in the tourism, banking and aviation sectors."],
    // a headline that says something about a document, or names several
    ["Joint statement of the presidents meets the hopes of both peoples\n\nThe statement was praised."],
    ["Statement by the Spokesperson on the elections\n\nThe Spokesperson said the vote was calm."],
    ["List of Agreements signed during the visit\n\nThe list is below."],
    ["Memorandum on trade to be signed next week\n\nThe ministers will meet on Monday."],
    // a signing long before the event
    ["date 2024-05-10\nThe ministers welcomed the legal instrument signed by the sides in 2019."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: parties", () => {
  test.each([
    ["The sides signed an agreement between Samarkand region and Shandong province on twinning.", ["Samarkand region", "Shandong province"]],
    ["A memorandum between the Ministry of Justice of the Kyrgyz Republic and the Ministry of Justice of the Russian Federation was signed.", ["Ministry of Justice of the Kyrgyz Republic", "Ministry of Justice of the Russian Federation"]],
    ["The MoU between the Ministry of Tourism and Sports and the Ministry of Religious Affairs for the promotion of tourism was signed.", ["Ministry of Tourism and Sports", "Ministry of Religious Affairs"]],
    ["Kabar and Xinhua signed a memorandum of cooperation in news exchange.", ["Kabar", "Xinhua"]],
    ["North South University (NSU) signed a Memorandum of Understanding (MoU) with Fukuyama University on Monday.", ["North South University (NSU)", "Fukuyama University"]],
    ["A Memorandum of Understanding (MoU) has been signed with Chittagong University on mutual assistance in research.", ["Chittagong University"]],
    ["The MoUs for academic collaboration were signed between University of Mumbai and University of St. Louis; and University of Lucknow and Lincoln University.", ["University of Mumbai", "University of St. Louis", "University of Lucknow", "Lincoln University"]],
    // a weekday between the subject and its verb is not a part of a party ("on" is inside "Monday")
    ["Ruritania and Nepal on Monday signed an agreement on air services.", ["Ruritania", "Nepal"]],
    ["Chile and Peru on Sunday signed a protocol on border crossings.", ["Chile", "Peru"]],
  ])("%j", (text, parties) => {
    expect(run(text).documents.flatMap((d) => d.parties)).toEqual(parties);
  });

  test.each([
    // persons who sign are not parties
    ["Presidents Shavkat Mirziyoyev and Xi Jinping signed a joint statement on partnership."],
    ["The two presidents signed a treaty on strategic partnership."],
    ["The Crown Prince and Johnson signed a memorandum of understanding (MoU) to create the Council."],
    ["The agreement on cooperation in the field of television was signed by Minister Fawad Hussain and Minister Ozodbek Nazabekov."],
    ["The sides signed a memorandum on cooperation between the two countries in sports."],
    ["The ministers inked an agreement on cooperation in industry."],
    ["Sadyr Japarov and Gurbanguly Berdimuhamedov signed a joint statement."],
  ])("no parties in %j", (text) => {
    const { documents } = run(text);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.parties).toEqual([]);
  });
});

describe("documents: hostile input stays linear", () => {
  test.each([
    ["semicolons", "The following documents were signed:\n" + "- Agreement on trade;\n".repeat(5000)],
    ["markers", "The parties signed:\n" + "• ".repeat(50000)],
    ["heads", "The sides signed " + "agreements on trade, ".repeat(5000) + "."],
    ["spaces", "The sides signed an agreement between" + " ".repeat(100000) + "X and Y."],
    ["commas", "signed agreements on" + ",".repeat(100000)],
  ])("%s", (_name, text) => {
    const started = performance.now();
    run(text);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe("documents: \"The agreements include …\" after the signing, with a sentence between", () => {
  test.each([
    [
      "Chile and Peru on Monday signed six agreements. The two presidents attended the ceremony at the palace. The agreements include a protocol on fisheries and an agreement on mining.",
      [["protocol", "a protocol on fisheries"], ["agreement", "an agreement on mining"]],
    ],
    [
      "Ghana and Togo signed four documents in Accra. President Ama Owusu called the day historic. Among them are a memorandum on customs and a treaty on borders.",
      [["memorandum", "a memorandum on customs"], ["treaty", "a treaty on borders"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test.each([
    // no signing before: the list is of something else
    ["The ministers met in Lima. They toured the port. The plans include an agreement on fisheries."],
  ])("no documents in %j", (text) => {
    expect(typesAndTitles(text)).toEqual([]);
  });
});

describe("documents: a series of subjects with their own articles", () => {
  test.each([
    [
      "The two countries signed agreements on the avoidance of double taxation, the promotion of investments and air services, as well as a memorandum on tourism.",
      ["agreements on the avoidance of double taxation", "agreement on the promotion of investments", "agreement on air services", "a memorandum on tourism"],
    ],
    [
      "The ministers signed memoranda on the training of nurses, the exchange of students and sport.",
      // (the plural stays as written: a title's words stand in the text)
      ["memoranda on the training of nurses", "memoranda on the exchange of students", "memoranda on sport"],
    ],
    // a shared field before a comma list keeps its "of"
    ["The sides signed agreements in the fields of trade, energy and culture.", ["agreements in the fields of trade", "agreement in the fields of energy", "agreement in the fields of culture"]],
  ])("%s", (text, expected) => {
    expect(run(text).documents.map((d) => d.title)).toEqual(expected);
  });
});

describe("documents: a signing watched, in the bare infinitive", () => {
  test.each([
    ["The two presidents watched their ministers sign a memorandum on fisheries and a plan of action for 2025-2027.", ["a memorandum on fisheries", "a plan of action for 2025-2027"]],
    ["The leaders witnessed the ministers of trade sign an agreement on customs.", ["an agreement on customs"]],
    ["The premier saw the mayors sign a protocol on twinning.", ["a protocol on twinning"]],
  ])("%s", (text, expected) => {
    expect(run(text).documents.map((d) => d.title)).toEqual(expected);
  });

  test.each([
    "The presidents will watch their ministers sign a memorandum on fisheries.",
    "The ministers saw the need to sign an agreement on customs.",
    "The presidents watched a film about the signing of a treaty in 1921.",
  ])("%s", (text) => {
    expect(run(text).documents).toEqual([]);
  });
});

describe("documents: a declaration of intent and a statute", () => {
  test.each([
    ["The two ministers signed a joint declaration of intent on battery recycling.", [["letter_of_intent", "a joint declaration of intent on battery recycling"]]],
    ["A Declaration of Intent on Film Co-production was signed by the culture ministers.", [["letter_of_intent", "A Declaration of Intent on Film Co-production"]]],
    ["The founders signed the Statute of the Andean Chamber of Mines.", [["regulation", "the Statute of the Andean Chamber of Mines"]]],
    // a declaration with no intent is a declaration; a statute only referred to is no document
    ["The leaders signed a joint declaration on ocean protection.", [["declaration", "a joint declaration on ocean protection"]]],
    ["Under the statute of the council, members serve four years.", []],
    ["The court ruled that the statute was void.", []],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });
});

describe("documents: a numbered list run into a sentence", () => {
  test.each([
    [
      "The ministers exchanged four documents, namely (1) an Agreement on Air Services, (2) a Memorandum of Understanding on Tourism, (3) a Protocol on Customs, and (4) a Plan of Action for 2025–2027.",
      [["agreement", "an Agreement on Air Services"], ["memorandum", "a Memorandum of Understanding on Tourism"], ["protocol", "a Protocol on Customs"], ["plan", "a Plan of Action for 2025–2027"]],
    ],
    ["They signed a) a treaty on extradition, b) a protocol on customs and c) an agreement on visas.", [["treaty", "a treaty on extradition"], ["protocol", "a protocol on customs"], ["agreement", "an agreement on visas"]]],
    ["The two sides signed 1) an agreement on fisheries and 2) a memorandum on ports.", [["agreement", "an agreement on fisheries"], ["memorandum", "a memorandum on ports"]]],
    // a number in brackets that is no item's: the document goes on
    ["The ministers signed an agreement on the Article (2) procedures of the customs code.", [["agreement", "an agreement on the Article (2) procedures of the customs code"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test("the sides of an item end before the next item's number", () => {
    const text = "They signed (1) a memorandum between Lima Port and Callao Docks, and (2) an agreement on visas.";
    expect(run(text).documents.map((d) => d.parties)).toEqual([["Lima Port", "Callao Docks"], []]);
  });
});

describe("documents: a lead that sums up a list, a short cue after the signing, and a time clause after the subjects", () => {
  test.each([
    // the lead's five memoranda are the list's five items
    [
      "Ghana and Peru on Monday signed three memoranda in the fields of fisheries, mining and tourism, after talks in Accra.\n\nThe following MoUs were exchanged:\n1. MoU between the Ghana Fisheries Commission and Peru's Sea Institute;\n2. MoU on mining research;\n3. MoU on tourism promotion.",
      [["memorandum", "MoU between the Ghana Fisheries Commission and Peru's Sea Institute"], ["memorandum", "MoU on mining research"], ["memorandum", "MoU on tourism promotion"]],
    ],
    // a list of other documents besides them keeps both
    [
      "Ghana and Peru on Monday signed three memoranda in the fields of fisheries, mining and tourism.\n\nThe following documents were also signed:\n1. MoU on air services;\n2. MoU on visas;\n3. MoU on ports.",
      [
        ["memorandum", "memoranda in the fields of fisheries"], ["memorandum", "memoranda in the fields of mining"], ["memorandum", "memoranda in the fields of tourism"],
        ["memorandum", "MoU on air services"], ["memorandum", "MoU on visas"], ["memorandum", "MoU on ports"],
      ],
    ],
    // "The documents were:" right after the sentence that reports the exchange
    [
      "Three documents were exchanged after the talks in Lima.\n\nThe documents were:\n- Memorandum of Understanding on Seasonal Workers;\n- Agreement on Tourism;\n- Exchange of Notes on Scholarships.",
      [["memorandum", "Memorandum of Understanding on Seasonal Workers"], ["agreement", "Agreement on Tourism"], ["exchange_of_notes", "Exchange of Notes on Scholarships"]],
    ],
    // ", following talks between …" ends the last subject
    [
      "Chile and Peru today signed agreements on port fees, power trade and the joint operation of the Arica railway, following talks between President Ana Torres and President Luis Quispe.",
      [["agreement", "agreements on port fees"], ["agreement", "agreement on power trade"], ["agreement", "agreement on the joint operation of the Arica railway"]],
    ],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test("'The results were:' after no signing is no list of documents", () => {
    expect(typesAndTitles("The ministers met in Lima.\n\nThe results were:\n- more flights;\n- lower fees.")).toEqual([]);
  });
});

describe("documents: a list after 'witnessed the signing of:', and a year at an item's end", () => {
  test("each item, its year kept", () => {
    const text = "After the talks, the prime ministers witnessed the signing of:\n\n– Roadmap for trade for 2025–2027;\n\n– Protocol amending the Agreement on air services of 4 May 1998;\n\n– Agreement on twinning between Osh city and Lida city.";
    expect(typesAndTitles(text)).toEqual([
      ["roadmap", "Roadmap for trade for 2025–2027"],
      ["protocol", "Protocol amending the Agreement on air services of 4 May 1998"],
      ["agreement", "Agreement on twinning between Osh city and Lida city"],
    ]);
  });
});

describe("documents: signatures as the cue, a table's header row, and 'The first, on …'", () => {
  test.each([
    [
      "At the end of the visit, the ministers put their signatures to these documents:\n– Programme of cooperation in culture for 2025–2027;\n– Agreement on academic exchange.",
      [["programme", "Programme of cooperation in culture for 2025–2027"], ["agreement", "Agreement on academic exchange"]],
    ],
    [
      "The following documents were exchanged:\n\nS.No. | Agreement/MoU | Chilean Signatory | Indian Signatory\n1. | MoU on mining research | Ana Ruiz, Minister | Raj Kumar, Secretary\n2. | Agreement on visas | Tomas Berg, Ambassador | Anil Rao, Secretary",
      [["memorandum", "MoU on mining research"], ["agreement", "Agreement on visas"]],
    ],
    [
      "The two sides signed two memoranda. The first, on port security, was signed by the ministers. The second, on customs data, was signed by the agencies.",
      [["memorandum", "The first, on port security"], ["memorandum", "The second, on customs data"]],
    ],
    // "the first" with no comma is no document's opener
    ["The ministers signed a memorandum on ports. It is the first on port security in the region.", [["memorandum", "a memorandum on ports"]]],
  ])("%s", (text, expected) => {
    expect(typesAndTitles(text)).toEqual(expected);
  });

  test("a side ends before 'on' and an acronym in capitals", () => {
    expect(run("They signed a letter of intent between Andes Bank and Pacific Credit Union on SME lending.").documents.map((d) => d.parties)).toEqual([["Andes Bank", "Pacific Credit Union"]]);
  });
});
