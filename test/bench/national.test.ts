import { describe, expect, it } from 'vitest';
import { generateNational, SYNTHETIC_PREFIX, SYNTHETIC_TITLE_MARK } from '../../scripts/national/generate';
import { Agency, PlanRecords } from '../../src/schema/records';
import { fakeCorpus } from './fake-corpus';

const options = { provinces: ['An Giang', 'Bà Rịa - Vũng Tàu', 'Thanh Hóa'], plansPerProvince: 2, seed: 7 };

describe('generateNational', () => {
  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const first = generateNational(fakeCorpus(), options);
    expect(generateNational(fakeCorpus(), options)).toEqual(first);
    expect(generateNational(fakeCorpus(), { ...options, seed: 8 })).not.toEqual(first);
  });

  it('makes plansPerProvince plans for each province, every one marked synthetic', () => {
    const national = generateNational(fakeCorpus(), options);
    expect(national.synthetic).toBe(true);
    expect(national.plans).toHaveLength(6);
    expect(new Set(national.plans.map((p) => p.plan.id)).size).toBe(6);
    for (const { plan, indicators, tasks } of national.plans) {
      expect(plan.id.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(plan.title.endsWith(SYNTHETIC_TITLE_MARK)).toBe(true);
      expect(plan.sourceFile.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      for (const record of [...indicators, ...tasks]) {
        expect(record.planId).toBe(plan.id);
        expect(record.id.startsWith(plan.id)).toBe(true);
        expect(record.source.file).toBe(plan.sourceFile);
      }
    }
    const ids = national.plans.map((p) => p.plan.id);
    for (const agency of national.agencies) expect(agency.planIds.every((id) => ids.includes(id))).toBe(true);
  });

  it('writes records the schemas accept', () => {
    const national = generateNational(fakeCorpus(), options);
    for (const plan of national.plans) expect(PlanRecords.safeParse(plan).success).toBe(true);
    for (const agency of national.agencies) expect(Agency.safeParse(agency).success).toBe(true);
  });

  it('renames the province and renumbers the plan, keeping dates and document numbers', () => {
    const plan = generateNational(fakeCorpus(), options).plans[0];
    expect(plan?.plan.province).toBe('An Giang');
    expect(plan?.plan.title).toContain('tỉnh An Giang');
    expect(plan?.plan.title).not.toContain('Quảng Ninh');
    expect(plan?.tasks[0]?.text).toContain('An Giang');
    expect(plan?.plan.number).toMatch(/^\d+\/KH-UBND$/);
    expect(plan?.plan.basis[0]?.number).toBe('92-KL/TW');
    expect(plan?.plan.reportingDuties[0]?.due).toBe('trước ngày 30/11 hằng năm');
  });

  it('varies figures consistently across value, text and quote, and keeps shares at most 100', () => {
    const national = generateNational(fakeCorpus(), {
      ...options,
      provinces: ['An Giang'],
      plansPerProvince: 1,
    });
    const indicator = national.plans[0]?.indicators[0];
    const [own, central] = indicator?.targets ?? [];
    expect(Number(own?.value)).toBeLessThanOrEqual(100);
    expect(own?.text).toBe(`trên ${own?.value}%`);
    expect(central?.value).toMatch(/^\d+,\d$/);
    expect(indicator?.source.quote).toContain(`trên ${own?.value}%`);
    expect(indicator?.source.quote).toContain('năm 2025');
    expect(indicator?.name).toBe('Tỷ lệ bao phủ bảo hiểm y tế');
  });
});
