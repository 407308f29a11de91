import { describe, expect, it } from 'vitest';
import { holdersToday, predecessorsOf, provinceToday, todayLine } from '../../src/answer/today';
import { ask } from '../helpers';

const LDTBXH = 'Sở Lao động - Thương binh và Xã hội';

describe('holdersToday', () => {
  it('a split body: the duty’s field decides, and the heading names no field when it is the body itself', () => {
    const h = holdersToday(
      LDTBXH,
      'Tiếp tục triển khai các giải pháp giảm nghèo bền vững',
      'Thanh Hóa',
      `5.1. ${LDTBXH}`,
    );
    expect(h?.rows.map((r) => r.to)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(h?.byField).toBe(true);
  });
  it('a duty about several fields names where each part went', () => {
    const h = holdersToday(LDTBXH, 'chính sách đối với người có công, bảo trợ xã hội, giảm nghèo');
    expect(h?.rows.map((r) => r.to)).toEqual(
      expect.arrayContaining(['Sở Nội vụ', 'Sở Y tế', 'Sở Nông nghiệp và Môi trường']),
    );
  });
  it('a body that did not change has no successor line', () => {
    expect(holdersToday('Sở Y tế', 'tiêm chủng')).toBeNull();
    expect(todayLine(['Sở Y tế'], 'tiêm chủng')).toBe('');
  });
  it('an unconfirmed row is never stated as fact', () => {
    expect(todayLine([LDTBXH], 'giảm nghèo bền vững')).toMatch(
      /Sở Nông nghiệp và Môi trường \(chưa xác nhận bằng văn bản\)/,
    );
  });
  it('the district level ended', () => {
    expect(todayLine(['UBND các huyện, thành phố'], 'xây dựng kế hoạch')).toMatch(/cấp huyện không còn/);
  });
});

describe('questions in today’s names and places', () => {
  it('a body of today answers for the duties it took over, each with the plan’s own wording', () => {
    expect(predecessorsOf('Sở Nội vụ').map((r) => r.from)).toContain(LDTBXH);
    const a = ask('Sở Nội vụ Đồng Nai được giao gì trong KH 230?');
    expect(a.text).toMatch(
      /Sở Nội vụ .*nay đảm nhận .* mà kế hoạch giao cho Sở Lao động - Thương binh và Xã hội/,
    );
    expect(a.text).toContain('(theo kế hoạch: Sở Lao động - Thương binh và Xã hội)');
  });
  it('"giờ ai làm?" adds today’s holder; a question about the plan alone does not', () => {
    const now = ask(
      'Sở Lao động - Thương binh và Xã hội Lai Châu có còn không, việc giảm nghèo trong kế hoạch giờ ai làm?',
    );
    expect(now.text).toMatch(/Hiện nay \(từ 01\/03\/2025\)/);
    expect(now.text).toContain('giảm nghèo — Sở Nông nghiệp và Môi trường');
    expect(ask('Ai chịu trách nhiệm giảm nghèo ở Thanh Hóa?').text).not.toContain('Hiện nay');
  });
  it('a former province says where it belongs now and that the plans in the data do not cover it', () => {
    expect(provinceToday('Bình Phước')?.to).toBe('Đồng Nai');
    const a = ask('Quảng Nam có mục tiêu BHYT bao nhiêu?');
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/Quảng Nam thuộc Đà Nẵng .*không gồm Quảng Nam/);
    expect(a.text).not.toMatch(/99%/);
  });
});
