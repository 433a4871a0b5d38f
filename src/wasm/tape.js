// The JavaScript half of the boundary's tape (src/wasm/tape.rs is the Rust half).
//
// `encode` walks an argument once, here where JavaScript objects are cheap to read, and
// flattens it into numbers (type tags, lengths, the numbers themselves) and one text (the
// strings, back to back); the wasm turns that into the model's untyped value. `decode`
// builds a result's plain objects from the tape the wasm wrote through the model's
// Serialize derives. Either way the argument or result crosses in one call instead of
// one per field. The tags below must match src/wasm/tape.rs.

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const NUMBER = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;
const OTHER = 7;
const THROWN = 8;
const TOO_DEEP = 9;
const TOO_MANY = 10;
const FIXED = 11;

// Kinds of OTHER: values that JSON cannot hold.
const FUNCTION = 0;
const SYMBOL = 1;
const BIGINT = 2;
const UNSUPPORTED = 3;
const UNDEFINED = 4;

/** Deepest nesting read: an order is 5 levels deep; past 32 it is a cyclic object. */
const MAX_DEPTH = 32;
/**
 * Most values read from one argument: the largest valid order holds about 408,000. An
 * object shared many times over (a few lines make one of 2^30 values) stops here.
 */
const MAX_VALUES = 500_000;

/** Longest string a batch's tape writes once and refers to after (the wasm's likewise). */
const INTERNED = 64;

/** The numbers of the last tape, kept for the next; whether a tape is being written. */
let buffer = new Float64Array(1024);
const encoder = new TextEncoder();
let encoding = false;

/**
 * The tape of `value`: `{ nums, text }`. Own enumerable string keys are read, as
 * `Object.keys` lists them; keys whose value is `undefined` are left out; `length` and
 * elements of arrays are read as they are. A getter or Proxy trap that throws, nesting
 * past MAX_DEPTH or more than MAX_VALUES values end the tape with a tag at that place,
 * which the wasm reports with its path.
 * @param {unknown} value
 * @returns {Tape}
 */
export function encode(value) {
  return tape(false, (w) => w.root(value));
}

/**
 * The tapes of orders `start` to at most `start + count - 1` of `orders`, back to back in
 * one tape, each read as `encode` reads a value (a problem in one order ends only that
 * order's tape), and `count`, how many it holds: it stops after the order that takes it
 * past about a million numbers, so a batch of large orders is read a part at a time.
 * @param {ArrayLike<unknown>} orders
 * @param {number} start
 * @param {number} count
 * @returns {Tape & { count: number, bytes: Uint8Array }}
 */
export function encodeMany(orders, start, count) {
  let done = 0;
  const result = tape(true, (w) => {
    for (let i = start; i < start + count && w.size() < 1_000_000; i++, done++) {
      let order;
      try {
        order = orders[i];
      } catch (error) {
        w.thrown(error);
        continue;
      }
      w.root(order);
    }
  });
  // A batch's text is long: TextEncoder writes it faster than the wasm glue's copy of a
  // string, which goes character by character.
  return { ...result, count: done, bytes: encoder.encode(result.text) };
}

/**
 * A tape: its numbers, and its strings back to back.
 * @typedef {{ nums: Float64Array, text: string }} Tape
 */

/**
 * What `tape` gives its `write`: `root` puts one value, `thrown` a thrown value's tag,
 * `size` the numbers so far.
 * @typedef {{ root: (value: unknown) => void, thrown: (error: unknown) => boolean, size: () => number }} Writer
 */

/**
 * `{ nums, text }` of what `write` puts on a tape. With `intern`, a string of up to
 * INTERNED characters met again is written as -1 - its number (the order in which such
 * strings first came): a batch repeats its keys and codes in every order.
 * @param {boolean} intern
 * @param {(w: Writer) => void} write
 * @returns {Tape}
 */
function tape(intern, write) {
  // The numbers go into a Float64Array kept from call to call (a getter that estimates
  // while it is read gets one of its own).
  const nested = encoding;
  encoding = true;
  let nums = nested ? new Float64Array(256) : buffer;
  let length = 0;
  let texts = "";
  let budget = MAX_VALUES;
  const put = (/** @type {number} */ n) => {
    if (length === nums.length) {
      const bigger = new Float64Array(nums.length * 2);
      bigger.set(nums);
      nums = bigger;
    }
    nums[length++] = n;
  };
  const interned = intern ? new Map() : null;
  const text = (/** @type {string} */ s) => {
    if (interned !== null && s.length <= INTERNED) {
      const id = interned.get(s);
      if (id !== undefined) {
        put(-1 - id);
        return;
      }
      interned.set(s, interned.size);
    }
    put(s.length);
    texts += s;
  };
  const thrown = (/** @type {any} */ error) => {
    let message = "";
    try {
      message = typeof error === "string" ? error : String(error?.message ?? "");
    } catch {
      // A thrown value whose message cannot even be read.
    }
    put(THROWN);
    text(message.slice(0, 100));
    return false;
  };
  // Whether the walk may go on; false once a stop tag is written.
  /** @type {(v: any, depth: number) => boolean} */
  const walk = (v, depth) => {
    if (budget === 0) {
      put(TOO_MANY);
      return false;
    }
    budget--;
    switch (typeof v) {
      case "undefined":
        put(NULL);
        return true;
      case "boolean":
        put(v ? TRUE : FALSE);
        return true;
      case "number":
        put(NUMBER);
        put(v);
        return true;
      case "string":
        put(STRING);
        text(v);
        return true;
      case "function":
        put(OTHER);
        put(FUNCTION);
        return true;
      case "symbol":
        put(OTHER);
        put(SYMBOL);
        return true;
      case "bigint":
        put(OTHER);
        put(BIGINT);
        return true;
      case "object":
        if (v === null) {
          put(NULL);
          return true;
        }
        break;
      default:
        put(OTHER);
        put(UNSUPPORTED);
        return true;
    }
    if (depth >= MAX_DEPTH) {
      put(TOO_DEEP);
      return false;
    }
    let keys;
    try {
      if (Array.isArray(v)) {
        const len = v.length;
        // As the number converts to a u32 in Rust: NaN and negatives 0, saturating.
        const n = typeof len === "number" && len > 0 ? Math.min(Math.trunc(len), 4294967295) : 0;
        put(ARRAY);
        put(n);
        for (let i = 0; i < n; i++) {
          let item;
          try {
            item = v[i];
          } catch (error) {
            return thrown(error);
          }
          if (!walk(item, depth + 1)) return false;
        }
        return true;
      }
      keys = Object.keys(v);
    } catch (error) {
      return thrown(error);
    }
    put(OBJECT);
    const at = length;
    put(0);
    let count = 0;
    for (const key of keys) {
      let item;
      try {
        item = v[key];
      } catch (error) {
        nums[at] = count + 1;
        text(key);
        return thrown(error);
      }
      if (item === undefined) continue;
      count++;
      text(key);
      if (!walk(item, depth + 1)) {
        nums[at] = count;
        return false;
      }
    }
    nums[at] = count;
    return true;
  };
  const root = (/** @type {unknown} */ value) => {
    budget = MAX_VALUES;
    if (value === undefined) {
      put(OTHER);
      put(UNDEFINED);
    } else walk(value, 0);
  };
  try {
    write({ root, thrown, size: () => length });
  } finally {
    encoding = nested;
    if (!nested) buffer = nums;
  }
  return { nums: nums.subarray(0, length), text: texts };
}

/**
 * Field names of result objects and fixed texts (codes, messages), by index. The wasm
 * defines each once, as a negative number -1 - index followed by its text, and refers to
 * it by its index after that.
 * @type {string[]}
 */
const keys = [];

/**
 * The plain value of a result's tape: numbers and one text (see `encode`).
 * @param {Float64Array} nums
 * @param {string} text
 * @returns {unknown}
 */
export function decode(nums, text) {
  let i = 0;
  let at = 0;
  const slice = () => {
    const n = nums[i++];
    return text.slice(at, (at += n));
  };
  /** @returns {unknown} */
  const next = () => {
    switch (nums[i++]) {
      case NULL:
        return null;
      case FALSE:
        return false;
      case TRUE:
        return true;
      case NUMBER:
        return nums[i++];
      case STRING:
        return slice();
      case FIXED: {
        let k = nums[i++];
        if (k < 0) {
          k = -1 - k;
          keys[k] = slice();
        }
        return keys[k];
      }
      case ARRAY: {
        const n = nums[i++];
        const array = new Array(n);
        for (let k = 0; k < n; k++) array[k] = next();
        return array;
      }
      case OBJECT: {
        const n = nums[i++];
        /** @type {Record<string, unknown>} */
        const object = {};
        for (let k = 0; k < n; k++) {
          let key = nums[i++];
          if (key < 0) {
            key = -1 - key;
            keys[key] = slice();
          }
          object[keys[key]] = next();
        }
        return object;
      }
      default:
        throw new Error(`checkout-footprint: unreadable result tape at ${i - 1}`);
    }
  };
  return next();
}
