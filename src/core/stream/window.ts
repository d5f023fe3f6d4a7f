/**
 * A window of the latest values by key, for the streaming writers: a value stays findable until
 * between `size` and twice `size` newer ones have come, then it is handed to `retire`, oldest first.
 *
 * Nothing is ever deleted from a map here: values go in generations, and a generation's map is let
 * go whole. A `Map` that loses an entry for each one it gains kept the values V8 removed from it
 * alive through minor collections, which then promoted them: streaming JSON-LD to the API's JSON,
 * some 6 KB a record went to the old generation and the garbage collector took a third of the time
 * (measured at 50,000 records: 300 MB promoted against 6 MB with generations).
 */
export class KeyedWindow<V> {
  private now = new Map<string, V>();
  private before = new Map<string, V>();
  /** the generation being retired, still findable while `retire` runs (it may look its neighbours up) */
  private leaving: Map<string, V> | undefined;

  constructor(
    private readonly size: number,
    private readonly retire: (value: V) => void,
    /** after a generation has left: what was kept for its values can go too */
    private readonly turned: () => void = () => undefined,
  ) {}

  /** The newest value under `key`, while it is in the window. */
  get(key: string): V | undefined {
    return this.now.get(key) ?? this.before.get(key) ?? this.leaving?.get(key);
  }

  /** Adds `value` under `key`, which holds none in the window (a key may come again once its value has left). */
  set(key: string, value: V): void {
    this.now.set(key, value);
    if (this.now.size >= this.size) this.turn();
  }

  /** Retires every value, oldest first. */
  end(): void {
    this.turn();
    this.turn();
  }

  /** The older generation leaves (its values retired in the order they came), the newer one ages. */
  private turn(): void {
    const leaving = this.before;
    this.before = this.now;
    this.now = new Map();
    this.leaving = leaving;
    for (const value of leaving.values()) this.retire(value);
    this.leaving = undefined;
    this.turned();
  }
}
