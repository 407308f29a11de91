/** Reading what users type: provinces by slug, Zalo's typed commands, the bot's configured identity. */
import { describe, expect, it } from 'vitest';
import { corpusProvinces, findProvince, provinceSlug } from '../../src/channels/provinces';
import { botInfoFrom, DEFAULT_BOT_USERNAME } from '../../src/channels/telegram/bot-info';
import { zaloCommand } from '../../src/channels/zalo/commands';
import { getEngine } from '../../src/corpus';

const provinces = corpusProvinces(getEngine());

describe('provinces', () => {
  it('come from the corpus, once each', () => {
    expect(provinces).toEqual([...new Set(getEngine().corpus.plans.map((p) => p.plan.province))]);
    expect(provinces).toContain('Đồng Nai');
  });

  it('match by slug, whatever the accents, case or "tỉnh"', () => {
    expect(provinceSlug('Đồng Nai')).toBe('dong-nai');
    expect(provinceSlug('Thanh Hóa')).toBe('thanh-hoa');
    for (const typed of ['dong-nai', 'Dong Nai', 'ĐỒNG NAI', 'tỉnh Đồng Nai', '  dong   nai ']) {
      expect(findProvince(provinces, typed), typed).toBe('Đồng Nai');
    }
    expect(findProvince(provinces, 'Atlantis')).toBeUndefined();
    expect(findProvince(provinces, '')).toBeUndefined();
  });
});

describe('zaloCommand', () => {
  it('reads the typed commands', () => {
    expect(zaloCommand('help', provinces)).toEqual({ kind: 'help' });
    expect(zaloCommand('Hướng dẫn', provinces)).toEqual({ kind: 'help' });
    expect(zaloCommand('/start', provinces)).toEqual({ kind: 'start' });
    expect(zaloCommand('nguồn', provinces)).toEqual({ kind: 'sources' });
    expect(zaloCommand('tinh', provinces)).toEqual({ kind: 'province-list' });
    expect(zaloCommand('tinh Dong Nai', provinces)).toEqual({ kind: 'province', province: 'Đồng Nai' });
    expect(zaloCommand('Tỉnh Thanh Hóa.', provinces)).toEqual({ kind: 'province', province: 'Thanh Hóa' });
  });

  it('leaves questions alone, even ones that start with a command word', () => {
    expect(zaloCommand('tỉnh nào có mục tiêu BHYT cao nhất?', provinces)).toBeNull();
    expect(zaloCommand('nguồn vốn cho giảm nghèo Lai Châu', provinces)).toBeNull();
    expect(zaloCommand('tỷ lệ BHYT Quảng Ninh', provinces)).toBeNull();
  });
});

describe('botInfoFrom', () => {
  it('uses TELEGRAM_BOT_INFO when it is valid, defaults from the token otherwise', () => {
    const info = botInfoFrom(
      '777:abc',
      JSON.stringify({ id: 777, is_bot: true, first_name: 'B', username: 'my_bot' }),
    );
    expect(info.username).toBe('my_bot');
    expect(botInfoFrom('777:abc', undefined)).toMatchObject({
      id: 777,
      username: DEFAULT_BOT_USERNAME,
      is_bot: true,
    });
    expect(botInfoFrom('777:abc', '{not json').id).toBe(777);
    expect(botInfoFrom('777:abc', '{"id":"x"}').username).toBe(DEFAULT_BOT_USERNAME);
  });
});
