/** Conversation rules shared by Telegram and Zalo: new topics, follow-ups, suggestion buttons. */
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/channels/actions';
import type { ChatState } from '../../src/channels/chat-state';
import { ask, type Conversation, exampleButtons, newTopic } from '../../src/channels/conversation';
import { TELEGRAM_WORDS } from '../../src/channels/messages';
import { zaloCommand } from '../../src/channels/zalo/commands';
import { getEngine } from '../../src/corpus';

const conversation = (state: ChatState = {}): Conversation => ({
  engine: getEngine(),
  today: '2026-11-23',
  state,
  words: TELEGRAM_WORDS,
});

describe('topics', () => {
  it('keeps a complete question apart from the last one', () => {
    const conv = conversation();
    ask(conv, 'Sở nào chủ trì nhiệm vụ về nước sạch ở Đà Nẵng?');
    const { answer } = ask(conv, 'Kế hoạch của Thanh Hóa phải báo cáo khi nào?');
    expect(answer?.text).toContain('10/12');
    expect(answer?.text).not.toContain('nước sạch');
  });

  it('answers the /start buttons in order, each on its own', () => {
    const conv = conversation({ province: 'Thanh Hóa' });
    for (const [row] of exampleButtons(conv)) {
      const result = row ? runAction(conv, row.action) : undefined;
      expect(result?.answer?.found, row?.label).toBe(true);
    }
  });

  it('forgets the last question on /moi and /start', () => {
    const conv = conversation();
    ask(conv, 'tỷ lệ BHYT Quảng Ninh');
    expect(conv.state.lastQuestion).toBeDefined();
    newTopic(conv);
    expect(conv.state.lastQuestion).toBeUndefined();
    expect(zaloCommand('moi', [])).toEqual({ kind: 'new-topic' });
  });
});

describe('suggestions', () => {
  it('become buttons that ask them', () => {
    const conv = conversation();
    const { reply, answer } = ask(conv, 'tỷ lệ trẻ em suy dinh dưỡng Quảng Ninh');
    expect(answer?.found).toBe(false);
    const buttons = reply.buttons?.flat() ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons[0]?.action).toBe('s:0@1');
    const pressed = runAction(conv, 's:0@1');
    expect(pressed?.answer?.found).toBe(true);
  });
});
