// Mentions of one person joined into one: `Japarov` joins `Sadyr Japarov`, `Xi` joins `Xi
// Jinping`, and transliteration variants of a long name (`Berdimuhamedov` / `Berdymukhamedov`)
// join when the rest of the name agrees.

export interface Mention {
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** Comparable parts: lower-case, without diacritics, split at hyphens and inner dots. */
  keys: string[];
  title: [number, number] | null;
  /** The title as it applies to this person, where it is not the text's own words (`Presidents`). */
  titleText?: string;
}

export interface Cluster {
  mentions: Mention[];
  /** The fullest mention so far, kept as mentions join (recomputing it would be quadratic). */
  fullest: Mention;
}

export function newCluster(mention: Mention): Cluster {
  return { mentions: [mention], fullest: mention };
}

export function nameKeys(parts: string[]): string[] {
  const keys: string[] = [];
  for (const part of parts) {
    for (const piece of part.split(/[-.]/u)) {
      const key = plainLower(piece);
      if (key.length > 0) keys.push(key);
    }
  }
  return keys;
}

const NOT_ASCII = /\P{ASCII}/u;

/** A word lower-cased without its diacritics; most names are plain ASCII, which has none. */
function plainLower(word: string): string {
  if (!NOT_ASCII.test(word)) return word.toLowerCase();
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Levenshtein distance, stopping early past `limit`. Names are short, so this stays cheap. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** One word of a name written two ways: the same, an initial of it, or a near spelling of a long word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) return true;
  // spellings of one name keep its first or its last letter (Berdimuhamedov / Berdymukhamedov,
  // Zhaparov / Japarov): other pairs need no edit distance
  if (a[0] !== b[0] && a[a.length - 1] !== b[b.length - 1]) return false;
  return Math.min(a.length, b.length) >= 6 && distance(a, b, 2) <= 2;
}

/** Can these two mentions name the same person? */
export function compatible(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (short.length === 1) {
    // a single initial is no name to join on
    return short[0]!.length > 1 && long.some((w) => w.length > 1 && sameWord(short[0]!, w));
  }
  // two full names: every word of the shorter stands in the longer, first words agreeing; in a
  // name of four words or more, short words may be spelt a letter apart too ("Fares" / "Faris")
  const same = short.length >= LONG_NAME ? nearWord : sameWord;
  return short.every((w) => long.some((x) => same(w, x))) && sameWord(short[0]!, long[0]!) || short.every((w) => long.includes(w));
}

const LONG_NAME = 4;

/** `sameWord`, or a word of four letters or more one letter from the other, from the same first letter. */
function nearWord(a: string, b: string): boolean {
  return sameWord(a, b) || (a[0] === b[0] && Math.min(a.length, b.length) >= 4 && distance(a, b, 1) <= 1);
}

/** Is `a` a fuller form than `b`: more words, or as many and longer? (On a tie, the first stays.) */
function fuller(a: Mention, b: Mention): boolean {
  const size = (m: Mention) => m.keys.join("").length;
  return a.keys.length > b.keys.length || (a.keys.length === b.keys.length && size(a) > size(b));
}

/** The fullest form: the mention with the most words, then the longest, then the first. */
export function canonical(cluster: Cluster): Mention {
  return cluster.fullest;
}

// A press release names a few dozen people at most; looking further back than this many for a
// match only makes a hostile text of thousands of names quadratic.
const RECENT_CLUSTERS = 200;

/** Adds a mention to the most recent compatible cluster; returns false when none fits. */
export function join(clusters: Cluster[], mention: Mention): boolean {
  for (let i = clusters.length - 1; i >= Math.max(0, clusters.length - RECENT_CLUSTERS); i--) {
    const cluster = clusters[i]!;
    if (compatible(mention.keys, cluster.fullest.keys)) {
      cluster.mentions.push(mention);
      if (fuller(mention, cluster.fullest)) cluster.fullest = mention;
      return true;
    }
  }
  return false;
}
