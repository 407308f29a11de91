/** "Typing…" only when it helps: a fast answer needs no indicator, a slow one should not look dead. */

/** How long a reply may take before the chat is shown that the bot is typing. */
export const TYPING_AFTER_MS = 1000;

/**
 * Runs `work`; if it is still running after `afterMs`, calls `showTyping` once (its failure is ignored:
 * the indicator is a courtesy). `await whileSlow(() => answerAndSend(), () => api.sendChatAction(id, 'typing'))`.
 */
export async function whileSlow<T>(
  work: () => Promise<T>,
  showTyping: () => Promise<unknown>,
  afterMs = TYPING_AFTER_MS,
): Promise<T> {
  const timer = setTimeout(() => {
    showTyping().catch(() => undefined);
  }, afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}
