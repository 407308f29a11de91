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
  it('reads a duty that opens by leading the plan itself ("Kế hoạch này")', () => {
    expect(
      coordinates('a) Chủ trì, phối hợp các sở, ngành, đơn vị, địa phương triển khai Kế hoạch này; định kỳ'),
    ).toBe(true);
    expect(
      coordinates(
        'Chủ trì, phối hợp các cơ quan liên quan theo dõi, đôn đốc, kiểm tra các ngành triển khai thực hiện Kế hoạch này',
      ),
    ).toBe(true);
    // Another plan it cites, or a plan led only in part, is not this one.
    expect(coordinates('Chủ trì triển khai thực hiện Kế hoạch số 170/KH-UBND về an sinh xã hội')).toBe(false);
    expect(coordinates('Phối hợp với Sở LĐTBXH triển khai Kế hoạch này trong lĩnh vực y tế')).toBe(false);
  });

  it('a body leading one duty is not the plan’s coordinator', () => {
    expect(coordinates('Chủ trì, phối hợp với các cơ quan liên quan triển khai Đề án hỗ trợ nhà ở')).toBe(
      false,
    );
  });
});
