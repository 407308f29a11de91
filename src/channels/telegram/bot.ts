/** Who a Telegram update is for: in groups the bot speaks only when spoken to. */
import type { Context } from 'grammy';

/**
 * In groups the bot speaks when spoken to: commands for it, messages that @mention it, and replies to
 * its messages. Everything else (including another bot's `/help@other_bot`) is left alone.
 */
export function addressedToBot(ctx: Context): boolean {
  const msg = ctx.message;
  if (!msg || ctx.chat?.type === 'private' || ctx.chat?.type === 'channel') return true;
  const text = msg.text ?? '';
  const me = ctx.me.username.toLowerCase();
  const command = msg.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command) {
    const target = text.slice(0, command.length).split('@')[1];
    return !target || target.toLowerCase() === me;
  }
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  return (msg.entities ?? []).some(
    (e) => e.type === 'mention' && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me,
  );
}
