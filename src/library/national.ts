/**
 * The national corpus served from a bucket of per-province shards (R2): a question loads only the
 * shards of the provinces it names, and the engines built over them stay in the isolate, bounded.
 * `await library.answer('tỷ lệ BHYT Quảng Ninh', { today })` reads `manifest.json` and Quảng Ninh's shard.
 */
import { createEngine, type Engine, mergeFollowUp } from '../answer/engine';
import { fromCompact } from '../answer/prebuilt';
import type { Answer, AskOptions } from '../answer/types';
import { understand } from '../answer/understand';
import type { Corpus } from '../schema/records';
import { fold } from '../text/normalize';
import { SizedLru } from './lru';
import { planOf } from './plan-head';
import { MANIFEST_KEY, type Manifest, type ProvinceShard, SHARD_FORMAT } from './shards';
import { type NationalSummary, SUMMARY_FORMAT } from './summary';
import { summaryAnswerer } from './summary-answer';

/** What the library needs of an R2 bucket binding. */
export interface ShardBucket {
  get(key: string): Promise<{ text(): Promise<string> } | null>;
}

/** Bounds and clock; the defaults suit a 128 MB isolate. */
export interface LibraryOptions {
  /**
   * Shard bytes (as stored) the cached engines may hold. A loaded shard takes ~3–4× its JSON size in
   * heap (records, MiniSearch maps, term sets), so 12 MB keeps the cache well under 64 MB of heap.
   */
  maxBytes: number;
  /** How long a manifest is trusted before it is read again, so an upload reaches running isolates. */
  manifestTtlMs: number;
  now: () => number;
}

const DEFAULTS: LibraryOptions = { maxBytes: 12_000_000, manifestTtlMs: 60_000, now: () => Date.now() };

/** The provinces a question is about, from the plans' headers alone: named, by plan number, or the chat's. */
function provincesAsked(catalog: Corpus, text: string, options: Omit<AskOptions, 'today'>): string[] {
  const q = understand(text, catalog);
  const byNumber = catalog.plans.filter((p) => q.planIds.includes(p.plan.id)).map((p) => p.plan.province);
  const named = [...new Set([...byNumber, ...q.provinces])];
  if (named.length) return named;
  const chat = catalog.plans.find((p) => fold(p.plan.province) === fold(options.province ?? ''));
  return chat && !q.allProvinces && q.intent !== 'compare' ? [chat.plan.province] : [];
}

/** Per isolate: the manifest, and engines over the shards questions asked for. */
export class NationalLibrary {
  private readonly options: LibraryOptions;
  private manifest?: { value: Manifest | null; at: number; catalog: Corpus };
  private readonly engines: SizedLru<Engine>;
  /** The national summary's answerer, for the manifest's version (null when it has none). */
  private summary?: { version: string; answer: ReturnType<typeof summaryAnswerer> | null };
  /** Every key read from the bucket, in order: what a test or `/api/shards` checks. */
  readonly reads: string[] = [];
  /** Manifest reads that failed, each answered from what the isolate already knew. */
  private failedReads = 0;

  constructor(
    private readonly bucket: ShardBucket,
    options: Partial<LibraryOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.engines = new SizedLru(this.options.maxBytes);
  }

  private async read<T>(key: string): Promise<T | null> {
    this.reads.push(key);
    const object = await this.bucket.get(key);
    return object ? (JSON.parse(await object.text()) as T) : null;
  }

  /**
   * The current manifest (null when the bucket holds none), re-read after `manifestTtlMs`. A read that
   * fails (R2 unreachable, a broken manifest) keeps the manifest already known, or gives null, so the
   * bundled plans answer rather than a 503; nothing is cached, and the next question reads again.
   */
  async current(): Promise<{ manifest: Manifest; catalog: Corpus } | null> {
    const now = this.options.now();
    if (!this.manifest || now - this.manifest.at > this.options.manifestTtlMs) {
      let read: Manifest | null;
      try {
        read = await this.read<Manifest>(MANIFEST_KEY);
      } catch {
        this.failedReads++;
        const known = this.manifest?.value;
        return known
          ? { manifest: known, catalog: this.manifest?.catalog ?? { plans: [], agencies: [] } }
          : null;
      }
      const value = read?.format === SHARD_FORMAT ? read : null;
      const plans = value?.provinces.flatMap((e) =>
        e.plans.map((head) => ({ plan: planOf(head), indicators: [], tasks: [] })),
      );
      this.manifest = { value, at: now, catalog: { plans: plans ?? [], agencies: [] } };
    }
    const { value, catalog } = this.manifest;
    return value ? { manifest: value, catalog } : null;
  }

  /** The engine over some provinces' shards, from the cache or read now (in parallel). */
  private async engineOver(manifest: Manifest, provinces: string[]): Promise<Engine> {
    const key = `${manifest.version}:${[...provinces].sort().join('|')}`;
    const cached = this.engines.get(key);
    if (cached) return cached;
    const entries = manifest.provinces.filter((e) => provinces.includes(e.province));
    const shards = await Promise.all(entries.map((e) => this.read<ProvinceShard>(e.key)));
    const loaded = shards.filter((s): s is ProvinceShard => s !== null && s.version === manifest.version);
    if (loaded.length !== entries.length) throw new Error(`shards missing for ${provinces.join(', ')}`);
    const corpus: Corpus = {
      plans: loaded.flatMap((s) => s.plans),
      agencies: mergeAgencies(loaded.map((s) => s.agencies)),
    };
    const prebuilt = new Map(
      loaded.flatMap((s) =>
        Object.entries(s.prebuilt).map(([id, p]) => {
          const plan = fromCompact(p.docs, p.shard);
          return [id, () => plan] as const;
        }),
      ),
    );
    const engine = createEngine(corpus, prebuilt);
    this.engines.set(
      key,
      engine,
      entries.reduce((n, e) => n + e.bytes, 0),
    );
    return engine;
  }

  /**
   * Answers from the shards the question needs; null when the bucket holds no manifest (the caller then
   * answers from the bundled plans). A question naming no province loads no shard: it is asked to name one.
   */
  async answer(question: string, options: AskOptions): Promise<Answer | null> {
    const current = await this.current();
    if (!current) return null;
    const { manifest, catalog } = current;
    const text = options.previousQuestion
      ? mergeFollowUp(options.previousQuestion, question, catalog)
      : question;
    const provinces = provincesAsked(catalog, text, options);
    if (!provinces.length)
      return (await this.fromSummary(current, text)) ?? nameAProvince(manifest, question, catalog);
    const engine = await this.engineOver(manifest, provinces);
    return engine.answer(question, options);
  }

  /**
   * A figure question naming no province, from the national summary: the range across provinces, each end
   * quoted with its source. Null when the manifest has no summary or no indicator answers the question.
   */
  private async fromSummary(current: { manifest: Manifest; catalog: Corpus }, text: string) {
    const { manifest, catalog } = current;
    const q = understand(text, catalog);
    // A province the data lacks ("Điện Biên") is not answered with every other province's figures.
    if ((q.intent !== 'target' && q.intent !== 'compare') || q.missingProvince) return null;
    if (this.summary?.version !== manifest.version) {
      const read = manifest.summary ? await this.read<NationalSummary>(manifest.summary.key) : null;
      const usable = read?.format === SUMMARY_FORMAT && read.version === manifest.version;
      this.summary = { version: manifest.version, answer: usable ? summaryAnswerer(read, catalog) : null };
    }
    return this.summary.answer?.(q, text) ?? null;
  }

  /** What the isolate holds: the data version, the cached engines and their bytes. */
  stats() {
    return {
      version: this.manifest?.value?.version ?? null,
      reads: this.reads,
      failedReads: this.failedReads,
      cache: this.engines.stats(),
    };
  }
}

/** The agencies of several shards as one list: an agency named in several provinces once, with all its plans. */
function mergeAgencies(lists: Corpus['agencies'][]): Corpus['agencies'] {
  const byId = new Map<string, Corpus['agencies'][number]>();
  for (const a of lists.flat()) {
    const seen = byId.get(a.id);
    byId.set(a.id, seen ? { ...seen, planIds: [...seen.planIds, ...a.planIds] } : a);
  }
  return [...byId.values()];
}

/** "Câu hỏi chưa nêu tỉnh nào. Dữ liệu có kế hoạch của 63 tỉnh, thành phố: …" */
function nameAProvince(manifest: Manifest, question: string, catalog: Corpus): Answer {
  const q = understand(question, catalog);
  const names = manifest.provinces.map((e) => e.province);
  return {
    text:
      `Câu hỏi chưa nêu tỉnh, thành phố nào. Dữ liệu có kế hoạch của ${names.length} tỉnh, thành phố: ` +
      `${names.join(', ')}. Bạn hỏi lại kèm tên tỉnh nhé, ví dụ: "${question.trim()} ở ${names[0] ?? 'Quảng Ninh'}".`,
    found: false,
    intent: q.intent,
    items: [],
    sources: [],
    provinces: [],
  };
}
