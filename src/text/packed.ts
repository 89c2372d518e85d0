// `array.map(fn)` with one shape of result. V8's optimizing compiler, when it inlines `map`, builds
// a holey array, where the interpreter and the builtin build a packed one: the same call gives
// arrays of two hidden classes depending on whether its caller is optimized yet. Every function
// that reads such an array was then compiled for one class and deoptimized on the other, and the
// large rule functions were compiled again and again while a batch warmed up (the name finder 11
// times over 2,000 files). A loop that pushes always builds a packed array.

/** `items.map(fn)`, always as a packed array. */
export function packedMap<T, R>(items: readonly T[], fn: (item: T, index: number) => R): R[] {
  const out: R[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i]!, i));
  return out;
}
