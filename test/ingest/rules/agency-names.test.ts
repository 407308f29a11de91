import { describe, expect, it } from 'vitest';
import { canonicalAgency, oneEditApart } from '../../../src/ingest/agencies';

describe('canonicalAgency: the head of a body acts for it', () => {
  it('"Chủ tịch UBND các huyện …" and "Giám đốc Sở Y tế" are the bodies they head', () => {
    expect(canonicalAgency('Chủ tịch UBND các huyện, thị xã, thành phố').name).toBe(
      'UBND các huyện, thành phố',
    );
    expect(canonicalAgency('Giám đốc Sở Y tế').name).toBe('Sở Y tế');
  });
  it('a head of bodies the plans never name as one stays as written', () => {
    expect(canonicalAgency('Giám đốc các sở')).toEqual({ name: 'Giám đốc các sở', known: false });
  });
});

describe('canonicalAgency: a long name misspelt by one letter', () => {
  it('"thành phối" is "thành phố"', () => {
    expect(canonicalAgency('UBND các huyện, thị xã, thành phối')).toEqual({
      name: 'UBND các huyện, thành phố',
      known: true,
    });
    expect(canonicalAgency('Sở Tài nguyên và Môi trườn').name).toBe('Sở Tài nguyên và Môi trường');
  });
  it('never across kinds of body: the ministry is not the department', () => {
    expect(canonicalAgency('Bộ Lao động - Thương binh và Xã hội').known).toBe(false);
  });
  it('never for a short name', () => {
    expect(canonicalAgency('Sở Y ta').known).toBe(false);
  });
  it('oneEditApart counts one insertion, deletion or substitution', () => {
    expect(oneEditApart('thanh pho', 'thanh phoi')).toBe(true);
    expect(oneEditApart('thanh phoi', 'thanh pho')).toBe(true);
    expect(oneEditApart('thanh pho', 'thanh pha')).toBe(true);
    expect(oneEditApart('thanh pho', 'thanh pho')).toBe(false);
    expect(oneEditApart('thanh pho', 'thanh phai')).toBe(false);
  });
});
