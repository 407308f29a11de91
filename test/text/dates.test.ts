/** Days between two ISO days: one place for the arithmetic the replies use. */
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/text/dates';

describe('daysBetween', () => {
  it('counts whole days, across months and leap years, negative when the second comes first', () => {
    expect(daysBetween('2024-03-08', '2024-07-02')).toBe(116);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2021-04-26', '2021-03-31')).toBe(-26);
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
  });
});
