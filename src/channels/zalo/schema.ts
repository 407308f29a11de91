/** The shape of a Zalo Bot webhook update, in both forms Zalo sends: enveloped and bare. */
import * as z from 'zod/mini';

// Zalo documents ids as strings; some deliveries carry numbers. Both are kept as given and read as text.
const Id = z.union([z.string().check(z.minLength(1), z.maxLength(128)), z.number()]);

const Message = z.looseObject({
  message_id: Id,
  chat: z.looseObject({ id: Id, chat_type: z.optional(z.string()) }),
  from: z.optional(
    z.looseObject({
      id: z.optional(Id),
      display_name: z.optional(z.string()),
      is_bot: z.optional(z.boolean()),
    }),
  ),
  text: z.optional(z.string()),
  date: z.optional(z.number()),
});

const ZaloEventShape = z.looseObject({
  event_name: z.string().check(z.minLength(1), z.maxLength(100)),
  message: z.optional(Message),
});

/** `{ event_name: 'message.text.received', message: { message_id, chat: { id }, text } }`. */
export type ZaloEvent = z.infer<typeof ZaloEventShape>;

const Envelope = z.looseObject({ ok: z.optional(z.boolean()), result: ZaloEventShape });

/**
 * Reads an update in either form Zalo sends, `{ ok, result: event }` (as `getUpdates` returns it) or the
 * bare event, and gives the event: `ZaloUpdate.safeParse(body)` → `{ success: true, data: event }`.
 */
export const ZaloUpdate = {
  safeParse(value: unknown): { success: true; data: ZaloEvent } | { success: false } {
    const wrapped = Envelope.safeParse(value);
    if (wrapped.success) return { success: true, data: wrapped.data.result };
    const bare = ZaloEventShape.safeParse(value);
    return bare.success ? { success: true, data: bare.data } : { success: false };
  },
};
