import { describe, expect, it } from 'vitest';
import { statusToday } from '../../src/answer/today';
import { corpus } from '../helpers';

describe('every body the records name has a status today', () => {
  const names = [
    ...new Set(
      corpus.plans.flatMap((p) => [...p.indicators, ...p.tasks].flatMap((r) => [...r.leads, ...r.partners])),
    ),
  ].sort();

  it('is current, succeeded, unconfirmed or a group — never unknown', () => {
    const unknown = names.filter((n) => statusToday(n) === null);
    expect(
      unknown,
      'add a row to data/succession/table.json (unconfirmed when no document was read)',
    ).toEqual([]);
  });

  it('reads the statuses as the table says', () => {
    expect(statusToday('Sở Lao động - Thương binh và Xã hội')).toBe('succeeded');
    expect(statusToday('Sở Y tế')).toBe('current');
    expect(statusToday('UBND các quận, huyện')).toBe('succeeded');
    expect(statusToday('các sở, ban, ngành có liên quan')).toBe('group');
    expect(statusToday('Sở, ngành liên quan')).toBe('group');
    expect(statusToday('Hội đồng nhân dân tỉnh')).toBe('unconfirmed');
    expect(statusToday('Cơ quan không có thật')).toBeNull();
  });
});
