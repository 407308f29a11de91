/**
 * Every question the bot offers as an example (/start buttons, help, web chips, the README) is one it
 * answers: found, with a figure or an agency from a cited record.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples } from '../../src/answer/intents/help';
import { exampleQuestions, helpText, TELEGRAM_WORDS } from '../../src/channels/messages';
import { EXAMPLE_QUESTIONS } from '../../src/web/pages/ask';
import { ask, corpus, root } from '../helpers';

const provinces = corpus.plans.map((p) => p.plan.province);
const readme = readFileSync(join(root, 'README.md'), 'utf8');
/** The README's questions: `npm run ask -- "…"` and `/api/ask?q=…`. */
const readmeQuestions = [
  ...[...readme.matchAll(/npm run ask -- "([^"]+)"/g)].map((m) => m[1] ?? ''),
  ...[...readme.matchAll(/\/api\/ask\?q=([^`&]+)/g)].map((m) => m[1] ?? ''),
];
/** The help text's example, between « ». */
const helpExamples = [...helpText(provinces, TELEGRAM_WORDS).matchAll(/«([^»]+)»/g)]
  .map((m) => m[1] ?? '')
  .filter((q) => !/^còn /i.test(q));

const offered = [
  ...provinces.flatMap(exampleQuestions),
  ...examples(corpus),
  ...EXAMPLE_QUESTIONS,
  ...readmeQuestions,
  ...helpExamples,
];

describe('offered examples', () => {
  it('finds some in every place the bot offers them', () => {
    expect(readmeQuestions.length).toBeGreaterThan(0);
    expect(helpExamples.length).toBeGreaterThan(0);
  });

  it.each(offered)('answers «%s» with a figure or an agency', (q) => {
    const a = ask(q);
    expect(a.found, a.text).toBe(true);
    expect(a.sources.length).toBeGreaterThan(0);
    const body = a.text.replace(/Nguồn:[^\n]*/g, '');
    expect(/\d/.test(body) || /Chủ trì|Sở |do .* ký/u.test(body), a.text).toBe(true);
  });
});
