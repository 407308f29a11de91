/**
 * Which object owns a chat, and how logs and storage name it: a keyed hash of the channel and chat id, so
 * no key, name or log line carries the raw id.
 */

/** Where an update comes from: a Telegram chat, a Telegram user's inline queries, a Zalo chat. */
export type Channel = 'tg' | 'tgi' | 'zl';

/** A chat an update belongs to. */
export interface ChatRef {
  channel: Channel;
  chatId: string;
}

/** Key used when `CHAT_HASH_KEY` is not set (local runs); production sets its own secret. */
export const DEFAULT_CHAT_HASH_KEY = 'cam-ket-local';

/** HMAC-SHA-256 of `channel:chatId` under `key`, in hex: the chat object's name. */
export async function chatHash(key: string, chat: ChatRef): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', k, new TextEncoder().encode(`${chat.channel}:${chat.chatId}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The short form logs use: the first 12 hex digits. */
export const logChat = (hash: string) => hash.slice(0, 12);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' ? (v as Obj) : undefined);
const idOf = (v: unknown): string | undefined => {
  const id = obj(v)?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
};

/**
 * The chat a Telegram update belongs to: the chat of a message or a button's message, the user of an
 * inline query (their own channel, so inline typing never uses up their questions), or `null` for an
 * update with neither.
 */
export function telegramChat(update: Obj): ChatRef | null {
  const inline = obj(update.inline_query) ?? obj(update.chosen_inline_result);
  if (inline) {
    const user = idOf(inline.from);
    return user ? { channel: 'tgi', chatId: user } : null;
  }
  const button = obj(update.callback_query);
  if (button) {
    const chat = idOf(obj(button.message)?.chat) ?? idOf(button.from);
    return chat ? { channel: 'tg', chatId: chat } : null;
  }
  for (const [kind, value] of Object.entries(update)) {
    if (kind === 'update_id') continue;
    const chat = idOf(obj(value)?.chat);
    if (chat) return { channel: 'tg', chatId: chat };
  }
  return null;
}

/** The chat of a Zalo event, or `null` when it has none. */
export function zaloChat(event: Obj): ChatRef | null {
  const chat = idOf(obj(event.message)?.chat);
  return chat ? { channel: 'zl', chatId: chat } : null;
}
