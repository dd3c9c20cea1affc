// What every match of a rule pattern must hold: sets of lower-case strings, each set one of whose strings any
// match contains (none when nothing is certain). A window lacking a set cannot match, so the pattern need not run
// there, which spares most pattern runs ("ago" or "back" for "three years ago", a month and a digit for "May 7, 2017").
// Conservative by construction: lookarounds, classes other than digits and optional parts require nothing.

/** Sets of strings, all required: one string of each. */
type Required = string[][];

/** A set of required strings, shared by the rules that require it (a window is searched for it once). */
export interface RequiredSet {
  strings: string[];
  /** Each string's character pairs (codes of `sketch`): a window lacking one cannot hold the string. */
  pairs: number[][];
  slot: number;
}

/** Sets checked per rule, the rarest first: more would cost about what they spare. */
const MAX_SETS = 2;

/** A function giving each pattern its required sets, the same object for the same strings. */
export function requiredSets(): (source: string) => RequiredSet[] {
  const sets = new Map<string, RequiredSet>();
  const shared = (strings: string[]): RequiredSet => {
    const key = strings.join('\n');
    let set = sets.get(key);
    if (!set) sets.set(key, set = { strings, pairs: strings.map(pairCodes), slot: sets.size });
    return set;
  };
  return (source) => {
    const distinct = [...new Set(requiredStrings(source).map(shared))];
    return distinct.sort((a, b) => (better(a.strings, b.strings) ? -1 : better(b.strings, a.strings) ? 1 : 0)).slice(0, MAX_SETS);
  };
}

/**
 * A window of text, lower-cased, asked which required sets it holds; answers are kept by slot. One lookup serves
 * window after window (`reset`): its buffers are allocated once.
 */
export class RequiredLookup {
  private lower = '';
  private readonly held: Int8Array;
  private readonly sketch = new Uint32Array(64);
  private sketched = false;

  constructor(slots: number) {
    this.held = new Int8Array(slots);
  }

  reset(window: string): void {
    this.lower = window.toLowerCase();
    this.held.fill(0);
    this.sketched = false;
  }

  holdsAll(sets: RequiredSet[]): boolean {
    for (const set of sets) if (!this.holds(set)) return false;
    return true;
  }

  private holds(set: RequiredSet): boolean {
    let held = this.held[set.slot];
    if (held === 0) {
      if (!this.sketched) {
        sketch(this.lower, this.sketch);
        this.sketched = true;
      }
      held = 2;
      for (let i = 0; i < set.strings.length && held === 2; i++) {
        if (this.mayHold(set.pairs[i]) && this.lower.includes(set.strings[i])) held = 1;
      }
      this.held[set.slot] = held;
    }
    return held === 1;
  }

  private mayHold(pairs: number[]): boolean {
    for (let i = 0; i < pairs.length; i++) if ((this.sketch[pairs[i] >> 5] & (1 << (pairs[i] & 31))) === 0) return false;
    return true;
  }
}

/**
 * The character pairs of a text (and each character alone, paired with nothing), hashed to 2048 bits: a pair
 * shares its bit with others, so a set bit only says "maybe", a clear one "no" before any substring search.
 */
const pairCode = (a: number, b: number): number => ((a * 61) ^ b) & 2047;

function pairCodes(s: string): number[] {
  if (s.length === 1) return [pairCode(0, s.charCodeAt(0))];
  const codes: number[] = [];
  for (let i = 1; i < s.length; i++) codes.push(pairCode(s.charCodeAt(i - 1), s.charCodeAt(i)));
  return codes;
}

function sketch(text: string, bits: Uint32Array): void {
  bits.fill(0);
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const single = pairCode(0, c);
    const pair = pairCode(previous, c);
    bits[single >> 5] |= 1 << (single & 31);
    bits[pair >> 5] |= 1 << (pair & 31);
    previous = c;
  }
}

/** More strings than this and a check would cost about what running the pattern does. */
const MAX_STRINGS = 64;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
/** Escapes that stand for their own character ("\\.", "\\/"); the rest are classes or assertions. */
const ESCAPED_LITERAL = /[-./$()[\]{}\\'?*+|^,:;"’&#%@!=<> ]/;

/** Requirements of a case-insensitive pattern as RegExp reads it (no "u" flag). */
export function requiredStrings(source: string): Required {
  const parser = new Parser(source);
  const required = parser.alternation();
  if (parser.at < source.length) throw new Error(`required strings: unbalanced ")" at ${parser.at} in /${source}/`);
  return required;
}

class Parser {
  at = 0;

  constructor(private readonly source: string) {}

  /**
   * Alternatives up to a closing parenthesis: one alone requires all its sets; of several, each must require
   * something, and any string of their best sets will do.
   */
  alternation(): Required {
    const alternatives: Required[] = [];
    for (;;) {
      alternatives.push(this.sequence());
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    if (alternatives.length === 1) return alternatives[0];
    if (alternatives.some((a) => a.length === 0)) return [];
    const all = new Set(alternatives.flatMap((a) => a.reduce((best, set) => (better(set, best) ? set : best))));
    return all.size <= MAX_STRINGS ? [[...all]] : [];
  }

  /** Atoms in a row: all their requirements, runs of plain characters read as one string. */
  private sequence(): Required {
    const all: Required = [];
    let run = '';
    const flush = () => {
      if (run) all.push([run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.char !== undefined && min === 1) {
        run += atom.char;
        continue;
      }
      flush();
      if (min >= 1) all.push(...atom.required);
    }
    flush();
    return all;
  }

  /** One atom: a plain character (lower case), or what a group, class or escape requires. */
  private atom(): { char?: string; required: Required } {
    const c = this.source[this.at++];
    if (c === '(') return this.group();
    if (c === '[') return { required: this.characterClass() };
    if (c === '\\') {
      const e = this.source[this.at++];
      if (e === 'd') return { required: [DIGITS] };
      if (e === 'u' || e === 'x' || e === 'c') throw new Error(`required strings: unsupported escape \\${e} in /${this.source}/`);
      if (ESCAPED_LITERAL.test(e)) return { char: e, required: [[e]] };
      return { required: [] }; // \s, \w, \b, \D, \n...
    }
    if (c === '.' || c === '^' || c === '$') return { required: [] };
    // Plain characters other than ASCII are left out: a case-insensitive match of them is not a lower-case one.
    if (c.charCodeAt(0) > 127) return { required: [] };
    const lower = c.toLowerCase();
    return { char: lower, required: [[lower]] };
  }

  private group(): { required: Required } {
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
      else if (head === '?<=' || head === '?<!') [this.at, lookaround] = [this.at + 3, true];
      else if (head.startsWith('?<')) this.at = this.source.indexOf('>', this.at) + 1;
      else throw new Error(`required strings: unsupported group at ${this.at} in /${this.source}/`);
    }
    const required = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error(`required strings: unclosed group in /${this.source}/`);
    return { required: lookaround ? [] : required };
  }

  /** A class requires something only when it holds nothing but digits ("[12]", "[0-5]"). */
  private characterClass(): Required {
    const start = this.at;
    while (this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    const body = this.source.slice(start, this.at++);
    const digits = new Set<string>();
    for (const m of body.matchAll(/(\d)-(\d)|(\d)|\\d|(.)/g)) {
      if (m[4] !== undefined) return [];
      if (m[3] !== undefined) digits.add(m[3]);
      else if (m[1] !== undefined) for (let d = Number(m[1]); d <= Number(m[2]); d++) digits.add(String(d));
      else DIGITS.forEach((d) => digits.add(d));
    }
    return digits.size ? [[...digits]] : [];
  }

  /** The least number of times the atom just read must occur (1 without a quantifier). */
  private quantifier(): number {
    const c = this.source[this.at];
    let min = 1;
    if (c === '?' || c === '*') [this.at, min] = [this.at + 1, 0];
    else if (c === '+') this.at++;
    else {
      const counted = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at));
      if (!counted) return 1;
      this.at += counted[0].length;
      min = Number(counted[1]);
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return min === 1 ? 1 : min > 1 ? 2 : 0;
  }
}

/** Longer strings are rarer (and fewer of them cheaper to look for). */
function better(a: string[], b: string[]): boolean {
  const shortest = (s: string[]) => Math.min(...s.map((x) => x.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length < b.length);
}
