/** The report's pure parts: folding and masking a question, grouping and ranking what D1 returns. */
import { describe, expect, it } from 'vitest';
import { clip } from '../../src/text/truncate';
import { reminderDelivery, turnAnswer } from '../../src/web/admin/chat-usage';
import { listCell, reportCsv } from '../../src/web/admin/csv-lists';
import { intentLabel, topicLabel } from '../../src/web/admin/labels';
import {
  type AskedRow,
  type DeliveryRow,
  groupDeliveries,
  groupUnanswered,
  topTopics,
  type UnansweredRow,
} from '../../src/web/admin/report';
import { askedOf, type EngineCall, foldQuestion, shownQuestion } from '../../src/web/admin/usage';
import { corpus } from '../helpers';
import { parseCsv } from './fixtures/csv';

/** A spreadsheet's rows, after checking the BOM Excel needs. */
const rowsOf = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
};

const row = (r: Partial<UnansweredRow>): UnansweredRow => ({
  day: '2026-11-20',
  folded: 'ti le bhyt',
  shown: 'tỷ lệ BHYT',
  province: '',
  channel: 'web',
  count: 1,
  ...r,
});

describe('foldQuestion / shownQuestion', () => {
  it('folds as the search does, so spellings meet, and masks phone-like digits first', () => {
    expect(foldQuestion('Tỷ lệ BHYT?')).toBe(foldQuestion('ti le  bhyt'));
    expect(foldQuestion('Tỷ lệ BHYT, gọi 0912 345 678')).toBe('ti le bhyt goi');
    expect(shownQuestion('  gọi   0912.345.678 hỏi  ')).toBe('gọi *** hỏi');
    expect(foldQuestion('x'.repeat(2000)).length).toBeLessThanOrEqual(500);
  });
});

describe('groupUnanswered', () => {
  it('adds up one folded question over days, provinces and channels, with the latest wording and day', () => {
    const groups = groupUnanswered([
      row({ day: '2026-11-20', count: 2, shown: 'Tỷ lệ BHYT', province: 'Đồng Nai' }),
      row({ day: '2026-11-22', count: 1, shown: 'ti le bhyt', channel: 'zalo' }),
      row({ day: '2026-11-21', folded: 'xe buyt', shown: 'xe buýt', count: 1 }),
      row({ day: '2026-11-19', count: 1, province: 'Đồng Nai' }),
    ]);
    expect(groups).toEqual([
      {
        folded: 'ti le bhyt',
        shown: 'ti le bhyt',
        count: 4,
        lastDay: '2026-11-22',
        provinces: ['Đồng Nai'],
        channels: ['web', 'zalo'],
      },
      {
        folded: 'xe buyt',
        shown: 'xe buýt',
        count: 1,
        lastDay: '2026-11-21',
        provinces: [],
        channels: ['web'],
      },
    ]);
  });

  it('ranks equal counts by the latest day', () => {
    const groups = groupUnanswered([
      row({ folded: 'a', day: '2026-01-01' }),
      row({ folded: 'b', day: '2026-02-01' }),
    ]);
    expect(groups.map((g) => g.folded)).toEqual(['b', 'a']);
  });
});

describe('topTopics', () => {
  const asked = (province: string, intent: string, topic: string, count: number): AskedRow => ({
    province,
    intent,
    topic,
    count,
  });

  it('groups by province, busiest first, each with its most asked topics up to the limit', () => {
    const result = topTopics(
      [
        asked('Đồng Nai', 'target', 'dn-1', 3),
        asked('Đồng Nai', 'agency', 'dn-2', 5),
        asked('Quảng Ninh', 'target', 'qn-1', 2),
        asked('Đồng Nai', 'target', 'dn-1', 4),
        asked('Đồng Nai', 'deadline', 'dn-3', 1),
      ],
      2,
    );
    expect(result.map((p) => [p.province, p.total])).toEqual([
      ['Đồng Nai', 13],
      ['Quảng Ninh', 2],
    ]);
    expect(result[0]?.topics.map((t) => [t.topic, t.count])).toEqual([
      ['dn-1', 7],
      ['dn-2', 5],
    ]);
  });
});

describe('groupDeliveries', () => {
  const delivery = (d: Partial<DeliveryRow>): DeliveryRow => ({
    day: '2026-11-23',
    channel: 'telegram',
    chat: 'abc',
    reminder: 'k1',
    summary: '⏰ Còn 7 ngày — Đồng Nai: báo cáo',
    status: 'sent',
    reason: null,
    ...d,
  });

  it('counts chats sent and failed per reminder and day, latest day first, with the reasons', () => {
    const groups = groupDeliveries([
      delivery({ chat: 'a' }),
      delivery({ chat: 'b', channel: 'zalo' }),
      delivery({ chat: 'c', status: 'failed', reason: 'HTTP 403' }),
      delivery({ day: '2026-11-24', chat: 'a' }),
    ]);
    expect(groups.map((g) => [g.day, g.sent, g.failed, g.channels, g.reasons])).toEqual([
      ['2026-11-24', 1, 0, ['telegram'], []],
      ['2026-11-23', 2, 1, ['telegram', 'zalo'], ['HTTP 403']],
    ]);
  });
});

describe('what a chat turn reports', () => {
  const call = (question: string, intent: string, found: boolean) =>
    ({ question, answer: { intent, found, provinces: [], items: [] } }) as unknown as EngineCall;

  it('is the engine call whose intent and outcome the turn logged, and nothing when it logged none', () => {
    const calls = [call('còn Lai Châu', 'target', true), call('xe buýt', 'target', false)];
    expect(turnAnswer({ intent: 'target', found: false }, calls)?.question).toBe('xe buýt');
    expect(turnAnswer({ outcome: 'button' }, calls)).toBeUndefined();
  });

  it('reads a reminder back from its outbox row, plain; other messages are not deliveries', () => {
    const payload = JSON.stringify({ chat_id: 1, text: '⏰ Sở A &amp; B &lt;x&gt;\nHạn: 30/11' });
    const d = reminderDelivery({ channel: 'tg', update_id: 'rem:k1', payload }, 'abc', '2026-11-23', 'sent');
    expect(d).toMatchObject({ reminder: 'k1', text: '⏰ Sở A & B <x>\nHạn: 30/11', channel: 'telegram' });
    expect(
      reminderDelivery({ channel: 'zl', update_id: 'zl:5', payload }, 'abc', '2026-11-23', 'sent'),
    ).toBeNull();
  });

  it('finds the province of an answer that names none: the one asked about, else a chosen one the plans have', () => {
    const notFound = { found: false, intent: 'target', provinces: [], items: [] } as never;
    const base = { channel: 'web' as const, day: '2026-11-23' };
    const of = (question: string, chosen?: string) =>
      askedOf(notFound, { ...base, question }, { corpus, chosen }).province;
    expect(of('xe buýt nhanh ở Lai Châu', 'Đồng Nai')).toBe('Lai Châu');
    expect(of('xe buýt nhanh', 'Đồng Nai')).toBe('Đồng Nai');
    // A `?tinh=` no plan is for is free text: not stored.
    expect(of('xe buýt nhanh', 'Tỉnh <script>')).toBeNull();
    expect(askedOf(notFound, { ...base, question: 'xe buýt ở Lai Châu' }).province).toBeNull();
  });

  it('keeps of an answer its intent, outcome, first province and first record', () => {
    const asked = askedOf(
      {
        found: true,
        intent: 'target',
        provinces: ['Đồng Nai', 'Lai Châu'],
        items: [{ id: 'r1' }, { id: 'r2' }],
      } as never,
      { channel: 'api', day: '2026-11-23', question: 'q' },
    );
    expect(asked).toMatchObject({ province: 'Đồng Nai', topic: 'r1', intent: 'target', found: true });
  });
});

describe('labels and spreadsheets', () => {
  it('names intents and records in Vietnamese, and falls back to the id of a record no longer there', () => {
    const indicator = corpus.plans[0]?.indicators[0];
    expect(intentLabel('target')).toBe('Chỉ tiêu');
    expect(intentLabel('new_kind')).toBe('new_kind');
    expect(topicLabel(corpus, indicator?.id ?? '')).toBe(clip(indicator?.name ?? '', 120));
    const plan = corpus.plans[0]?.plan;
    expect(topicLabel(corpus, `${plan?.id}/period`)).toContain(`KH ${plan?.number}`);
    expect(topicLabel(corpus, 'gone-1')).toBe('gone-1');
    expect(listCell('["a","b"]')).toBe('a, b');
  });

  it('writes each list as a CSV that parses back to the grouped rows', () => {
    const data = {
      unanswered: [row({ count: 2, shown: 'tỷ lệ, "BHYT"' })],
      asked: [{ province: 'Đồng Nai', intent: 'target', topic: 'x', count: 3 }],
      wrong: [
        {
          day: '2026-11-23',
          channel: 'web',
          verdict: 'report' as const,
          question: 'q',
          comment: '=1+1',
          records: '["r1"]',
          sources: '["91/KH-UBND:1-2"]',
        },
      ],
      deliveries: [],
    };
    const unanswered = rowsOf(reportCsv('chua-tra-loi', data, corpus));
    expect(unanswered[1]?.slice(0, 4)).toEqual(['tỷ lệ, "BHYT"', 'ti le bhyt', '2', '2026-11-20']);
    const wrong = rowsOf(reportCsv('bao-sai', data, corpus));
    expect(wrong[1]).toEqual(['2026-11-23', 'web', 'Báo sai', 'q', "'=1+1", 'r1', '91/KH-UBND:1-2']);
    expect(rowsOf(reportCsv('chu-de', data, corpus))[1]).toEqual(['Đồng Nai', 'Chỉ tiêu', 'x', 'x', '3']);
    expect(rowsOf(reportCsv('nhac-han', data, corpus))).toHaveLength(1);
  });
});
