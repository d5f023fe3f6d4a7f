/** Saving text as a file: a Blob and an object URL, nothing sent anywhere. */

/** Offers `text` as a download named `name`. */
export function save(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // the browser has the file once the click is handled
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * `broken.ttl` -> `broken-rapport.ttl` (the input's name without its extension, and a suffix); several
 * files (`page-1.json + page-2.json`) -> `page-1+page-2-rapport.json`.
 */
export function fileName(input: string, suffix: string): string {
  const names = input.split(' + ').map((name) => name.replace(/\.[^./\\]+$/u, '').replace(/[^\p{L}\p{N}._-]+/gu, '-'));
  return `${names.join('+').replace(/^\+|\+$/gu, '') || 'data'}${suffix}`;
}
