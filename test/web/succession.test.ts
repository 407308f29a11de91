/** The agency page says what became of the agency in 2025, over the real corpus. */
import { describe, expect, it } from 'vitest';
import { createWebRoutes } from '../../src/web';
import { uniqueAgencies } from '../../src/web/agencies';
import { engine } from '../helpers';

const app = createWebRoutes(() => engine);
const page = async (name: string) => {
  const agency = uniqueAgencies(engine.corpus).find((a) => a.name === name);
  if (!agency) throw new Error(`no agency ${name}`);
  const res = await app.request(`/co-quan/${agency.id}`, {}, { TODAY: '2026-11-23' });
  return res.text();
};

describe('GET /co-quan/:id — today', () => {
  it('a split body lists its successors by field, each with its source and whether it is confirmed', async () => {
    const html = await page('Sở Lao động - Thương binh và Xã hội');
    expect(html).toContain('Hiện nay (sau sắp xếp năm 2025)');
    expect(html).toMatch(
      /giảm nghèo, hộ nghèo, cận nghèo: Sở Nông nghiệp và Môi trường \(từ 01\/03\/2025\) — chưa xác nhận bằng văn bản/,
    );
    expect(html).toMatch(
      /<a href="https?:\/\/[^"]+" rel="noopener noreferrer">Nghị định 45\/2025\/NĐ-CP<\/a>/,
    );
    expect(html).toContain('Bảng kế nhiệm cập nhật đến 30/11/2026');
    // An unconfirmed row's page is an indirect source, never called its basis.
    expect(html).toMatch(
      /chưa xác nhận bằng văn bản\. Nguồn gián tiếp: <a [^>]+>Thông tư 13\/2025\/TT-BNNMT<\/a>/,
    );
    expect(html).not.toMatch(/Căn cứ: <a [^>]+>Thông tư 13\/2025\/TT-BNNMT/);
  });
  it('a body that took duties over says from whom, linked', async () => {
    const html = await page('Sở Y tế');
    expect(html).toContain('Sở Y tế nay đảm nhận nhiệm vụ mà các kế hoạch giao cho');
    expect(html).toMatch(/<a href="\/co-quan\/[^"]+">Sở Lao động - Thương binh và Xã hội<\/a>/);
  });
  it('a body that did not change has no such section', async () => {
    expect(await page('Bảo hiểm xã hội tỉnh')).not.toContain('Hiện nay (sau sắp xếp năm 2025)');
  });
});

describe('GET /ke-hoach/:id — territory and period', () => {
  const plan = async (id: string) =>
    (await app.request(`/ke-hoach/${id}`, {}, { TODAY: '2026-11-23' })).text();
  it('says which territory a plan was issued for, and that its period has ended', async () => {
    const html = await plan('da-nang-10-2022');
    expect(html).toMatch(/Đà Nẵng trước khi hợp nhất; từ 01\/07\/2025 Quảng Nam thuộc Đà Nẵng/);
    // The answers' wording (src/text/elapsed): the period the plan names, when it names one.
    expect(html).toContain('Đã kết thúc (giai đoạn 2021-2025)');
  });
  it('a plan whose horizon is still ahead is not said to have ended', async () => {
    expect(await plan('thanh-hoa-68-2024')).not.toContain('Đã kết thúc');
  });
});
