/** The help reply: what can be asked, with examples from the plans that are loaded. */
import type { Corpus } from '../../schema/records';
import type { Answer } from '../types';

/** Three example questions built from the corpus (first provinces), never a fixed list of figures. */
export function examples(corpus: Corpus): string[] {
  const provinces = corpus.plans.map((p) => p.plan.province);
  const [a = '', b = a, c = b] = provinces;
  return [
    `Tỷ lệ BHYT mục tiêu của ${a} là bao nhiêu?`,
    `Sở Y tế ${b} được giao những nhiệm vụ gì?`,
    `Kế hoạch của ${c} do ai ký?`,
  ];
}

/** Help text in Vietnamese. */
export function answerHelp(corpus: Corpus): Answer {
  const provinces = corpus.plans.map((p) => `${p.plan.province} (KH ${p.plan.number})`).join(', ');
  const text = [
    'Cam Kết trả lời về các kế hoạch chính sách xã hội của UBND tỉnh: chỉ tiêu, thời hạn và cơ quan chủ trì, kèm nguồn trích dẫn.',
    `Kế hoạch hiện có: ${provinces}.`,
    'Ví dụ:',
    ...examples(corpus).map((e) => `• ${e}`),
  ].join('\n');
  return { text, found: true, intent: 'help', items: [], sources: [], provinces: [] };
}
