/** Zalo's typed commands ("help", "nguon", "tinh Đồng Nai"): Zalo bots have no command menu. */
import { fold } from '../../text/normalize';
import { findProvince } from '../provinces';

/** A recognised command; anything else is a question. */
export type ZaloCommand =
  | { kind: 'start' | 'help' | 'sources' | 'province-list' | 'new-topic' | 'privacy' | 'more' }
  | { kind: 'province'; province: string }
  | { kind: 'follow' | 'unfollow'; target: string }
  | { kind: 'feedback'; verdict: 'right' | 'wrong' | 'report'; comment: string };

const WORDS: Readonly<Record<string, ZaloCommand['kind']>> = {
  start: 'start',
  'bat dau': 'start',
  help: 'help',
  'huong dan': 'help',
  'tro giup': 'help',
  nguon: 'sources',
  'xem nguon': 'sources',
  'xem them': 'more',
  tinh: 'province-list',
  moi: 'new-topic',
  'chu de moi': 'new-topic',
  'rieng tu': 'privacy',
  riengtu: 'privacy',
  privacy: 'privacy',
};

/**
 * Reads a typed command, accents and a leading slash optional: `zaloCommand('tỉnh Đồng Nai', provinces)` →
 * `{ kind: 'province', province: 'Đồng Nai' }`. "tinh" followed by something that is not a province
 * ("tỉnh nào đạt BHYT cao nhất?") is a question, so it returns `null`.
 */
export function zaloCommand(text: string, provinces: readonly string[]): ZaloCommand | null {
  const folded = fold(text)
    .replace(/^\//, '')
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const kind = WORDS[folded];
  if (kind) return { kind } as ZaloCommand;
  // Feedback on the last answer: "1" right, "2" not right, "báo sai <what>" a report.
  if (folded === '1' || folded === '2')
    return { kind: 'feedback', verdict: folded === '1' ? 'right' : 'wrong', comment: '' };
  if (/^bao sai\b/.test(folded)) {
    return {
      kind: 'feedback',
      verdict: 'report',
      comment: text.trim().replace(/^\/?\S+\s+\S+\s*:?\s*/u, ''),
    };
  }
  // "theo dõi Sở Y tế", "hủy Đồng Nai": the rest is the name as typed (accents kept for the reply).
  const follow = /^(theo doi|huy)(?:\s+(.*))?$/.exec(folded);
  if (follow) {
    const rest = text.trim().replace(/^\/?\S+(?:\s+dõi|\s+doi)?\s*/iu, '');
    return { kind: follow[1] === 'huy' ? 'unfollow' : 'follow', target: follow[2] ? rest : '' };
  }
  // "tỉnh Đồng Nai", "tỉnh: Đồng Nai", "tinh - dong nai".
  const m = /^tinh\s*[:=-]?\s+(.+)$|^tinh\s*[:=-]\s*(.+)$/.exec(folded);
  const typedProvince = m?.[1] ?? m?.[2];
  if (!typedProvince) return null;
  const province = findProvince(provinces, typedProvince);
  return province ? { kind: 'province', province } : null;
}

/** The bot's name when `ZALO_BOT_NAME` is not set: what a group types after "@". */
export const DEFAULT_ZALO_NAME = 'Cam Kết';

/** `escapeRegExp('a.b')` → `'a\\.b'`. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A group message's text for the bot, or `null` when it is not addressed to it. The Zalo Bot API sends a
 * group message with `chat.chat_type: "GROUP"` and its text as typed, with no mention entities, so the bot
 * is addressed by its name after "@" (accents, case and a leading "Bot" optional) or by a "/" command:
 * `addressedText('@Cam Kết tỷ lệ BHYT?', 'Cam Kết')` → `'tỷ lệ BHYT?'`; `addressedText('Chào cả nhà', 'Cam Kết')` → `null`.
 */
export function addressedText(text: string, botName: string): string | null {
  const typed = text.normalize('NFC').trim();
  if (typed.startsWith('/')) return typed;
  const name = fold(botName)
    .replace(/^bot\s+/, '')
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s*');
  const mention = new RegExp(`@(?:bot\\s*)?${name}(?![a-z0-9])`).exec(fold(typed));
  if (!mention) return null;
  // Folding keeps an NFC text's length (one letter stays one letter), so the match's place cuts the text as typed.
  const rest = `${typed.slice(0, mention.index)} ${typed.slice(mention.index + mention[0].length)}`;
  return rest
    .replace(/^[\s,:]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
