/**
 * «Theo dõi hạn» under an agency answer and «Bỏ theo dõi …» under the /theodoi list (issue 15), end to end
 * in `wrangler dev` with the D1 migrations applied, against a fake Telegram: a press does what
 * `/theodoi <cơ quan>` and `/huy <cơ quan>` do. Feedback buttons record the answer they sit under, and
 * after the process is killed and started again on its persisted state, a button still finds its answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/channels/actions';
import { parseState } from '../../src/channels/chat-state';
import { ask, type Conversation } from '../../src/channels/conversation';
import { fromStored, toStored } from '../../src/channels/delivery/privacy';
import { TELEGRAM_WORDS } from '../../src/channels/messages';
import { getEngine } from '../../src/corpus';
import { type DevRuntime, d1Query, freePort, startDev, startWithDatabase, type tempDir } from './dev-runtime';
import { type ApiCall, FakeBotApi } from './fake-bot-api';
import { callbackUpdate, textUpdate } from './telegram-updates';

const SECRET = 'follow-button-secret';
let tg: FakeBotApi;
let dev: DevRuntime;
let temp: ReturnType<typeof tempDir>;
let config: string;
let persist: string;

beforeAll(async () => {
  tg = await FakeBotApi.start('telegram');
  ({
    dev,
    temp,
    config,
    state: persist,
  } = await startWithDatabase({
    TELEGRAM_BOT_TOKEN: '321:follow',
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_ROOT: tg.url,
    TODAY: '2026-11-23',
  }));
}, 120_000);

afterAll(async () => {
  await dev?.kill();
  await tg?.close();
  temp?.remove();
});

const post = (body: unknown) =>
  fetch(`${dev.url}/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
    body: JSON.stringify(body),
  });
const replies = (chat: number) =>
  tg.delivered.filter((c) => c.method === 'sendMessage' && c.body.chat_id === chat);
const nth = async (chat: number, n: number): Promise<ApiCall | undefined> => {
  await tg.waitFor(() => replies(chat).length >= n, 20_000);
  return replies(chat)[n - 1];
};
type Button = { text: string; callback_data?: string };
const buttons = (call: ApiCall | undefined): Button[] =>
  ((call?.body.reply_markup as { inline_keyboard: Button[][] } | undefined)?.inline_keyboard ?? []).flat();

describe('follow buttons', () => {
  it('«Theo dõi hạn» under an agency answer subscribes the chat; «Bỏ theo dõi» in the list removes it', async () => {
    const chat = 980_001;
    await post(textUpdate(chat, 'Sở Y tế Đồng Nai được giao những nhiệm vụ gì?'));
    const answer = await nth(chat, 1);
    const follow = buttons(answer).find((b) => b.text === '🔔 Theo dõi hạn');
    expect(follow?.callback_data).toMatch(/^fl@\d+$/);
    await post(callbackUpdate(chat, follow?.callback_data ?? ''));
    expect(String((await nth(chat, 2))?.body.text)).toContain('Đã theo dõi Sở Y tế');

    await post(textUpdate(chat, '/theodoi'));
    const list = await nth(chat, 3);
    expect(String(list?.body.text)).toContain('• Sở Y tế');
    const unfollow = buttons(list).find((b) => b.text === 'Bỏ theo dõi Sở Y tế');
    expect(unfollow?.callback_data).toMatch(/^uf:/);
    await post(callbackUpdate(chat, unfollow?.callback_data ?? ''));
    expect(String((await nth(chat, 4))?.body.text)).toContain('Đã bỏ theo dõi Sở Y tế');

    await post(textUpdate(chat, '/theodoi'));
    expect(String((await nth(chat, 5))?.body.text)).toContain('chưa theo dõi');
  });
});

describe('feedback buttons', () => {
  it('«Đúng» under an older answer records that answer, not the newest', async () => {
    const chat = 980_002;
    await post(textUpdate(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const first = await nth(chat, 1);
    await post(textUpdate(chat, 'tỷ lệ thất nghiệp Đồng Nai'));
    await nth(chat, 2);
    const right = buttons(first).find((b) => b.text === '👍 Đúng')?.callback_data ?? '';
    await post(callbackUpdate(chat, right));
    await tg.waitFor(() =>
      tg.callsTo('answerCallbackQuery').some((c) => String(c.body.text).includes('Cảm ơn')),
    );
    const rows = await d1Query(
      config,
      persist,
      "SELECT question, verdict FROM feedback WHERE verdict = 'right'",
    );
    expect(rows).toEqual([{ question: 'tỷ lệ BHYT mục tiêu Quảng Ninh', verdict: 'right' }]);
  });
});

describe('after a restart', () => {
  it('a button still acts on the answer it sits under', async () => {
    const chat = 980_003;
    await post(textUpdate(chat, 'tỷ lệ BHYT mục tiêu Quảng Ninh'));
    const first = await nth(chat, 1);
    await post(textUpdate(chat, 'tỷ lệ thất nghiệp Đồng Nai'));
    const second = await nth(chat, 2);
    // The process dies (SIGKILL) and starts again on the same persisted state.
    await dev.kill();
    dev = await startDev([config], await freePort(), persist);
    const source = buttons(first).find((b) => b.text === 'Xem nguồn')?.callback_data ?? '';
    await post(callbackUpdate(chat, source));
    // A reply whose send was under way when the process died may be sent again after the restart (the limit the
    // README states: the Bot API's answer was lost): the button's reply is the first after it that is not that one.
    const afterRestart = () =>
      replies(chat)
        .slice(2)
        .filter((c) => c.body.text !== second?.body.text);
    await tg.waitFor(() => afterRestart().length >= 1, 20_000);
    const sources = String(afterRestart()[0]?.body.text);
    expect(sources).toContain('KH 91/KH-UBND (Quảng Ninh)');
    expect(sources).not.toContain('Đồng Nai');
  }, 120_000);
});

describe('kept answers', () => {
  it('survive the state being stored and read back: a button still acts on the answer it sits under', () => {
    const conv: Conversation = { engine: getEngine(), today: '2026-11-23', state: {}, words: TELEGRAM_WORDS };
    const first = ask(conv, 'tỷ lệ BHYT mục tiêu Quảng Ninh');
    ask(conv, 'tỷ lệ thất nghiệp Đồng Nai');
    const source = first.reply.buttons?.flat().find((b) => b.label === 'Xem nguồn')?.action ?? '';
    const now = Date.now();
    const stored = JSON.parse(JSON.stringify(toStored({}, conv.state, now)));
    const restored: Conversation = { ...conv, state: fromStored(parseState(stored), now + 60_000) };
    expect(runAction(restored, source)?.reply.text).toContain('KH 91/KH-UBND (Quảng Ninh)');
    // After six hours the answers are forgotten with the rest of the follow-up context; the button says so.
    const later: Conversation = { ...conv, state: fromStored(parseState(stored), now + 7 * 3600_000) };
    expect(runAction(later, source)?.reply.text).toContain('đã cũ');
  });

  it('a kept answer that does not read back is dropped alone: the chat keeps its province', () => {
    const state = parseState({ province: 'Đồng Nai', answers: [{ id: 'x' }], answerSeq: 4 });
    expect(state).toMatchObject({ province: 'Đồng Nai', answers: [], answerSeq: 4 });
  });
});
