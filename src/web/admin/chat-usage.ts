/**
 * What the chat objects report (`ChatRoom`): the answer a turn gave, seen through the engine it used, and
 * each reminder sent or given up on, read from its outbox row.
 */
import type { Engine } from '../../answer/engine';
import type { Delivery, EngineCall } from './usage';

/** `engine`, with every answer it gives also pushed to `calls`: how a chat's object sees what a turn asked. */
export function watchedEngine(engine: Engine, calls: EngineCall[]): Engine {
  return {
    corpus: engine.corpus,
    index: engine.index,
    answer(question, options) {
      const answer = engine.answer(question, options);
      calls.push({ question, answer, scope: { corpus: engine.corpus, chosen: options.province } });
      return answer;
    },
  };
}

/**
 * The answer a chat's turn gave: the engine call whose intent and outcome the turn logged (`intent`,
 * `found`, which both channels log for an answer). A button that asks the engine many times («Các tỉnh
 * khác») logs no answer and is not counted; nor is a turn that answered nothing.
 */
export function turnAnswer(
  fields: Record<string, unknown>,
  calls: readonly EngineCall[],
): EngineCall | undefined {
  if (typeof fields.intent !== 'string' || typeof fields.found !== 'boolean') return undefined;
  return [...calls]
    .reverse()
    .find((c) => c.answer.intent === fields.intent && c.answer.found === fields.found);
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };

/**
 * A reminder the chat's object sent (or gave up on), from its outbox row; null for any other message.
 * Telegram's text is HTML-escaped in the outbox and read back plain.
 */
export function reminderDelivery(
  row: { channel: string; update_id: string; payload: string },
  chat: string,
  day: string,
  status: Delivery['status'],
  reason?: string,
): Delivery | null {
  if (!row.update_id.startsWith('rem:')) return null;
  let text = '';
  try {
    text = String((JSON.parse(row.payload) as { text?: unknown }).text ?? '');
  } catch {
    // The key still says which deadline it was.
  }
  const zalo = row.channel === 'zl';
  return {
    day,
    channel: zalo ? 'zalo' : 'telegram',
    chat,
    reminder: row.update_id.slice('rem:'.length),
    text: zalo ? text : text.replace(/&(?:amp|lt|gt|quot);/g, (e) => HTML_ENTITIES[e] ?? e),
    status,
    reason,
  };
}
