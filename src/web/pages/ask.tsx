/** `GET /`: the question box, example questions and the answer with its sources. */
import type { FC } from 'hono/jsx';
import { MAX_COMMENT } from '../../channels/feedback';
import { MAX_QUESTION_LENGTH } from '../../text/limits';
import { ASK_SCRIPT } from '../client/ask';
import { ProvinceSelect } from '../components/province-select';
import { SourceItem } from '../components/source';
import { UnknownProvince } from '../components/unknown-province';
import { Layout } from '../layout';
import { agencyPath } from '../links';
import type { ShownAnswer } from '../shown-answer';

/** Questions a hotline caller typically asks, shown as one-click links (they work without JS too). */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Tỷ lệ BHYT mục tiêu Quảng Ninh',
  'Ai chủ trì chỉ tiêu BHTN ở Đồng Nai?',
  'Hạn báo cáo hằng năm của Thanh Hóa',
  'Số bác sĩ trên 1 vạn dân ở Quảng Ninh',
  'Tỷ lệ lao động qua đào tạo Thanh Hóa',
  'Sở Y tế Đà Nẵng chủ trì nhiệm vụ gì?',
];

/** The answer text, with each agency it names linked to the agency's page. */
const AnswerText: FC<{ answer: ShownAnswer }> = ({ answer }) => {
  const tinh = answer.province ? `?tinh=${encodeURIComponent(answer.province)}` : '';
  return (
    <p class="answer-text" data-slot="text">
      {answer.spans.map((s) =>
        s.agency ? <a href={`${agencyPath(s.agency.id)}${tinh}`}>{s.text}</a> : s.text,
      )}
    </p>
  );
};

/**
 * The answer and its sources. It takes the focus when the page loads with it (`autofocus`), and the
 * script focuses it after asking: either way a phone shows the answer, not the examples above it.
 */
const AnswerCard: FC<{ answer: ShownAnswer; question: string; province: string }> = ({
  answer,
  question,
  province,
}) => (
  <article
    class={answer.found ? 'card answer' : 'card answer not-found'}
    aria-labelledby="answer-title"
    tabindex={-1}
    autofocus
  >
    <h2 id="answer-title">Trả lời</h2>
    <AnswerText answer={answer} />
    {answer.compare ? (
      <p>
        <a href={answer.compare.href} data-slot="compare">
          {answer.compare.label}
        </a>
      </p>
    ) : null}
    {/* "Có thể bạn muốn hỏi": each suggestion is a link that asks it. */}
    {answer.suggestions.length ? (
      <ul class="examples" data-slot="suggestions">
        {answer.suggestions.map((s) => (
          <li>
            <a href={`/?q=${encodeURIComponent(s.question)}`} data-example>
              {s.question}
            </a>
          </li>
        ))}
      </ul>
    ) : null}
    {answer.sources.length ? (
      <>
        <h3>Nguồn và trích dẫn</h3>
        <ol class="sources" data-slot="sources">
          {answer.sources.map(({ source, href, record }) => (
            <SourceItem source={source} href={href} record={record} />
          ))}
        </ol>
      </>
    ) : null}
    <div class="actions">
      {/* Copying needs JS: the script reveals the button. */}
      <button type="button" class="secondary" data-copy hidden>
        Sao chép câu trả lời và nguồn
      </button>
      <span class="status" role="status" data-slot="copy-status" />
    </div>
    <FeedbackForm question={question} province={province} />
  </article>
);

/** "Was this right?": posts the question back; the server answers it again to know what was shown. */
const FeedbackForm: FC<{ question: string; province: string }> = ({ question, province }) => (
  <form class="feedback" method="post" action="/phan-hoi">
    <input type="hidden" name="q" value={question} data-slot="fb-q" />
    <input type="hidden" name="tinh" value={province} data-slot="fb-tinh" />
    <fieldset>
      <legend>Câu trả lời này có đúng không?</legend>
      <button type="submit" name="verdict" value="right" class="secondary">
        👍 Đúng
      </button>{' '}
      <button type="submit" name="verdict" value="wrong" class="secondary">
        👎 Chưa đúng
      </button>
      <details>
        <summary>Báo sai</summary>
        <label for="fb-comment">Chỗ sai (không bắt buộc)</label>
        <textarea id="fb-comment" name="comment" maxlength={MAX_COMMENT} rows={3} />
        <button type="submit" name="verdict" value="report">
          Gửi báo sai
        </button>
      </details>
    </fieldset>
  </form>
);

interface AskPageProps {
  question: string;
  province: string;
  /** A `?tinh=` no plan is for, named back with the provinces there are. */
  unknown?: string | null;
  provinces: readonly string[];
  answer: ShownAnswer | null;
  error: string | null;
  /** After feedback was posted: thanks, or why it was not kept. */
  notice?: string | null;
  /** Where a person can help (configuration), one line per province. */
  hotlines?: readonly string[];
}

/** The ask page; with `?q=` it carries the server-rendered answer, so it reads fine without JS. */
export const AskPage: FC<AskPageProps> = ({
  question,
  province,
  unknown,
  provinces,
  answer,
  error,
  notice,
  hotlines = [],
}) => (
  <Layout title={question ? `Hỏi: ${question}` : 'Hỏi đáp'} section="ask" scripts={[ASK_SCRIPT]}>
    <h1>Hỏi về kế hoạch của tỉnh</h1>
    <p class="lead">Chỉ tiêu, thời hạn, cơ quan chủ trì, mỗi câu trả lời kèm nguồn trong văn bản.</p>
    <search>
      <form class="ask" method="get" action="/">
        <div class="field">
          <label for="q">Câu hỏi</label>
          <input
            type="search"
            id="q"
            name="q"
            value={question}
            maxlength={MAX_QUESTION_LENGTH}
            placeholder="Ví dụ: tỷ lệ BHYT mục tiêu Quảng Ninh"
            autocomplete="off"
            enterkeyhint="search"
            required
          />
        </div>
        <ProvinceSelect provinces={provinces} selected={province} />
        {/* The question answered above, for a follow-up such as "còn năm 2030?". */}
        <input type="hidden" name="truoc" value={question} />
        <button type="submit">Hỏi</button>
      </form>
    </search>
    {/* The answer comes straight under the form: on a phone it is on screen, the examples below it. */}
    <section id="answer" aria-live="polite">
      {unknown ? <UnknownProvince asked={unknown} provinces={provinces} path="/" /> : null}
      {error ? (
        <p class="card" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p class="card" role="status">
          {notice}
        </p>
      ) : null}
      {answer ? <AnswerCard answer={answer} question={question} province={province} /> : null}
    </section>
    <p class="muted" id="examples-title">
      Câu hỏi mẫu:
    </p>
    <ul class="examples" aria-labelledby="examples-title">
      {EXAMPLE_QUESTIONS.map((example) => (
        <li>
          <a href={`/?q=${encodeURIComponent(example)}`} data-example>
            {example}
          </a>
        </li>
      ))}
    </ul>
    {hotlines.length ? (
      <aside class="card" aria-labelledby="hotline-title">
        <h2 id="hotline-title">Cần người hỗ trợ?</h2>
        <ul class="plain">
          {hotlines.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
      </aside>
    ) : null}
  </Layout>
);
