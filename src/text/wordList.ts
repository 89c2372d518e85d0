// Word lists inside regular expressions. A plain alternation (`said|says|say|noted|…`) makes the
// regex engine try every word at every position; the same words as a prefix tree
// (`s(?:a(?:id|ys?)|…)|not(?:e[ds]|…)`) try one letter per branch. On the corpus the speech verbs
// scan runs several times faster so, and matches exactly the same words.

interface Node {
  /** A word ends here. */
  end: boolean;
  next: Map<string, Node>;
}

// only the characters that need it: an escaped `-` is an error under the `u` flag
const escape = (c: string) => c.replace(/[$()*+.?[\\\]^{|}/]/u, "\\$&");

/**
 * The regex source of an alternation of `words` as a prefix tree, matching exactly the same set
 * of strings (the longest word wins where one is a prefix of another, as when the list is sorted
 * longest first). Words are taken as written: case is left to the regex's flags.
 */
export function alternation(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  let none = true;
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
    none = false;
  }
  // no word at all: a regex that never matches, rather than one that matches everywhere
  return none ? "(?!)" : source(root);
}

function source(node: Node): string {
  const branches = [...node.next].map(([c, child]) => escape(c) + source(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  // a word that ends here may also go on: the longer reading is tried first
  return node.end ? `(?:${body})?` : body;
}
