/**
 * An Aho-Corasick automaton over UTF-16 code units, compiled to a full DFA:
 * each character of the text costs one table lookup, whatever the number of
 * patterns. Characters are first mapped to a small alphabet (those that occur
 * in some pattern, plus 0 for every other), which keeps the table to
 * states × alphabet entries.
 */
export class Automaton {
  /** Code unit → symbol; 0 for a character in no pattern. */
  readonly #symbolOf = new Int32Array(0x10000);
  /** Symbols, counting 0. */
  readonly #width: number;
  /** `#next[state * #width + symbol]`: the state after reading `symbol`. */
  readonly #next: Int32Array;
  /** The pattern that ends exactly at a state, or -1. */
  readonly #patternAt: Int32Array;
  /** The first state, along a state's suffixes (itself included), at which a pattern ends; 0 for none. */
  readonly #firstOutput: Int32Array;
  /** The next such state after this one, along shorter suffixes; 0 for none. */
  readonly #nextOutput: Int32Array;

  constructor(patterns: readonly string[]) {
    let width = 1;
    for (const pattern of patterns) {
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        if (this.#symbolOf[code] === 0) this.#symbolOf[code] = width++;
      }
    }
    this.#width = width;
    const { children, patternAt } = this.#trie(patterns);
    const states = children.length;
    this.#patternAt = Int32Array.from(patternAt);
    this.#next = new Int32Array(states * width);
    this.#firstOutput = new Int32Array(states);
    this.#nextOutput = new Int32Array(states);
    this.#compile(children);
  }

  /** The trie of the patterns: each state's children by symbol, and the pattern ending at each state. */
  #trie(patterns: readonly string[]): { children: Map<number, number>[]; patternAt: number[] } {
    const children: Map<number, number>[] = [new Map()];
    const patternAt = [-1];
    patterns.forEach((pattern, index) => {
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const symbol = this.#symbolOf[pattern.charCodeAt(i)]!;
        let child = children[state]!.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          patternAt.push(-1);
          children[state]!.set(symbol, child);
        }
        state = child;
      }
      patternAt[state] = index;
    });
    return { children, patternAt };
  }

  /**
   * Breadth-first, so a state's failure state (its longest proper suffix in
   * the trie, always shallower) is complete before it: the state's row starts
   * as a copy of its failure state's row, then its own children override it.
   */
  #compile(children: readonly Map<number, number>[]): void {
    const width = this.#width;
    const fail = new Int32Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const row = state * width;
      if (state !== 0) this.#next.copyWithin(row, fail[state]! * width, fail[state]! * width + width);
      for (const [symbol, child] of children[state]!) {
        const suffix = state === 0 ? 0 : this.#next[fail[state]! * width + symbol]!;
        fail[child] = suffix;
        this.#nextOutput[child] = this.#firstOutput[suffix]!;
        this.#firstOutput[child] = this.#patternAt[child]! >= 0 ? child : this.#nextOutput[child]!;
        this.#next[row + symbol] = child;
        queue.push(child);
      }
    }
  }

  /** Reports every occurrence of every pattern, overlapping ones included, as (pattern index, end offset). */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    const [symbolOf, next, width, firstOutput, nextOutput, patternAt] = [this.#symbolOf, this.#next, this.#width, this.#firstOutput, this.#nextOutput, this.#patternAt];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + symbolOf[text.charCodeAt(i)]!]!;
      for (let output = firstOutput[state]!; output !== 0; output = nextOutput[output]!) onMatch(patternAt[output]!, i + 1);
    }
  }
}
