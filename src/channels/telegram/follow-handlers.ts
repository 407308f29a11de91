/**
 * Following deadlines on Telegram: `/theodoi <cơ quan | tỉnh>`, `/theodoi` (the list, with a «Bỏ theo dõi»
 * button per line), `/huy <…>`, and the «Theo dõi hạn» button under an agency answer.
 */
import { Composer } from 'grammy';
import { slug } from '../../text/slug';
import type { TurnLog } from '../delivery/api-call';
import { findAnswer } from '../kept-answers';
import { ANSWER_GONE_TEXT } from '../messages';
import { follow } from '../reminders/follow';
import type { Followed } from '../reminders/store';
import type { BotContext } from './decide';
import { queue } from './outbox';

/** A subscription's key in a «Bỏ theo dõi» button: its slug, cut so `uf:` + key fits 64 bytes (ASCII). */
function unfollowKey(s: Pick<Followed, 'target'>): string {
  return slug(s.target).slice(0, 60);
}

/** The follow commands and buttons. */
export function followHandlers(log: TurnLog): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.command(['theodoi', 'huy'], async (ctx) => {
    const command = ctx.message?.text?.startsWith('/huy') ? 'unfollow' : 'follow';
    const onError = (e: unknown) => log.error('subscriptions', e);
    const text = await follow(ctx.conv.engine, ctx.subs, command, ctx.match, ctx.conv.words, onError);
    // The list of what the chat follows gets a «Bỏ theo dõi» button per line.
    const listed = command === 'follow' && !ctx.match.trim() ? await ctx.subs?.list().catch(() => []) : [];
    const buttons = (listed ?? []).map((s) => [
      { label: `Bỏ theo dõi ${s.label}`, action: `uf:${unfollowKey(s)}` },
    ]);
    queue(ctx, { text, buttons });
    log.set({ outcome: command });
  });

  // «Theo dõi hạn» under an agency answer: the same as /theodoi <that agency>.
  c.callbackQuery(/^fl@(\d+)$/, async (ctx) => {
    const agency = findAnswer(ctx.conv.state, Number(ctx.match[1]))?.agency;
    log.set({ outcome: 'follow' });
    ctx.outbox.push(() => ctx.answerCallbackQuery(agency ? {} : { text: ANSWER_GONE_TEXT }));
    if (!agency) return;
    const text = await follow(ctx.conv.engine, ctx.subs, 'follow', agency, ctx.conv.words, (e) =>
      log.error('subscriptions', e),
    );
    queue(ctx, { text });
  });

  // «Bỏ theo dõi …» under the /theodoi list.
  c.callbackQuery(/^uf:(.+)$/, async (ctx) => {
    log.set({ outcome: 'unfollow' });
    ctx.outbox.push(() => ctx.answerCallbackQuery());
    const key = ctx.match[1] ?? '';
    const subs = await ctx.subs?.list().catch(() => []);
    const target = subs?.find((s) => unfollowKey(s) === key);
    const text = await follow(
      ctx.conv.engine,
      ctx.subs,
      'unfollow',
      target?.label ?? key,
      ctx.conv.words,
      (e) => log.error('subscriptions', e),
    );
    queue(ctx, { text });
  });

  return c;
}
