/** `/rieng-tu`: what the chat bots keep about a conversation, and for how long. */
import type { FC } from 'hono/jsx';
import { DEFAULT_POLICY } from '../../channels/delivery/policy';
import { privacyLines } from '../../channels/delivery/privacy';
import { USAGE_RETENTION_DAYS } from '../admin/retention';
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
        {`Trang web và API không lưu câu hỏi đã trả lời được, chỉ đếm số câu hỏi theo chủ đề, tỉnh và ngày. Câu hỏi chưa trả lời được thì được lưu, không kèm địa chỉ hay mã người hỏi, dãy số giống số điện thoại đã che, để bổ sung dữ liệu, và xóa sau ${USAGE_RETENTION_DAYS} ngày.`}{' '}
        Trên Telegram gõ /riengtu, trên Zalo gõ «rieng tu» để xem lại nội dung này.
      </p>
    </Layout>
  );
};
