/**
 * The results a validation keeps: all of them, or with a cap the first `cap` in the order of the
 * report (violations first, then warnings, then infos, each in the order found), with every result
 * counted. A cap keeps memory flat on an export with a violation in every record.
 */
import type { ResultCounts, Severity, ValidationResult } from '../types.js';

const ORDER: readonly Severity[] = ['Violation', 'Warning', 'Info'];

export class KeptResults {
  private readonly bySeverity: Record<Severity, ValidationResult[]> = { Violation: [], Warning: [], Info: [] };
  private readonly counted: Record<Severity, number> = { Violation: 0, Warning: 0, Info: 0 };

  constructor(private readonly cap: number = Number.POSITIVE_INFINITY) {}

  /** Whether a result of this severity would be kept; counts it either way when not. */
  wants(severity: Severity): boolean {
    if (this.keptBefore(severity) < this.cap) return true;
    this.count(severity);
    return false;
  }

  private keptBefore(severity: Severity): number {
    let n = 0;
    for (const s of ORDER) {
      n += this.bySeverity[s].length;
      if (s === severity) return n;
    }
    return n;
  }

  private count(severity: Severity): void {
    this.counted[severity]++;
  }

  /** Keeps a result (after `wants` said yes); returns a result of lower rank it pushed out, if any. */
  add(result: ValidationResult): ValidationResult | undefined {
    this.count(result.severity);
    this.bySeverity[result.severity].push(result);
    if (this.keptBefore('Info') <= this.cap) return undefined;
    // over the cap: the last of the lowest rank goes
    for (const s of [...ORDER].reverse()) if (this.bySeverity[s].length > 0) return this.bySeverity[s].pop();
    return undefined;
  }

  /** every result counted, kept or not, by severity */
  get counts(): ResultCounts {
    return { ...this.counted };
  }

  /** The kept results, violations first. */
  list(): ValidationResult[] {
    return ORDER.flatMap((s) => this.bySeverity[s]);
  }
}
