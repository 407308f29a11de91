/** The 404 page: what was not found, and where to go instead. */
import type { FC } from 'hono/jsx';
import { Layout } from '../layout';

/** `<NotFoundPage what="kế hoạch “abc”" back="/ke-hoach" />`. */
export const NotFoundPage: FC<{ what: string; back?: { href: string; label: string } }> = ({
  what,
  back,
}) => (
  <Layout title="Không tìm thấy" section="none">
    <h1>Không tìm thấy {what}</h1>
    <p>Đường dẫn có thể đã sai hoặc đã thay đổi.</p>
    <ul class="plain">
      {back ? (
        <li>
          <a href={back.href}>{back.label}</a>
        </li>
      ) : null}
      <li>
        <a href="/">Đặt câu hỏi</a>
      </li>
    </ul>
  </Layout>
);
