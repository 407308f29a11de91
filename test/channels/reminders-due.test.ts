/** Which deadlines a subscription is reminded of on a day, from the plans' own dates. */
import { describe, expect, it } from 'vitest';
import { dueReminders, owes } from '../../src/channels/reminders/due';
import { follow, followTarget } from '../../src/channels/reminders/follow';
import type { SubscriptionStore } from '../../src/channels/reminders/store';
import { zaloCommand } from '../../src/channels/zalo/commands';
import { corpus } from '../helpers';

const ldtbxh = { kind: 'agency' as const, target: 'Sở Lao động - Thương binh và Xã hội' };

describe('dueReminders', () => {
  it('recalls a yearly report 14, 7 and 1 days before, and not on the days between', () => {
    // Đồng Nai, KH 230: Sở LĐTBXH reports "trước ngày 30 tháng 11" each year.
    const on = (today: string) => dueReminders(corpus, today, ldtbxh).filter((r) => r.text.includes('30/11'));
    expect(on('2026-11-16')[0]?.text).toContain('Còn 14 ngày — Đồng Nai');
    expect(on('2026-11-23')[0]?.text).toContain('Còn 7 ngày');
    expect(on('2026-11-29')[0]?.text).toContain('Còn 1 ngày');
    for (const day of ['2026-11-15', '2026-11-24', '2026-11-30']) expect(on(day)).toEqual([]);
  });

  it('keys a reminder by its deadline and day, so each is sent once', () => {
    const a = dueReminders(corpus, '2026-11-23', ldtbxh);
    const b = dueReminders(corpus, '2026-11-23', ldtbxh);
    expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
    expect(new Set(a.map((r) => r.key)).size).toBe(a.length);
    expect(a.every((r) => /Nguồn: KH \d+/.test(r.text))).toBe(true);
  });

  it('gives a province its deadlines only', () => {
    const all = dueReminders(corpus, '2026-11-23', { kind: 'province', target: 'Đồng Nai' });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => r.text.includes('Đồng Nai'))).toBe(true);
    expect(
      dueReminders(corpus, '2026-11-23', { kind: 'province', target: 'Lai Châu' }).some((r) =>
        r.text.includes('Đồng Nai'),
      ),
    ).toBe(false);
  });

  it('reads who owes a deadline in the plan’s words', () => {
    expect(owes('Sở Lao động - Thương binh và Xã hội', ldtbxh.target)).toBe(true);
    expect(owes('Giám đốc các sở, Chủ tịch UBND các huyện', ldtbxh.target)).toBe(false);
    expect(owes(null, ldtbxh.target)).toBe(false);
  });
});

describe('what a chat follows', () => {
  const engine = { corpus };
  it('reads an agency in any of its spellings, or a province', () => {
    expect(followTarget(engine, 'Sở LĐTBXH')).toMatchObject({ kind: 'agency', target: ldtbxh.target });
    expect(followTarget(engine, 'so y te')).toMatchObject({ kind: 'agency', target: 'Sở Y tế' });
    expect(followTarget(engine, 'dong nai')).toEqual({
      kind: 'province',
      target: 'Đồng Nai',
      label: 'Đồng Nai',
    });
    expect(followTarget(engine, 'Sở Du lịch')).toBeNull();
  });

  it('reads the Zalo words with or without accents', () => {
    expect(zaloCommand('theo dõi Sở Y tế', ['Đồng Nai'])).toEqual({ kind: 'follow', target: 'Sở Y tế' });
    expect(zaloCommand('theo doi', ['Đồng Nai'])).toEqual({ kind: 'follow', target: '' });
    expect(zaloCommand('hủy Đồng Nai', ['Đồng Nai'])).toEqual({ kind: 'unfollow', target: 'Đồng Nai' });
  });

  it('reads feedback on Zalo as a numbered reply or "báo sai …"', () => {
    expect(zaloCommand('1', [])).toEqual({ kind: 'feedback', verdict: 'right', comment: '' });
    expect(zaloCommand('2', [])).toEqual({ kind: 'feedback', verdict: 'wrong', comment: '' });
    expect(zaloCommand('Báo sai: năm 2030 là 97%', [])).toEqual({
      kind: 'feedback',
      verdict: 'report',
      comment: 'năm 2030 là 97%',
    });
    expect(zaloCommand('bao sai', [])).toEqual({ kind: 'feedback', verdict: 'report', comment: '' });
  });
});

describe('follow replies', () => {
  const engine = { corpus };
  const words = { follow: '/theodoi', unfollow: '/huy' };
  const store = (over: Partial<SubscriptionStore>): SubscriptionStore => ({
    add: async () => 'added',
    remove: async () => true,
    list: async () => [],
    clear: async () => undefined,
    ...over,
  });
  it('says a failing database politely and reports the cause', async () => {
    const causes: unknown[] = [];
    const failing = store({
      add: async () => {
        throw new Error('D1_ERROR: no such table');
      },
    });
    const text = await follow(engine, failing, 'follow', 'Sở Y tế', words, (e) => causes.push(e));
    expect(text).toContain('tạm thời chưa dùng được');
    expect(String(causes[0])).toContain('no such table');
  });

  it('bounds what one chat follows, and says an unknown name back', async () => {
    expect(await follow(engine, store({ add: async () => 'full' }), 'follow', 'Sở Y tế', words)).toContain(
      'tối đa 20',
    );
    expect(await follow(engine, store({}), 'follow', 'Sở Du lịch', words)).toContain('không tìm thấy');
    expect(await follow(engine, store({}), 'follow', 'so y te', words)).toContain('Đã theo dõi Sở Y tế');
  });
});
