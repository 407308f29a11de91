/**
 * The examples of issue 17 answered end to end: today's holder beside the plan's words, questions in today's
 * names, the commune level, former provinces and the line the chat channels carry.
 */
import { describe, expect, it } from 'vitest';
import { holdersToday, todayLine } from '../../src/answer/today';
import type { ChatState } from '../../src/channels/chat-state';
import { type Conversation, ask as chatAsk } from '../../src/channels/conversation';
import { TELEGRAM_WORDS } from '../../src/channels/messages';
import { partHtml } from '../../src/channels/telegram/html';
import { zaloText } from '../../src/channels/zalo/decide';
import { getEngine } from '../../src/corpus';
import { ask, corpus, TODAY } from '../helpers';

const LDTBXH = 'Sở Lao động - Thương binh và Xã hội';
const HOTLINE =
  'Sở Lao động - Thương binh và Xã hội Lai Châu có còn không, việc giảm nghèo trong kế hoạch giờ ai làm?';

describe('"giờ ai làm?": the plan’s assignment, then today’s holder by field', () => {
  const a = ask(HOTLINE);

  it('keeps the plan’s words and names whose plan they are', () => {
    expect(a.found).toBe(true);
    expect(a.text).toContain(`Lai Châu: Chủ trì (theo KH 767): ${LDTBXH}`);
  });

  it('says the body is gone and answers the field asked about first, unconfirmed said so', () => {
    expect(a.text).toContain(
      `Hiện nay (từ 01/03/2025): ${LDTBXH} không còn; giảm nghèo — Sở Nông nghiệp và Môi trường (chưa xác nhận bằng văn bản);`,
    );
  });

  it('names where each other field of the duty went, with the documents of the confirmed rows only', () => {
    const line = a.text.split('\n').find((l) => l.includes('Hiện nay')) ?? '';
    expect(line).toMatch(/người có công[^;]*— Sở Nội vụ;/);
    expect(line).toMatch(/bảo trợ xã hội — Sở Y tế;/);
    expect(line).toMatch(/dạy nghề — Sở Giáo dục và Đào tạo/);
    expect(line).toContain('Nghị định 45/2025/NĐ-CP');
    expect(line).toContain('Thông tư 20/2025/TT-BYT');
    // TT 13/2025/TT-BNNMT supports the giảm nghèo row only indirectly: it is not cited as its basis.
    expect(line).not.toContain('13/2025/TT-BNNMT');
    expect(line).toContain('tra cứu văn bản đến 30/11/2026');
  });

  it('a question about the plan alone gets no today line', () => {
    expect(ask('Ai chịu trách nhiệm giảm nghèo ở Thanh Hóa?').text).not.toContain('Hiện nay');
  });
});

describe('when the duty names no field, the candidates are given with why', () => {
  it('the merged body’s general part, and each field that went elsewhere', () => {
    const line = todayLine([LDTBXH], 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch');
    expect(line).toContain('việc này không nêu lĩnh vực; phần việc chung — Sở Nội vụ;');
    expect(line).toMatch(/bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội, … — Sở Y tế/);
    expect(line).toMatch(/giảm nghèo, hộ nghèo, cận nghèo — Sở Nông nghiệp và Môi trường \(chưa xác nhận/);
  });

  it('a body merged whole names its successor, with nothing to place by field', () => {
    expect(todayLine(['Sở Kế hoạch và Đầu tư'], 'phân bổ vốn đầu tư công')).toBe(
      'Hiện nay (từ 01/03/2025): Sở Kế hoạch và Đầu tư không còn; việc này nay thuộc Sở Tài chính (Nghị định 45/2025/NĐ-CP; tra cứu văn bản đến 30/11/2026).',
    );
  });

  it('the words of the body’s own name, or its ministry’s, name no field', () => {
    const h = holdersToday(LDTBXH, 'báo cáo Bộ Lao động - Thương binh và Xã hội');
    expect(h?.how).toBe('rest');
  });
});

describe('questions in today’s names', () => {
  it('"Sở Nội vụ Đồng Nai phải làm gì trong KH 230?" lists what it took over, each in the plan’s words', () => {
    const a = ask('Sở Nội vụ Đồng Nai phải làm gì trong KH 230?');
    expect(a.text).toMatch(
      /^Sở Nội vụ chủ trì \d+ nhiệm vụ, và nay đảm nhận .* mà kế hoạch giao cho Sở Lao động/,
    );
    expect(a.text).toContain('(theo phân công lại năm 2025: Nghị định 45/2025/NĐ-CP)');
    const taken = a.items.filter((i) => i.line.includes('(theo kế hoạch:'));
    expect(taken.length).toBeGreaterThan(0);
    for (const i of taken) {
      expect(i.line).toContain(`(theo kế hoạch: ${LDTBXH}`);
      // Only duties whose field went to Sở Nội vụ, by a confirmed row: never a child-protection or poverty duty.
      const plan = corpus.plans.find((p) => p.plan.id === i.planId);
      const r = [...(plan?.tasks ?? []), ...(plan?.indicators ?? [])].find((x) => x.id === i.id);
      const h = holdersToday(LDTBXH, r && 'text' in r ? r.text : (r?.name ?? ''), 'Đồng Nai', r?.domain);
      expect(
        h?.rows.some((row) => row.to === 'Sở Nội vụ' && row.status === 'confirmed'),
        i.line,
      ).toBe(true);
    }
  });

  it('"KH 767 giao Sở Nội vụ nhiệm vụ gì?": the plan gives it none, said first; what it took over follows', () => {
    const a = ask('KH 767 của Lai Châu giao Sở Nội vụ nhiệm vụ gì?');
    expect(a.found).toBe(false);
    expect(a.text.split('\n')[0]).toBe('KH 767/KH-UBND không giao Sở Nội vụ nhiệm vụ nào.');
    expect(a.text).toContain(`Sở Nội vụ nay đảm nhận 2 nhiệm vụ mà kế hoạch giao cho ${LDTBXH}`);
    // Asked about today, what it took over is the answer.
    const now = ask('Sở Nội vụ Lai Châu hiện nay phụ trách những việc gì trong KH 767?');
    expect(now.found).toBe(true);
    expect(now.text).not.toContain('không giao Sở Nội vụ');
  });

  it('"Sở Nông nghiệp và Môi trường Lai Châu …" lists the poverty duty, the transfer said to be unconfirmed', () => {
    const a = ask('Sở Nông nghiệp và Môi trường Lai Châu được giao gì?');
    expect(a.text).toContain('có phần chưa xác nhận bằng văn bản');
    expect(a.text).toContain(
      `(theo kế hoạch: ${LDTBXH}; lĩnh vực giảm nghèo — chuyển giao chưa xác nhận bằng văn bản)`,
    );
  });

  it('"UBND xã …" is told the district level ended and gets the districts’ duties in the plan’s words', () => {
    const a = ask('UBND xã ở Thanh Hóa phải làm gì?');
    // The commune's own duties are not in the plans: not found, with the district's as written.
    expect(a.found).toBe(false);
    expect(a.text).toMatch(
      /^Các kế hoạch không giao UBND cấp xã chủ trì việc nào\. Từ 01\/07\/2025 cấp huyện không còn \(Luật 72\/2025\/QH15\)/,
    );
    expect(a.text).toContain('UBND các huyện, thị xã, thành phố chủ trì');
    expect(a.items.every((i) => i.province === 'Thanh Hóa')).toBe(true);
  });
});

describe('former provinces', () => {
  it('Bình Phước belongs to Đồng Nai by the National Assembly’s resolution; KH 230 covers the old Đồng Nai', () => {
    const a = ask('Bình Phước có chỉ tiêu bảo hiểm y tế bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toContain(
      'Bình Phước thuộc Đồng Nai (Nghị quyết 202/2025/QH15; tra cứu văn bản đến 30/11/2026)',
    );
    expect(a.text).toContain(
      'KH 230/KH-UBND (02/07/2024) của Đồng Nai được ban hành cho địa bàn Đồng Nai trước khi hợp nhất, không gồm Bình Phước',
    );
  });

  it('Quảng Nam: the unconfirmed row is said to be unconfirmed, with no number that reads as its basis', () => {
    const a = ask('Ai phụ trách bảo hiểm y tế ở Quảng Nam?');
    expect(a.text).toContain('Quảng Nam thuộc Đà Nẵng (chưa xác nhận bằng văn bản');
    expect(a.text).not.toContain('759');
  });
});

describe('the chat channels carry the same line', () => {
  const conversation = (state: ChatState = {}): Conversation => ({
    engine: getEngine(),
    today: TODAY,
    state,
    words: TELEGRAM_WORDS,
  });

  it('Telegram’s HTML and Zalo’s text keep "Chủ trì (theo KH …)" and the "Hiện nay" line whole', () => {
    const { reply } = chatAsk(conversation(), HOTLINE);
    const line = reply.text.split('\n').find((l) => l.includes('Hiện nay (từ 01/03/2025)')) ?? '';
    expect(line).toContain('giảm nghèo — Sở Nông nghiệp và Môi trường');
    const html = partHtml(reply.text, reply.marks, { next: 0 }).replace(/<\/?b>/g, '');
    expect(html).toContain('Chủ trì (theo KH 767)');
    expect(html).toContain(line.trim().replaceAll('&', '&amp;'));
    expect(zaloText(reply)).toContain(line);
  });
});
