/**
 * Deepest nesting of arrays and objects in a JSON text, without parsing it (strings
 * skipped, escapes honoured). Linear, no recursion: a hostile body of a million `[`
 * costs one pass.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) max = depth;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/** No body the API takes nests deeper than a plan does (about 6 levels); 64 leaves room for any client. */
export const MAX_JSON_DEPTH = 64;
