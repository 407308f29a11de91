import { describe, expect, it } from 'vitest';
import { askedPartPoint, askedSection, sectionsNamed } from '../../src/answer/intents/section';
import { fold } from '../../src/text/normalize';
import { ask } from '../helpers';

describe('what a numbered section holds', () => {
  it('reads the number asked and what is asked of it', () => {
    expect(askedSection('muc 2.8 trong phan chi tieu cu the noi ve linh vuc gi?')).toBe('2.8');
    expect(askedSection('muc iv.3 kh 91 gom nhung gi')).toBe('IV.3');
    expect(askedSection('phu luc i muc 8.5 la chi tieu gi')).toBe('8.5');
    // A section named beside another question is not asked about.
    expect(askedSection('chi tieu muc 4.8 do don vi nao chu tri')).toBeNull();
  });

  it('reads a table row named "chỉ tiêu 6.8", a dotted number, as that row of targets', () => {
    expect(askedSection('chi tieu 6.8 noi ve gi va muc tieu bao nhieu?')).toBe('6.8');
    expect(askedSection('chi tieu 6 noi ve gi')).toBeNull();
    const a = ask('chỉ tiêu 6.8 nói về gì và mục tiêu bao nhiêu?', 'Đồng Nai');
    expect(a.text).toContain('Phụ lục I, mục 6.8');
    expect(a.text).toContain('> 75%');
    expect(a.text).not.toContain('Phụ lục II');
  });

  it('finds the number at any depth of a section number, whole parts only', () => {
    const sections = ['I.2.8', 'I.2.4.a', 'II.2', 'PL1.8.5', 'I.2.18'];
    expect(sectionsNamed(sections, '2.8')).toEqual(['I.2.8']);
    expect(sectionsNamed(sections, '2.4')).toEqual(['I.2.4']);
    expect(sectionsNamed(sections, '8.5')).toEqual(['PL1.8.5']);
    expect(sectionsNamed(sections, '2')).toEqual(['I.2', 'II.2']);
  });

  it('answers with the section’s heading as written and its records, each cited', () => {
    const a = ask('KH 91 Quảng Ninh: mục 2.6 nói về gì?');
    expect(a.found).toBe(true);
    expect(a.text.split('\n')[0]).toMatch(
      /^KH 91\/KH-UBND \(Quảng Ninh\), mục I\.2\.6: «2\.6\. Lĩnh vực y tế, bảo hiểm xã hội» — \d+ chỉ tiêu/,
    );
    expect(a.text).toContain('Nguồn: KH 91/KH-UBND (26/04/2021), mục I.2.6');
  });
});

describe('a numbered point of a part named by its heading', () => {
  it('reads "giải pháp số 4", "phần giải pháp …, ý thứ 6", and "mục III.4 … nói gì?"', () => {
    expect(askedPartPoint(fold('giai phap so 4 trong ke hoach 767 noi ve viec gi'))).toEqual({
      part: 'giai phap',
      point: '4',
    });
    expect(askedPartPoint(fold('Phần giải pháp của kế hoạch Lai Châu, ý thứ 6 yêu cầu gì?'))?.point).toBe(
      '6',
    );
    expect(askedPartPoint(fold('giải pháp về y tế là gì?'))).toBeNull();
    const a = ask('giai phap so 4 trong ke hoach 767 cua tinh Lai Chau noi ve viec gi');
    expect(a.text).toMatch(/^KH 767\/KH-UBND \(Lai Châu\), mục III\.4/);
    expect(a.text).toContain('dòng 89');
    expect(ask('mục III.4 của KH 767 nói gì?').text).toContain('mục III.4');
  });
});
