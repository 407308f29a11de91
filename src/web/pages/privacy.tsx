/** `/rieng-tu`: what the chat bots keep about a conversation, and for how long. */
import type { FC } from 'hono/jsx';
import { DEFAULT_POLICY } from '../../channels/delivery/policy';
import { privacyLines } from '../../channels/delivery/privacy';
import { Layout } from '../layout';

/** The same words the bots send for /riengtu, from the constants that enforce them. */
export const PrivacyPage: FC = () => {
  const [intro, ...items] = privacyLines(DEFAULT_POLICY.deadAfterMs);
  return (
    <Layout title="Quyền riêng tư" section="none">
      <h1>Cam Kết lưu gì, và trong bao lâu</h1>
      <p>{intro}</p>
      <ul>
        {items.map((item) => (
          <li>{item.replace(/^• /, '')}</li>
        ))}
      </ul>
      <p>
        Trang web và API không lưu câu hỏi: mỗi câu hỏi được trả lời rồi bỏ đi. Trên Telegram gõ /riengtu,
        trên Zalo gõ «rieng tu» để xem lại nội dung này.
      </p>
    </Layout>
  );
};
