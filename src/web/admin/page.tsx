/**
 * `/quan-tri`: the maintainers' report, server-rendered in the public pages' frame and style. What the bot
 * could not answer, what people said was wrong, what they ask most per province, and the reminders sent
 * this week; each list also as a spreadsheet. And the login form a browser needs first.
 */
import type { Child, FC } from 'hono/jsx';
import type { Corpus } from '../../schema/records';
import { Head } from '../components/record-table';
import { formatDate } from '../format';
import { Layout } from '../layout';
import { ADMIN_PATH } from './auth';
import { listCell, type ReportFile, VERDICT_LABELS } from './csv-lists';
import { intentLabel, topicLabel } from './labels';
import { DELIVERY_DAYS, groupDeliveries, groupUnanswered, type ReportData, topTopics } from './report';
import { DELIVERY_RETENTION_DAYS, USAGE_RETENTION_DAYS } from './retention';

/** Rows a list shows on the page; the spreadsheet has them all. */
export const SHOWN_ROWS = 200;

const Csv: FC<{ file: ReportFile }> = ({ file }) => (
  <p class="downloads">
    Tải về:{' '}
    <a href={`${ADMIN_PATH}/${file}.csv`} type="text/csv">
      Bảng tính (.csv, mở bằng Excel)
    </a>
  </p>
);

/** A section with its heading, its spreadsheet link, and its table or a line saying there is nothing. */
const Section: FC<{ id: ReportFile; title: string; empty: boolean; note?: string; children?: Child }> = ({
  id,
  title,
  empty,
  note,
  children,
}) => (
  <section id={id} aria-labelledby={`${id}-h`}>
    <h2 id={`${id}-h`}>{title}</h2>
    {note ? <p class="muted">{note}</p> : null}
    {empty ? <p class="muted">Chưa có dữ liệu.</p> : children}
    {empty ? null : <Csv file={id} />}
  </section>
);

const more = (n: number) =>
  n > SHOWN_ROWS ? (
    <p class="muted">{`Trang hiện ${SHOWN_ROWS} dòng đầu trong ${n}; bảng tính có đủ.`}</p>
  ) : null;

/** The report for `today`, from rows read with `readReport`. */
export const ReportPage: FC<{ data: ReportData; corpus: Corpus; today: string }> = ({
  data,
  corpus,
  today,
}) => {
  const unanswered = groupUnanswered(data.unanswered);
  const provinces = topTopics(data.asked);
  const deliveries = groupDeliveries(data.deliveries);
  return (
    <Layout title="Báo cáo quản trị" section="none">
      <h1>Báo cáo quản trị</h1>
      <p class="lead">
        {`Số liệu đến hôm nay, ${formatDate(today)}. Câu hỏi và chủ đề được giữ ${USAGE_RETENTION_DAYS} ngày, lời nhắc ${DELIVERY_RETENTION_DAYS} ngày; không lưu mã người dùng, không lưu giờ.`}
      </p>
      <form method="post" action={`${ADMIN_PATH}/dang-xuat`}>
        <button type="submit" class="secondary">
          Đăng xuất
        </button>
      </form>

      <Section
        id="chua-tra-loi"
        title="Câu hỏi chưa trả lời được"
        empty={!unanswered.length}
        note="Gộp theo chữ không dấu; dãy số giống số điện thoại đã được che."
      >
        <table class="stack">
          <Head columns={['Câu hỏi', 'Số lần', 'Ngày gần nhất', 'Tỉnh', 'Kênh']} />
          <tbody>
            {unanswered.slice(0, SHOWN_ROWS).map((g) => (
              <tr>
                <td data-label="Câu hỏi">{g.shown}</td>
                <td data-label="Số lần">{g.count}</td>
                <td data-label="Ngày gần nhất" class="nowrap">
                  {formatDate(g.lastDay)}
                </td>
                <td data-label="Tỉnh">{g.provinces.join(', ') || '—'}</td>
                <td data-label="Kênh">{g.channels.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more(unanswered.length)}
      </Section>

      <Section id="bao-sai" title="Câu trả lời bị đánh giá chưa đúng hoặc báo sai" empty={!data.wrong.length}>
        <table class="stack">
          <Head columns={['Ngày', 'Đánh giá', 'Câu hỏi', 'Góp ý', 'Nguồn', 'Kênh']} />
          <tbody>
            {data.wrong.slice(0, SHOWN_ROWS).map((w) => (
              <tr>
                <td data-label="Ngày" class="nowrap">
                  {formatDate(w.day)}
                </td>
                <td data-label="Đánh giá">{VERDICT_LABELS[w.verdict]}</td>
                <td data-label="Câu hỏi">{w.question}</td>
                <td data-label="Góp ý">{w.comment ?? '—'}</td>
                <td data-label="Nguồn">{listCell(w.sources) || '—'}</td>
                <td data-label="Kênh">{w.channel}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more(data.wrong.length)}
      </Section>

      <Section id="chu-de" title="Chủ đề được hỏi nhiều nhất theo tỉnh" empty={!provinces.length}>
        {provinces.map((p) => (
          <>
            <h3>{`${p.province || 'Không rõ tỉnh'} · ${p.total} câu hỏi`}</h3>
            <table class="stack">
              <Head columns={['Loại câu hỏi', 'Chủ đề', 'Số lần']} />
              <tbody>
                {p.topics.map((t) => (
                  <tr>
                    <td data-label="Loại câu hỏi">{intentLabel(t.intent)}</td>
                    <td data-label="Chủ đề">{topicLabel(corpus, t.topic) || '—'}</td>
                    <td data-label="Số lần">{t.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ))}
      </Section>

      <Section
        id="nhac-han"
        title={`Lời nhắc hạn đã gửi (${DELIVERY_DAYS} ngày qua)`}
        empty={!deliveries.length}
      >
        <table class="stack">
          <Head columns={['Ngày', 'Lời nhắc', 'Đã gửi', 'Không gửi được', 'Kênh']} />
          <tbody>
            {deliveries.slice(0, SHOWN_ROWS).map((d) => (
              <tr>
                <td data-label="Ngày" class="nowrap">
                  {formatDate(d.day)}
                </td>
                <td data-label="Lời nhắc">{d.summary}</td>
                <td data-label="Đã gửi">{d.sent}</td>
                <td data-label="Không gửi được">
                  {d.failed}
                  {d.reasons.length ? <div class="muted">{d.reasons.join('; ')}</div> : null}
                </td>
                <td data-label="Kênh">{d.channels.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {more(deliveries.length)}
      </Section>
    </Layout>
  );
};

/** The login form: the token once, then a session cookie. `error` says why the last try failed. */
export const LoginPage: FC<{ error?: string | null }> = ({ error }) => (
  <Layout title="Đăng nhập quản trị" section="none">
    <h1>Báo cáo quản trị</h1>
    <p class="lead">Trang này dành cho người duy trì Cam Kết. Nhập mã quản trị (ADMIN_TOKEN) để xem.</p>
    {error ? (
      <p class="status" role="alert">
        {error}
      </p>
    ) : null}
    <form class="filter" method="post" action={`${ADMIN_PATH}/dang-nhap`}>
      <div class="field">
        <label for="token">Mã quản trị</label>
        <input type="password" id="token" name="token" autocomplete="current-password" required />
      </div>
      <button type="submit">Đăng nhập</button>
    </form>
  </Layout>
);
