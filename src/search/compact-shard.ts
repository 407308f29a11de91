/**
 * A plan's MiniSearch shard and document frequencies in a compact form that ingest writes and the Worker
 * turns back into the very MiniSearch object `MiniSearch.loadJS` would give (same maps, same order):
 * the radix tree as one string of edge labels, the postings as one array of small integers, and nothing
 * the plan's documents already say (ids, stored fields). `encodeShard(loadShard(json), docs, df)` at
 * ingest; `new CompactShard(text).load(docs, options)` on the first question about the plan.
 */
import MiniSearch, { type Options } from 'minisearch';

/** How many documents of a plan hold each term: `{ "bhyt": 3, "y_te": 12 }`. */
export type Frequencies = Record<string, number>;

/**
 * What ingest writes for a plan. `df` and `index` may stay JSON text until first used, and a question
 * that only needs document frequencies (every plan's, for the idf) never parses a plan's postings.
 */
export interface CompactJSON {
  /** The radix tree in MiniSearch's own order: `label(` … `)` per edge, `!` per term. */
  tree: string;
  /** Terms counted in `df` that no document is indexed under (concepts such as `@bhyt`), `\n`-separated. */
  extra: string;
  /** Document frequency of each term: the tree's terms in order, then `extra`'s. */
  df: number[] | string;
  index: CompactIndex | string;
}

/** The rest of the MiniSearch shard. */
export interface CompactIndex {
  /** MiniSearch's counters: `[documentCount, nextId, dirtCount]`. */
  counts: [number, number, number];
  averageFieldLength: number[];
  /** Each document's field lengths, in short-id order, one number per field. */
  lengths: number[];
  /** Per term, in tree order: a mask of the fields holding it, then per field `n` and `n` postings. */
  postings: number[];
}

// Characters the tree string gives a meaning to; the analyzer never puts them in a term.
const OPEN = '(';
const CLOSE = ')';
const TERM = '!';
const [OPEN_CODE, CLOSE_CODE, TERM_CODE] = [OPEN, CLOSE, TERM].map((c) => c.charCodeAt(0));
const LEAF = '';

type Tree = Map<string, Tree | FieldIndex>;
type FieldIndex = Map<number, Map<number, number>>;

/** MiniSearch's own fields, which `loadJS` fills and `toJSON` reads. */
interface Internals {
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, Record<string, unknown>>;
  _index: { _tree: Tree };
}

const internals = <T>(mini: MiniSearch<T>) => mini as unknown as Internals;

/** What a document gives the shard: its id (and the fields MiniSearch stores, read by name). */
export type ShardDoc = { id: string };

/**
 * Encodes a shard (as `loadJS` made it) with its frequencies: `encodeShard(mini, docs, df)`. Throws if the
 * shard's documents are not `docs` in order, which the decoder assumes.
 */
export function encodeShard<T>(mini: MiniSearch<T>, docs: readonly ShardDoc[], df: Frequencies): CompactJSON {
  const m = internals(mini);
  const ids = [...m._documentIds];
  if (ids.length !== docs.length || ids.some(([short, id], i) => short !== i || id !== docs[i]?.id))
    throw new Error('compact shard: documents out of order');
  const terms: string[] = [];
  const postings: number[] = [];
  const walk = (node: Tree, prefix: string): string => {
    let out = '';
    for (const [label, child] of node) {
      if (label === LEAF) {
        out += TERM;
        terms.push(prefix);
        writePostings(child as FieldIndex, postings);
      } else {
        if (/[()!\n]/.test(label)) throw new Error(`compact shard: term with a reserved character: ${label}`);
        out += `${label}${OPEN}${walk(child as Tree, prefix + label)}${CLOSE}`;
      }
    }
    return out;
  };
  const tree = walk(m._index._tree, '');
  const indexed = new Set(terms);
  const extra = Object.keys(df).filter((t) => !indexed.has(t));
  return {
    tree,
    extra: extra.join('\n'),
    df: [...terms, ...extra].map((t) => (Object.hasOwn(df, t) ? (df[t] ?? 0) : 0)),
    index: {
      counts: [m._documentCount, m._nextId, m._dirtCount],
      averageFieldLength: m._avgFieldLength,
      lengths: [...m._fieldLength.values()].flat(),
      postings,
    },
  };
}

// Fields and documents ascend in a shard `loadJS` made (it reads them from objects with integer keys), so
// documents are written as gaps; a gap is doubled and marked odd when a term frequency other than 1 follows.
function writePostings(fields: FieldIndex, out: number[]) {
  let mask = 0;
  for (const field of fields.keys()) mask |= 1 << field;
  out.push(mask);
  let lastField = -1;
  for (const [field, docs] of fields) {
    if (field <= lastField) throw new Error('compact shard: fields out of order');
    lastField = field;
    out.push(docs.size);
    let last = -1;
    for (const [doc, tf] of docs) {
      if (doc <= last) throw new Error('compact shard: documents out of order');
      out.push((doc - last) * 2 + (tf === 1 ? 0 : 1));
      if (tf !== 1) out.push(tf);
      last = doc;
    }
  }
}

const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/**
 * A plan's compact shard as ingest wrote it, read on demand: `frequency` looks terms up in the tree string
 * as it is, `load` builds the MiniSearch index, and a plan nobody asks about costs only its bytes.
 */
export class CompactShard {
  private skips: Int32Array | undefined;
  private readonly nodes = new Map<number, Edges>();
  private df: number[] | undefined;
  private extra: Map<string, number> | undefined;
  constructor(private readonly json: CompactJSON) {}

  /** How many of the plan's documents hold `term` (0 for a term it lacks): `shard.frequency('bhyt')` → 3. */
  frequency(term: string): number {
    const { tree } = this.json;
    this.skips ??= skipsOf(tree);
    this.df ??= parsed(this.json.df);
    const leaf = findLeaf(tree, this.skips, this.nodes, term);
    if (leaf >= 0) return this.df[leaf] ?? 0;
    if (!this.extra) {
      const leaves = this.skips[tree.length] ?? 0;
      const df = this.df;
      const extra = this.json.extra ? this.json.extra.split('\n') : [];
      this.extra = new Map(extra.map((t, i) => [t, df[leaves + i] ?? 0]));
    }
    return this.extra.get(term) ?? 0;
  }

  /** The MiniSearch index, equal to `MiniSearch.loadJS` of the shard's `toJSON()`: `shard.load(docs, INDEX_OPTIONS)`. */
  load<T>(docs: readonly ShardDoc[], options: Options<T>): MiniSearch<T> {
    const { counts, averageFieldLength, lengths, postings } = parsed(this.json.index);
    const mini = new MiniSearch<T>(options);
    const m = internals(mini);
    [m._documentCount, m._nextId, m._dirtCount] = counts;
    m._avgFieldLength = averageFieldLength;
    const fields = options.fields.length;
    const stored = options.storeFields ?? [];
    m._documentIds = new Map();
    m._idToShortId = new Map();
    m._fieldLength = new Map();
    m._storedFields = new Map();
    for (const [short, doc] of docs.entries()) {
      m._documentIds.set(short, doc.id);
      m._idToShortId.set(doc.id, short);
      m._fieldLength.set(short, lengths.slice(short * fields, short * fields + fields));
      const values: Record<string, unknown> = {};
      for (const name of stored) {
        const value = (doc as Record<string, unknown>)[name];
        if (value !== undefined) values[name] = value;
      }
      m._storedFields.set(short, values);
    }
    const tree = this.json.tree;
    this.skips ??= skipsOf(tree);
    m._index._tree = new LazyNode(new TreeSource(tree, this.skips, postings), 0, tree.length);
    return mini;
  }
}

/** The tree string, its skips, and the postings, shared by every node of one loaded shard. */
class TreeSource {
  private offsets: Int32Array | undefined;
  constructor(
    readonly tree: string,
    readonly skips: Int32Array,
    private readonly postings: number[],
  ) {}

  /** The postings of the shard's `n`th term, as `loadJS` builds them: field → document → frequency. */
  leaf(n: number): FieldIndex {
    const postings = this.postings;
    this.offsets ??= offsetsOf(postings, this.skips[this.tree.length] ?? 0);
    let at = this.offsets[n] ?? 0;
    const fields: FieldIndex = new Map();
    const mask = postings[at++] ?? 0;
    for (let field = 0; 1 << field <= mask; field++) {
      if (!(mask & (1 << field))) continue;
      const docs = new Map<number, number>();
      const n = postings[at++] ?? 0;
      let doc = -1;
      for (let k = 0; k < n; k++) {
        const v = postings[at++] ?? 0;
        doc += v >> 1;
        docs.set(doc, v & 1 ? (postings[at++] ?? 0) : 1);
      }
      fields.set(field, docs);
    }
    return fields;
  }
}

/** Where each term's postings start: one pass over the numbers, reading only the counts and flags. */
function offsetsOf(postings: number[], terms: number): Int32Array {
  const offsets = new Int32Array(terms);
  let at = 0;
  for (let t = 0; t < terms; t++) {
    offsets[t] = at;
    const mask = postings[at++] ?? 0;
    for (let field = 0; 1 << field <= mask; field++) {
      if (!(mask & (1 << field))) continue;
      const n = postings[at++] ?? 0;
      for (let k = 0; k < n; k++) if ((postings[at++] ?? 0) & 1) at++;
    }
  }
  return offsets;
}

/**
 * A node of MiniSearch's radix tree that reads its edges from the tree string the first time anything
 * looks at it. A search walks a few dozen of a plan's ~4,500 nodes (exact terms and one-edit fuzzy
 * paths), so loading a shard builds almost nothing, and what a search never reaches is never built or
 * collected. Filled, a node is the Map `loadJS` would have made: the same entries in the same order.
 */
class LazyNode extends Map<string, Tree | FieldIndex> {
  private source: TreeSource | undefined;
  constructor(
    source: TreeSource,
    private readonly from: number,
    private readonly to: number,
  ) {
    super();
    this.source = source;
  }

  /** Whether the node has read its edges. */
  get built(): boolean {
    return this.source === undefined;
  }

  private fill() {
    const source = this.source;
    if (!source) return;
    this.source = undefined;
    const { tree, skips } = source;
    for (let at = this.from; at < this.to; ) {
      if (tree.charCodeAt(at) === TERM_CODE) {
        super.set(LEAF, source.leaf(skips[at] ?? 0));
        at++;
      } else {
        const open = skips[at] ?? 0;
        const close = skips[open] ?? 0;
        super.set(tree.slice(at, open), new LazyNode(source, open + 1, close));
        at = close + 1;
      }
    }
  }

  override get(key: string) {
    this.fill();
    return super.get(key);
  }
  override has(key: string) {
    this.fill();
    return super.has(key);
  }
  override set(key: string, value: Tree | FieldIndex) {
    this.fill();
    return super.set(key, value);
  }
  override delete(key: string) {
    this.fill();
    return super.delete(key);
  }
  override clear() {
    this.source = undefined;
    super.clear();
  }
  override get size() {
    this.fill();
    return super.size;
  }
  override keys() {
    this.fill();
    return super.keys();
  }
  override values() {
    this.fill();
    return super.values();
  }
  override entries() {
    this.fill();
    return super.entries();
  }
  override [Symbol.iterator]() {
    this.fill();
    return super[Symbol.iterator]();
  }
  override forEach(
    fn: (value: Tree | FieldIndex, key: string, map: Map<string, Tree | FieldIndex>) => void,
    that?: unknown,
  ) {
    this.fill();
    super.forEach(fn, that);
  }
}

/**
 * One pass over the tree string: at each `(` the position of its `)`, at the first character of each
 * label the position of its `(`, at each `!` the term's number; one more slot holds how many terms there
 * are. `findLeaf` then skips whole subtrees without reading them.
 */
function skipsOf(tree: string): Int32Array {
  const skips = new Int32Array(tree.length + 1);
  const open: number[] = [];
  let leaves = 0;
  let label = 0;
  for (let i = 0; i < tree.length; i++) {
    const c = tree.charCodeAt(i);
    if (c === OPEN_CODE) {
      skips[label] = i;
      open.push(i);
      label = i + 1;
    } else if (c === CLOSE_CODE) {
      skips[open.pop() ?? 0] = i;
      label = i + 1;
    } else if (c === TERM_CODE) {
      skips[i] = leaves++;
      label = i + 1;
    }
  }
  skips[tree.length] = leaves;
  return skips;
}

/** A node's edges by their first character (the term ending at the node under -1), made on first visit. */
type Edges = Map<number, number>;

/**
 * The number of `term` among the tree's terms, or -1: a walk down its edges, as `SearchableMap.get` does.
 * A first answer looks up ~400 terms in each plan, most through the same few nodes (the root has ~30
 * edges): each node's edges are indexed by first character the first time a lookup passes through it.
 */
function findLeaf(tree: string, skips: Int32Array, nodes: Map<number, Edges>, term: string): number {
  let rest = term;
  let pos = 0;
  let end = tree.length;
  for (;;) {
    let edges = nodes.get(pos);
    if (!edges) {
      edges = new Map();
      for (let at = pos; at < end; ) {
        if (tree.charCodeAt(at) === TERM_CODE) {
          edges.set(-1, skips[at] ?? -1);
          at++;
        } else {
          edges.set(tree.charCodeAt(at), at);
          at = (skips[skips[at] ?? 0] ?? 0) + 1;
        }
      }
      nodes.set(pos, edges);
    }
    if (!rest) return edges.get(-1) ?? -1;
    const label = edges.get(rest.charCodeAt(0));
    if (label === undefined) return -1;
    const open = skips[label] ?? 0;
    // A node's edges start with different characters, so this edge is the only way down.
    if (!rest.startsWith(tree.slice(label, open))) return -1;
    rest = rest.slice(open - label);
    pos = open + 1;
    end = skips[open] ?? 0;
  }
}

/** How many nodes of a loaded shard's tree have read their edges (for tests): `builtNodes(mini)` → 12. */
export function builtNodes<T>(mini: MiniSearch<T>): number {
  const count = (node: unknown): number =>
    node instanceof LazyNode
      ? node.built
        ? 1 + [...node.values()].reduce<number>((n, child) => n + count(child), 0)
        : 0
      : 0;
  return count(internals(mini)._index._tree);
}
