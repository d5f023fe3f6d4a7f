/**
 * Relative IRIs resolved against a base as n3's parser resolves them (N3Parser: _setBase,
 * _resolveRelativeIRI, _removeDotSegments), quirks included, so that profielkit's Turtle reader and
 * n3 give the same IRIs.
 */

/** `^[a-z][a-z0-9+.-]*:` (case-insensitive), as n3 tells an absolute IRI. */
export function absolute(iri: string): boolean {
  const first = iri.charCodeAt(0) | 0x20;
  if (first < 0x61 || first > 0x7a) return false;
  for (let i = 1; i < iri.length; i++) {
    const c = iri.charCodeAt(i);
    if (c === 0x3a) return true;
    const l = c | 0x20;
    if (!((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2e || c === 0x2d)) return false;
  }
  return false;
}

const DOT_SEGMENTS = /(^|\/)\.\.?($|[/#?])/;
const PATH_DOT_SEGMENTS = /^[^?#]*(?:^|\/)\.\.?(?:$|[/#?])/;

function removeDotSegments(iri: string): string {
  if (!DOT_SEGMENTS.test(iri)) return iri;
  const length = iri.length;
  let result = '';
  let i = -1;
  let pathStart = -1;
  let segmentStart = 0;
  let next: string | undefined = '/';
  while (i < length) {
    switch (next) {
      case ':':
        if (pathStart < 0) {
          if (iri[++i] === '/' && iri[++i] === '/') {
            while (
              (pathStart = i + 1) < length &&
              iri[pathStart] !== '/' &&
              iri[pathStart] !== '?' &&
              iri[pathStart] !== '#'
            )
              i = pathStart;
          }
        }
        break;
      case '?':
      case '#':
        i = length;
        break;
      case '/':
        if (iri[i + 1] === '.') {
          next = iri[++i + 1];
          switch (next) {
            case '/':
              result += iri.substring(segmentStart, i - 1);
              segmentStart = i + 1;
              break;
            case undefined:
            case '?':
            case '#':
              return result + iri.substring(segmentStart, i) + iri.substr(i + 1);
            case '.':
              next = iri[++i + 1];
              if (next === undefined || next === '/' || next === '?' || next === '#') {
                result += iri.substring(segmentStart, i - 2);
                if ((segmentStart = result.lastIndexOf('/')) >= pathStart) result = result.substr(0, segmentStart);
                if (next !== '/') return `${result}/${iri.substr(i + 1)}`;
                segmentStart = i + 1;
              }
          }
        }
    }
    next = iri[++i];
  }
  return result + iri.substring(segmentStart);
}

export class Base {
  base = '';
  path = '';
  /** undefined until a base is set, as in n3 (so `</x>` without a base is `undefined/x` there too) */
  root: string | undefined;
  scheme: string | undefined;
  pathHasDotSegments = false;

  set(baseIRI: string): void {
    const fragment = baseIRI.indexOf('#');
    if (fragment >= 0) baseIRI = baseIRI.substr(0, fragment);
    this.base = baseIRI;
    const query = baseIRI.indexOf('?');
    const path = query < 0 ? baseIRI : baseIRI.substr(0, query);
    this.path = baseIRI.indexOf('/') < 0 ? baseIRI : path.substr(0, path.lastIndexOf('/') + 1);
    const m = /^(?:([a-z][a-z0-9+.-]*:))?(\/\/[^/?#]*)?/i.exec(baseIRI) as RegExpExecArray;
    this.root = m[0];
    this.scheme = m[1];
    if (m[2] !== undefined && (baseIRI.length === this.root.length || baseIRI[this.root.length] === '?'))
      this.path = `${this.root}/`;
    this.pathHasDotSegments = DOT_SEGMENTS.test(this.path);
  }

  /** n3's `_resolveIRI`: null for an IRI it refuses */
  resolve(iri: string): string | null {
    if (absolute(iri)) return iri;
    if (!iri.length) return this.base;
    switch (iri[0]) {
      case '#':
        return this.base + iri;
      case '?': {
        const query = this.base.indexOf('?');
        return (query < 0 ? this.base : this.base.substr(0, query)) + iri;
      }
      case '/':
        if (iri[1] !== '/') return `${this.root}${removeDotSegments(iri)}`;
        return this.scheme ? removeDotSegments(this.scheme + iri) : removeDotSegments(`:${iri}`).substr(1);
      default:
        if (/^[^/:]*:/.test(iri)) return null;
        return this.pathHasDotSegments || PATH_DOT_SEGMENTS.test(iri)
          ? removeDotSegments(this.path + iri)
          : this.path + iri;
    }
  }
}
