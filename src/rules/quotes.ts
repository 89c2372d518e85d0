// Direct quotes and reported speech, with their speakers resolved (SPEC: quotes). Candidates come
// from cheap scans (quotation marks paired over the whole text, speech verbs before `that`,
// transcript labels); speakers are read off the words around each and resolved against the people
// of the text, in text order so that `he` and `the head of state` can point back.
import type { Person, Quote } from "../types.js";
import type { RuleContext } from "./context.js";
import { findDirectQuotes } from "./quotes/direct.js";
import { findReportedSpeech, findSpeechEvents } from "./quotes/reported.js";
import { findLabelledSpeech } from "./quotes/labels.js";
import { findUnmarkedSpeech } from "./quotes/unmarked.js";
import { SpeakerResolver } from "./quotes/speakers.js";
import type { Attribution } from "./quotes/attribution.js";
import { SpanIndex } from "./quotes/spanIndex.js";
import { packedMap } from "../text/packed.js";

interface Candidate {
  /** "event": somebody speaking without a quote to report, kept for resolving later speakers. */
  kind: Quote["kind"] | "event";
  start: number;
  end: number;
  attribution: Attribution | null;
}

export function findQuotes(ctx: RuleContext, people: Person[]): Quote[] {
  const { text } = ctx.parsed;
  const direct = findDirectQuotes(ctx.parsed);
  const candidates: Candidate[] = packedMap(direct, (q) => ({
    kind: "direct",
    start: q.span.start,
    end: q.span.end,
    attribution: q.attribution,
  }));
  const directAt = new Map(candidates.map((c) => [c.start, c]));
  const quoted = new SpanIndex(direct.map((q) => ({ start: q.span.start, end: q.span.end, open: q.span.open })));
  const reported = new SpanIndex<{ start: number; end: number }>();
  for (const r of findReportedSpeech(ctx.parsed)) {
    // a clause that is one quotation is that direct quote; one inside a quotation is part of it
    const within = quoted.containing(r.start, r.start, 16);
    const whole = quoted.containing(r.start + 2, r.end - 2, 16);
    if ((within && within.start < r.start) || (whole && whole.open >= r.start - 2)) continue;
    candidates.push({ kind: "indirect", start: r.start, end: r.end, attribution: r.attribution });
    reported.add(r);
  }
  // reported speech without `that`: never inside a quotation, nor a second report of the same words
  for (const u of findUnmarkedSpeech(ctx.parsed, ctx.front.lead?.start ?? null)) {
    if (quoted.containing(u.start, u.start, 16) || reported.containing(u.start, u.start) || [...reported.startingIn(u.start, u.end)].length) continue;
    candidates.push({ kind: "indirect", start: u.start, end: u.end, attribution: u.attribution });
    reported.add(u);
  }
  for (const l of findLabelledSpeech(ctx.parsed, people)) {
    if (l.quoted) {
      // `Putin: "We will …"`: the label names the speaker of the quotation
      const quote = directAt.get(l.start + 1) ?? directAt.get(l.start + 2);
      if (quote && !quote.attribution?.mention) quote.attribution = { mention: l.mention, cue: null };
      continue;
    }
    if (reported.containing(l.start, l.start) || [...reported.startingIn(l.start, l.end)].length) continue;
    candidates.push({ kind: "indirect", start: l.start, end: l.end, attribution: { mention: l.mention, cue: null } });
  }
  for (const e of findSpeechEvents(ctx.parsed)) {
    candidates.push({ kind: "event", start: e.said.start, end: e.said.end, attribution: { mention: e.mention, cue: null } });
  }
  // in text order, so that `he` and `the head of state` point back to who spoke before
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);

  const resolver = new SpeakerResolver(text, people, direct.map((q) => ({ start: q.span.start, end: q.span.end })));
  const quotes: Quote[] = [];
  for (const c of candidates) {
    const said = { start: c.start, end: c.end };
    const speaker = c.attribution ? resolver.resolve(c.attribution.mention, said) : null;
    resolver.remember(speaker, c.attribution?.mention?.start ?? c.start, said);
    if (c.kind === "event") continue;
    quotes.push({ kind: c.kind, text: text.slice(c.start, c.end), start: c.start, end: c.end, speaker, cue: c.attribution?.cue ?? null });
  }
  return quotes;
}
