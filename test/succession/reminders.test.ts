/** Reminders go to today's agencies: a body of today hears of the deadlines it took over, by confirmed rows only. */
import { describe, expect, it } from 'vitest';
import { dueReminders, nowHeldBy, takenOver } from '../../src/channels/reminders/due';
import { follow, followTarget } from '../../src/channels/reminders/follow';
import type { SubscriptionStore } from '../../src/channels/reminders/store';
import { corpus } from '../helpers';

const LDTBXH = 'Sở Lao động - Thương binh và Xã hội';
const noiVu = { kind: 'agency' as const, target: 'Sở Nội vụ' };
const old = { kind: 'agency' as const, target: LDTBXH };

describe('takenOver', () => {
  it('moves a duty by a confirmed row for its field, and says the plan’s words and the document', () => {
    expect(takenOver(LDTBXH, 'Sở Nội vụ', 'chính sách ưu đãi người có công', 'Đồng Nai')).toEqual({
      was: LDTBXH,
      fields: ['người có công'],
      basis: 'Nghị định 45/2025/NĐ-CP',
    });
    expect(takenOver(LDTBXH, 'Sở Y tế', 'trợ giúp xã hội', 'Đồng Nai')?.basis).toBe(
      'Thông tư 20/2025/TT-BYT',
    );
  });

  it('never by an unconfirmed row, nor to a body the field did not go to', () => {
    expect(takenOver(LDTBXH, 'Sở Nông nghiệp và Môi trường', 'giảm nghèo bền vững', 'Lai Châu')).toBeNull();
    expect(takenOver(LDTBXH, 'Sở Nội vụ', 'giảm nghèo bền vững', 'Lai Châu')).toBeNull();
    expect(takenOver(LDTBXH, 'Sở Nội vụ', 'bảo vệ, chăm sóc trẻ em', 'Đồng Nai')).toBeNull();
    expect(takenOver('Sở Y tế', 'Sở Nội vụ', 'người có công', 'Đồng Nai')).toBeNull();
  });

  it('reads a name with "và" inside it whole', () => {
    expect(takenOver(`${LDTBXH}, Sở Tài chính`, 'Sở Nội vụ', 'báo cáo', 'Đồng Nai')?.was).toBe(LDTBXH);
  });
});

describe('nowHeldBy', () => {
  it('names today’s holder by confirmed rows only', () => {
    expect(nowHeldBy(LDTBXH, 'người có công', 'Đồng Nai')).toEqual(['Sở Nội vụ']);
    expect(nowHeldBy(LDTBXH, 'giảm nghèo bền vững', 'Lai Châu')).toEqual([]);
    expect(nowHeldBy('Sở Y tế', 'tiêm chủng', 'Đồng Nai')).toEqual([]);
  });
});

describe('dueReminders for a body of today', () => {
  it('"Sở Nội vụ" is reminded of KH 230’s yearly report the plan gives Sở LĐTBXH, in the plan’s words', () => {
    const [r] = dueReminders(corpus, '2026-11-23', noiVu).filter((x) => x.text.includes('30/11'));
    expect(r?.text).toContain('Còn 7 ngày — Đồng Nai');
    expect(r?.text).toContain(`Theo kế hoạch: ${LDTBXH}; nay thuộc Sở Nội vụ (Nghị định 45/2025/NĐ-CP)`);
    // Following the old name still works, and the same deadline has the same key: a chat following both
    // hears of it once.
    const [same] = dueReminders(corpus, '2026-11-23', old).filter((x) => x.text.includes('30/11'));
    expect(same?.text).toContain(`Thực hiện: ${LDTBXH} (nay: Sở Nội vụ)`);
    expect(same?.key).toBe(r?.key);
  });

  it('over two months, every reminder is owed by the body itself or taken over by a confirmed row', () => {
    let seen = 0;
    for (let d = Date.parse('2026-11-01'); d <= Date.parse('2026-12-31'); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      for (const r of dueReminders(corpus, day, noiVu)) {
        seen++;
        expect(r.text, day).toMatch(
          /Thực hiện: [^\n]*Sở Nội vụ|Chủ trì: [^\n]*Sở Nội vụ|nay thuộc Sở Nội vụ \(/,
        );
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('following a body of today', () => {
  const engine = { corpus };
  const words = { follow: '/theodoi', unfollow: '/huy' };
  const store: SubscriptionStore = {
    add: async () => 'added',
    remove: async () => true,
    list: async () => [],
    clear: async () => undefined,
  };

  it('reads a name no plan uses, and says what the subscription includes', async () => {
    expect(followTarget(engine, 'Sở Nông nghiệp và Môi trường')).toMatchObject({
      kind: 'agency',
      target: 'Sở Nông nghiệp và Môi trường',
    });
    const text = await follow(engine, store, 'follow', 'Sở Nội vụ', words);
    expect(text).toContain(`Gồm cả các việc kế hoạch giao ${LDTBXH} nay thuộc Sở Nội vụ`);
    expect(await follow(engine, store, 'follow', 'Sở Y tế', words)).toContain(
      `giao ${LDTBXH} nay thuộc Sở Y tế`,
    );
    expect(await follow(engine, store, 'follow', 'Sở Công Thương', words)).not.toContain('Gồm cả');
  });
});
