/** The input cannot be validated on the fast path; validate it with the reference engine. */
export class FallbackNeeded extends Error {
  constructor(readonly why: string) {
    super(why);
  }
}
