import { describe, expect, it } from 'vitest';
import { askedSection, sectionsNamed } from '../../src/answer/intents/section';
import { ask } from '../helpers';

describe('what a numbered section holds', () => {
  it('reads the number asked and what is asked of it', () => {
    expect(askedSection('muc 2.8 trong phan chi tieu cu the noi ve linh vuc gi?')).toBe('2.8');
    expect(askedSection('muc iv.3 kh 91 gom nhung gi')).toBe('IV.3');
    expect(askedSection('phu luc i muc 8.5 la chi tieu gi')).toBe('8.5');
    // A section named beside another question is not asked about.
    expect(askedSection('chi tieu muc 4.8 do don vi nao chu tri')).toBeNull();
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
