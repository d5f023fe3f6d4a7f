/**
 * Finds where JSON text first goes wrong, as an offset. `JSON.parse` on Node 20 does not always say
 * where (some messages carry no position), and a user must be told the line and column.
 * A small scanner with an explicit stack, so that deeply nested input cannot overflow the call stack.
 */

const WS = new Set([' ', '\t', '\n', '\r']);

/** The offset of the first syntax error in `text`, or `undefined` if it is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  return scanJson(text)?.offset;
}

/**
 * Where `text` first goes wrong: a syntax error, or (with `maxDepth`) the first object or array
 * nested deeper than allowed; `undefined` if it is valid JSON within the limit.
 */
export function scanJson(
  text: string,
  maxDepth = Number.POSITIVE_INFINITY,
): { offset: number; reason: 'syntax' | 'depth' } | undefined {
  const offset = scan(text, maxDepth);
  if (offset === undefined) return undefined;
  return { offset: Math.abs(offset) - (offset < 0 ? 1 : 0), reason: offset < 0 ? 'depth' : 'syntax' };
}

/** a non-negative offset for a syntax error, `-(offset + 1)` for a depth beyond the limit */
function scan(text: string, maxDepth: number): number | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const skip = () => {
    while (i < text.length && WS.has(text[i] as string)) i++;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/u.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/u.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };

  // states: expecting a value; after a value (expecting , or a close)
  skip();
  for (;;) {
    // a value
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (stack.length >= maxDepth) return -(i + 1);
      stack.push(c);
      i++;
      skip();
      if (text[i] === (c === '{' ? '}' : ']')) {
        // an empty container is a complete value
        stack.pop();
        i++;
      } else {
        if (c === '{') {
          if (!string()) return i;
          skip();
          if (text[i] !== ':') return i;
          i++;
        }
        continue;
      }
    } else if (!scalar()) return i;
    // after a value
    for (;;) {
      skip();
      const top = stack.at(-1);
      if (top === undefined) return i < text.length ? i : undefined;
      const d = text[i];
      if (d === ',') {
        i++;
        if (top === '{') {
          skip();
          if (!string()) return i;
          skip();
          if (text[i] !== ':') return i;
          i++;
        }
        break;
      }
      if (d === (top === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}
