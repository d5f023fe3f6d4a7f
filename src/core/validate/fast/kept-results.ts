/**
 * The results a validation keeps: all of them, or with a cap the first `cap` in the order of the
 * report, with every result counted. The order is violations first, then warnings, then infos, each
 * by its key: the place of its focus node in the input (then of the check within that node), so that
 * a result found late (a reference answered at the end) takes the place its node gives it, and parts
 * of one input validated apart (threads) merge into the same list as the whole. A cap keeps memory
 * flat on an export with a violation in every record.
 */
import type { ResultCounts, Severity, ValidationResult } from '../types.js';

const ORDER: readonly Severity[] = ['Violation', 'Warning', 'Info'];

/** A result with its key (see the module's comment). */
export interface KeyedResult {
  readonly result: ValidationResult;
  readonly key: number;
}

export class KeptResults {
  private readonly bySeverity: Record<Severity, KeyedResult[]> = { Violation: [], Warning: [], Info: [] };
  private readonly counted: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };
  private size = 0;
  /** some list is not in key order (only without a cap, see `insert`) */
  private unsorted = false;

  constructor(private readonly cap: number = Number.POSITIVE_INFINITY) {}

  /** Whether a result of this severity and key would be kept; counts it either way when not. */
  wants(severity: Severity, key: number): boolean {
    if (this.fits(severity, key)) return true;
    this.counted[severity]++;
    return false;
  }

  private fits(severity: Severity, key: number): boolean {
    if (this.size < this.cap) return true;
    // full: it is kept only if it comes before the last one kept
    const rank = ORDER.indexOf(severity);
    for (let r = ORDER.length - 1; r >= 0; r--) {
      const list = this.bySeverity[ORDER[r] as Severity];
      if (list.length === 0) continue;
      return r > rank || (r === rank && key < (list[list.length - 1] as KeyedResult).key);
    }
    return false;
  }

  /**
   * Whether a result of this severity and key could still be kept, now or later (counting nothing):
   * once the list is full of results before it, it never will be, so it need only be counted.
   */
  couldKeep(severity: Severity, key: number): boolean {
    return this.fits(severity, key);
  }

  /** Counts `n` results that are not kept (see `couldKeep`). */
  countOnly(severity: Severity, n: number): void {
    this.counted[severity] += n;
  }

  /** Keeps a result (after `wants` said yes) and counts it; returns a result it pushed out, if any. */
  add(result: ValidationResult, key: number): ValidationResult | undefined {
    this.counted[result.severity]++;
    return this.insert(result, key);
  }

  /** Keeps a result counted elsewhere (a part's, merged), if it is among the first `cap`; returns one it pushed out. */
  merge(result: ValidationResult, key: number): ValidationResult | undefined {
    if (!this.fits(result.severity, key)) return result;
    return this.insert(result, key);
  }

  /** Adds counts found elsewhere (a part's). */
  addCounts(counts: ResultCounts): void {
    for (const s of ORDER) this.counted[s] += counts[s];
  }

  private insert(result: ValidationResult, key: number): ValidationResult | undefined {
    const list = this.bySeverity[result.severity];
    if (this.cap === Number.POSITIVE_INFINITY) {
      // nothing is ever pushed out: append, and sort once when read (results answered at the end,
      // references to nodes that never came, would each be placed by a walk back over all the others)
      if (list.length > 0 && (list[list.length - 1] as KeyedResult).key > key) this.unsorted = true;
      list.push({ result, key });
      this.size++;
      return undefined;
    }
    // mostly in order: from the end, past those with a greater key (equal keys keep the order found)
    let i = list.length;
    while (i > 0 && (list[i - 1] as KeyedResult).key > key) i--;
    list.splice(i, 0, { result, key });
    this.size++;
    if (this.size <= this.cap) return undefined;
    // over the cap: the last of the lowest rank goes
    for (const s of [...ORDER].reverse()) {
      const last = this.bySeverity[s].pop();
      if (last) {
        this.size--;
        return last.result;
      }
    }
    return undefined;
  }

  /** every result counted, kept or not, by severity */
  get counts(): ResultCounts {
    return { ...this.counted };
  }

  /** The kept results, violations first. */
  list(): ValidationResult[] {
    return this.keyed().map((k) => k.result);
  }

  /** The kept results with their keys, violations first. */
  keyed(): KeyedResult[] {
    if (this.unsorted) {
      // a stable sort: results of one key keep the order they were found in
      for (const s of ORDER) this.bySeverity[s].sort((a, b) => a.key - b.key);
      this.unsorted = false;
    }
    return ORDER.flatMap((s) => this.bySeverity[s]);
  }
}
