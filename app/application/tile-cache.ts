/**
 * A least-recently-used cache of encoded tiles bounded by total bytes (a dense tile is ~50 kB, an empty one 0), keyed
 * by "<version>/<z>/<x>/<y>". A hit answers a tile without a round trip to the tile thread. Hand-written rather than
 * a dependency: a Map already keeps insertion order, which is all an LRU needs, and the byte bound is the point.
 */
export class TileCache {
  private readonly entries = new Map<string, Uint8Array>();
  private bytesHeld = 0;

  constructor(
    /** Most bytes of tile bodies held at once. */
    readonly maxBytes: number,
    /** Most tiles held at once (bounds the empty ones too). */
    readonly maxEntries: number = 100_000,
  ) {}

  /** The tile, marked most recently used; undefined on a miss. */
  get(key: string): Uint8Array | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  /** Stores a tile, evicting the least recently used ones beyond the bounds (a tile over the byte bound is not kept). */
  set(key: string, bytes: Uint8Array): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytesHeld -= old.byteLength;
    }
    if (bytes.byteLength > this.maxBytes) return;
    this.entries.set(key, bytes);
    this.bytesHeld += bytes.byteLength;
    while (this.bytesHeld > this.maxBytes || this.entries.size > this.maxEntries) {
      const [oldest, value] = this.entries.entries().next().value as [string, Uint8Array];
      this.entries.delete(oldest);
      this.bytesHeld -= value.byteLength;
    }
  }

  /** Drops every tile (after the registry changed, no cached tile is current). */
  clear(): void {
    this.entries.clear();
    this.bytesHeld = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.bytesHeld;
  }
}
