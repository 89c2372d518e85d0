// Texts built to make a careless regular expression or loop go quadratic: hundreds of
// thousands of quote marks, list markers, semicolons, date-like numbers, unclosed quotes, one
// enormous word. Each generator returns a text of about `size` characters.
const fill = (unit, size) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);

const release =
  "date 2025-03-14 President of Kyrgyzstan Sadyr Japarov met Chairman Xi Jinping today, March 14. " +
  "«We highly value the partnership,» the head of state noted. Xi Jinping noted that trade grows. " +
  "The following documents were signed:\n- An agreement on road transport;\n- A memorandum on veterinary medicine.\n";

export const hostileInputs = {
  "straight quotes": (n) => fill('"', n),
  "guillemets opened, then closed": (n) => fill("«", n / 2) + fill("»", n / 2),
  "curly quote pairs": (n) => fill("“a” ", n),
  "unclosed quotes": (n) => fill('He said: "We agree ', n),
  "single quotes and apostrophes": (n) => fill("‘Putin’s ", n),
  "dash list markers": (n) => fill("- \n", n),
  "bullets on one line": (n) => fill("• ", n),
  "numbered items": (n) => fill("1. Agreement on trade;\n", n),
  "semicolons": (n) => fill(";", n),
  "semicolon list": (n) => fill("agreement on trade; ", n),
  "signing cues": (n) => fill("The following documents were signed: ", n),
  "speech cues": (n) => fill("He noted that ", n),
  "date-like numbers": (n) => fill("12.12.2012 2022-2025 1/2/2020 17 June ", n),
  "one long word": (n) => fill("a", n),
  "one long capitalised word": (n) => "A" + fill("b", n - 1),
  "capitalised run": (n) => fill("President Xi ", n),
  "full stops": (n) => fill(".", n),
  "initials": (n) => fill("M. ", n),
  "newlines": (n) => fill("\n", n),
  "colons and dashes": (n) => fill("MOSCOW: – ", n),
  "press release repeated": (n) => fill(release, n),
};
