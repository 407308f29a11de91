/**
 * `/theodoi <cơ quan | tỉnh>`, `/theodoi`, `/huy <…>`: what the user typed becomes a subscription to an
 * agency of the plans or a province, and each command a short reply. Shared by Telegram and Zalo.
 */
import type { Engine } from '../../answer/engine';
import { NAMES_TODAY, predecessorsOf } from '../../answer/today';
import { agencyKey } from '../../ingest/agencies';
import { ellipsize } from '../../text/truncate';
import { AGENCIES } from '../../text/vocabulary';
import { corpusProvinces, findProvince } from '../provinces';
import { REMIND_AT_DAYS } from './due';
import { type Followed, MAX_SUBSCRIPTIONS, type SubscriptionStore } from './store';

/** The agency or province `typed` names, or null: `'so y te'` → Sở Y tế, `'Đồng Nai'` → the province. */
export function followTarget(engine: Pick<Engine, 'corpus'>, typed: string): Followed | null {
  const text = typed.trim();
  if (!text) return null;
  const province = findProvince(corpusProvinces(engine), text);
  if (province) return { kind: 'province', target: province, label: province };
  const key = agencyKey(text);
  for (const a of engine.corpus.agencies) {
    const known = AGENCIES.find((k) => k.name === a.name);
    const spellings = [a.name, ...a.aliases, ...(known?.aliases ?? [])];
    if (spellings.some((s) => agencyKey(s) === key)) return { kind: 'agency', target: a.name, label: a.name };
  }
  // A body of today no plan names ("Sở Nông nghiệp và Môi trường") is followed for the duties it took over.
  const today = NAMES_TODAY.find((name) => agencyKey(name) === key);
  return today ? { kind: 'agency', target: today, label: today } : null;
}

const days = REMIND_AT_DAYS.join(', ');

const UNAVAILABLE = 'Xin lỗi, chức năng nhắc hạn tạm thời chưa dùng được. Bạn thử lại sau nhé.';

/**
 * The reply to a follow command; `words` are the channel's spellings of the commands. A failing database
 * gets a polite reply (and `onError` the cause), never an apology for the whole bot.
 */
export async function follow(
  engine: Pick<Engine, 'corpus'>,
  store: SubscriptionStore | null,
  command: 'follow' | 'unfollow',
  typed: string,
  words: { follow: string; unfollow: string },
  onError: (error: unknown) => void = () => undefined,
): Promise<string> {
  if (!store) return UNAVAILABLE;
  try {
    return await reply(engine, store, command, typed, words);
  } catch (error) {
    onError(error);
    return UNAVAILABLE;
  }
}

async function reply(
  engine: Pick<Engine, 'corpus'>,
  store: SubscriptionStore,
  command: 'follow' | 'unfollow',
  typed: string,
  words: { follow: string; unfollow: string },
): Promise<string> {
  if (!typed.trim()) {
    if (command === 'unfollow') return `Gõ ${words.unfollow} <tên cơ quan hoặc tỉnh> để bỏ theo dõi.`;
    const list = await store.list();
    if (!list.length)
      return `Bạn chưa theo dõi cơ quan hay tỉnh nào. Gõ ${words.follow} <tên cơ quan hoặc tỉnh>, ví dụ: ${words.follow} Sở Y tế.`;
    return [
      'Bạn đang theo dõi:',
      ...list.map((s) => `• ${s.label}`),
      `Mình nhắc trước ${days} ngày mỗi hạn báo cáo, hạn nhiệm vụ và năm mục tiêu. Bỏ: ${words.unfollow} <tên>.`,
    ].join('\n');
  }
  const target = followTarget(engine, typed);
  const shown = ellipsize(typed.trim(), 61);
  if (!target)
    return `Mình không tìm thấy cơ quan hay tỉnh «${shown}» trong các kế hoạch. Ví dụ: ${words.follow} Sở Y tế, ${words.follow} Đồng Nai.`;
  if (command === 'unfollow') {
    const removed = await store.remove(target);
    return removed ? `Đã bỏ theo dõi ${target.label}.` : `Bạn không theo dõi ${target.label}.`;
  }
  const added = await store.add(target);
  if (added === 'full')
    return `Bạn đã theo dõi tối đa ${MAX_SUBSCRIPTIONS} mục. Bỏ bớt bằng ${words.unfollow} <tên> rồi thử lại.`;
  if (added !== 'added') return `Bạn đã theo dõi ${target.label} rồi.`;
  // A body of today also hears of the duties it took over by a confirmed row, and is told so.
  const before = [
    ...new Set(
      predecessorsOf(target.target)
        .filter((r) => r.status === 'confirmed')
        .map((r) => r.from),
    ),
  ];
  const also = before.length
    ? ` Gồm cả các việc kế hoạch giao ${before.join(', ')} nay thuộc ${target.label} (theo văn bản đã xác nhận).`
    : '';
  return `Đã theo dõi ${target.label}. Mình sẽ nhắc trước ${days} ngày mỗi hạn của ${target.label} trong các kế hoạch, lúc 7 giờ sáng.${also}`;
}
