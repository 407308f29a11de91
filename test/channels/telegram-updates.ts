/** Builders for Telegram updates as the Bot API delivers them. */

let nextUpdateId = 500_000;
let nextMessageId = 1;

/** A fresh update id, so tests never collide with each other's dedupe. */
export function updateId(): number {
  nextUpdateId += 1;
  return nextUpdateId;
}

const user = (id: number) => ({ id, is_bot: false, first_name: 'Lan', language_code: 'vi' });

/** A text message update in a private chat (`chatId` is also the user's id). */
export function textUpdate(chatId: number, text: string, extra: Record<string, unknown> = {}) {
  const entities = text.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]?.length ?? 1 }]
    : undefined;
  return {
    update_id: updateId(),
    message: {
      message_id: nextMessageId++,
      date: 1_760_000_000,
      chat: { id: chatId, type: 'private', first_name: 'Lan' },
      from: user(chatId),
      text,
      ...(entities ? { entities } : {}),
      ...extra,
    },
  };
}

/** A text message in a group chat from user `fromId`, with the given entities. */
export function groupUpdate(
  chatId: number,
  fromId: number,
  text: string,
  extra: Record<string, unknown> = {},
) {
  const update = textUpdate(chatId, text, extra);
  return {
    ...update,
    message: { ...update.message, chat: { id: chatId, type: 'group', title: 'Nhóm' }, from: user(fromId) },
  };
}

/** A press of an inline button with `data`, on a message the bot sent to `chatId`. */
export function callbackUpdate(chatId: number, data: string) {
  const id = updateId();
  return {
    update_id: id,
    callback_query: {
      id: `cb${id}`,
      from: user(chatId),
      chat_instance: 'ci',
      data,
      message: {
        message_id: nextMessageId++,
        date: 1_760_000_000,
        chat: { id: chatId, type: 'private', first_name: 'Lan' },
        from: { id: 123456, is_bot: true, first_name: 'Cam Kết', username: 'camket_test_bot' },
        text: 'Câu trả lời trước',
      },
    },
  };
}

/** An inline query `@bot query` from user `fromId`. */
export function inlineUpdate(fromId: number, query: string) {
  const id = updateId();
  return { update_id: id, inline_query: { id: `iq${id}`, from: user(fromId), query, offset: '' } };
}
