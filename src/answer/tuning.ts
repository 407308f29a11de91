/**
 * Every ranking and confidence number of the engine, in one place, each with what it does. Chosen by
 * measurement: `npm run -s sweep` varies each one and prints the eval scores (see docs/tuning.md).
 * The object is read at answer time, so the sweep can try a value without rebuilding the index.
 */
export const TUNING = {
  /** Below this share of the question's weighted words, a record is not an answer ("không nêu"). */
  confident: 0.48,
  /** A concept ("@bhyt", however written) weighs like a phrase of two bigrams. */
  conceptWeight: 2,
  /** A bigram that is a phrase of the plans ("nuoc_sach") weighs more than its syllables. */
  bigramWeight: 1,
  /** A lone syllable says less than a phrase: "ty" alone is in half the records. */
  syllableWeight: 0.6,
  /**
   * Cohesion (documents with the bigram over those with its rarer syllable) at which a bigram counts
   * fully; below it its weight falls towards `looseBigramShare`: "le_bhyt" from "tỷ lệ BHYT" is no phrase.
   */
  phraseCohesion: 0.3,
  /** Share of a bigram's weight kept when its two syllables are only neighbours, never a phrase. */
  looseBigramShare: 0.5,
  /** Share of a concept's weight credited when only the record's heading names it, not the record. */
  headingConceptShare: 0.5,
  /** Weight of MiniSearch's own score (relative to the best hit) next to coverage in the ranking. */
  searchShare: 0.15,
  /**
   * Weight of a record's precision (share of its name's syllables the question asks about): among rows
   * that cover the question alike, "Tỷ lệ dân số tham gia BHYT" beats "… chăm sóc ban đầu … BHYT chi trả".
   */
  precisionShare: 0.2,
  /** A province the question does not name is answered when its best is this close to the overall best. */
  provinceClose: 0.8,
  /** A record this share of `confident` answers when it ranks `leaderLead` times above every other record. */
  leaderShare: 0.8,
  leaderLead: 1.6,
  /**
   * A duty led by a body wrongly put forward as the lead is shown beside the verdict when it covers the question
   * this share of `confident`: "nước sạch nông thôn" put to Sở Xây dựng, which leads "nước sạch đô thị".
   */
  claimedOwnShare: 0.8,
  /** A province's runner-up is shown too when it covers the question this nearly as well as its first. */
  runnerUp: 0.97,
  /** A part of a question ("…, việc làm tăng thêm") is answered on its own above `confident` plus this. */
  partMargin: 0.1,
  /**
   * A part gets a record of its own only when that record covers it by this much more than the records
   * already chosen: "hiểu biết, nhận thức đúng về … mại dâm" is one target, not a second one about "hiểu biết".
   */
  partGain: 0.15,
  /** A part counts only when it holds a word at least this rare (idf): "bhtn", not "hướng dẫn". */
  rarePartIdf: 2.5,
  /** A target clause answers instead of its paragraph when it covers this share of what the paragraph does. */
  clauseShare: 0.75,
  /** "Sở nào chủ trì …": rank bonus of a task (which names its agency in its own words) over an indicator. */
  agencyTaskBonus: 0.03,
  /**
   * "Chỉ tiêu X … sở nào chủ trì?" with no figure asked: a record without a figure answers instead of the best
   * target when it covers the question this many times as well.
   */
  targetWordOnly: 1.3,
  /**
   * "Ai chủ trì chỉ tiêu X?": a target that names no body and covers the question by this much more than the
   * best record naming one is what is asked; its neighbour's body is not its body.
   */
  unnamedLeadMargin: 0.2,
  /**
   * A target whose name the question holds nearly whole (precision at least this) answers a question that
   * wraps it in words of its own ("cứ một vạn dân thì có bao nhiêu y tá chăm sóc bệnh nhân"), down to
   * `wholeNameCoverage` of the question, when it ranks first.
   */
  wholeNamePrecision: 0.8,
  wholeNameCoverage: 0.34,
  /** "Liệt kê các chỉ tiêu …": share of the topic an indicator must cover to be listed. */
  listCoverage: 0.34,
  /** Rank bonus of an indicator over a task that says the same. */
  indicatorBonus: 0.06,
  /** Extra for a target stated in words (a goal of the targets section) when the question asks for "chỉ tiêu". */
  goalBonus: 0.03,
  /** Rank bonus of a record that speaks of the asked area (thành thị / nông thôn). */
  areaBonus: 0.04,
  /** Rank bonus of a record that states something for an asked year. */
  yearBonus: 0.05,
  /** Suggestions under "không nêu" come only from records covering at least this share. */
  suggestionMin: 0.2,
  /** Query terms below this idf find no candidates (they still count in coverage). */
  lookupIdf: 1.2,
  /** A record covering this much of the question is an answer even without its key terms. */
  sureCoverage: 0.7,
  /** A question's term this rare (idf) is one of its key terms: "suy_dinh", "co_viec", "bao_phu". */
  keyIdf: 3.5,
  /** A bigram is a key term only when it is this much a phrase (see `phraseCohesion`): "suy_dinh", not "gia_bhxh". */
  keyCohesion: 0.5,
  /**
   * Share of the question's key terms (weighted) a record's own words must hold to be the answer: "tỷ lệ
   * trẻ em suy dinh dưỡng" is not answered by "trẻ em bị xâm hại … dưới 4,5%".
   */
  distinctiveMin: 0.5,
  /**
   * Below this precision (share of a record's name the question asks about), a record holding none of the
   * question's key words answers no figure question however much of its words it covers: a neighbour.
   */
  neighbourPrecision: 0.15,
};

/** The tuning's names, for the sweep. */
export type TuningKey = keyof typeof TUNING;
