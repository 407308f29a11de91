import { describe, expect, it } from 'vitest';
import { coordinates } from '../../../src/ingest/rules/coordinator';

describe('coordinates', () => {
  it('reads the body that runs the plan as a whole', () => {
    expect(coordinates('Là cơ quan thường trực triển khai thực hiện Kế hoạch này; đôn đốc và giám sát')).toBe(
      true,
    );
    expect(coordinates('Cơ quan chủ trì thực hiện Kế hoạch, có trách nhiệm phối hợp với các sở')).toBe(true);
    expect(coordinates('Giao Sở Lao động - Thương binh và Xã hội là cơ quan đầu mối, chủ trì đôn đốc')).toBe(
      true,
    );
  });
  it('a body leading one duty is not the plan’s coordinator', () => {
    expect(coordinates('Chủ trì, phối hợp với các cơ quan liên quan triển khai Đề án hỗ trợ nhà ở')).toBe(
      false,
    );
  });
});
