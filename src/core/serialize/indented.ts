/**
 * A value's JSON text as `JSON.stringify(document, null, 2)` writes it `depth` levels down: every line
 * after the first indented by two spaces a level. JSON.stringify indents an array's items itself, so
 * the value is written inside `depth` arrays and the brackets are cut off (no pass over the text).
 */
export function indented(value: unknown, depth: 1 | 2): string {
  const text = JSON.stringify(depth === 1 ? [value] : [[value]], null, 2);
  return depth === 1 ? text.slice(4, -2) : text.slice(10, -6);
}
