/** "Hiện nay": what became of an agency in the 2025 reorganisation, and whose duties it took over, with sources. */
import type { FC } from 'hono/jsx';
import { predecessorsOf, SUCCESSION, statusToday, successorsOf } from '../../answer/today';
import type { Agency } from '../../schema/records';
import type { AgencySuccession } from '../../schema/succession';
import { formatDate } from '../../text/dates';
import { slug } from '../../text/slug';

const Row: FC<{ row: AgencySuccession; name: string; link?: string }> = ({ row, name, link }) => (
  <li>
    {row.fields.length ? `${row.fields.slice(0, 4).join(', ')}${row.fields.length > 4 ? ', …' : ''}: ` : ''}
    {link ? <a href={link}>{name}</a> : name}
    {` (từ ${formatDate(row.effective)})`}
    {row.status === 'confirmed' ? '' : ' — chưa xác nhận bằng văn bản'}
    {row.sources[0] ? (
      <>
        {/* An unconfirmed row's page supports it only indirectly: it is not called its basis. */}
        {row.status === 'confirmed' ? '. Căn cứ: ' : '. Nguồn gián tiếp: '}
        <a href={row.sources[0].url} rel="noopener noreferrer">
          {row.sources[0].kind} {row.sources[0].number}
        </a>
      </>
    ) : null}
  </li>
);

/** The section, or nothing when the table says nothing of the agency. */
export const Succession: FC<{ agency: Agency; known: Agency[] }> = ({ agency, known }) => {
  const after = successorsOf(agency.name);
  const before = predecessorsOf(agency.name);
  const status = statusToday(agency.name);
  if (!after.length && !before.length && status !== 'unconfirmed') return null;
  // Link an agency the data knows; today's names that no plan uses stay plain text.
  const linkOf = (name: string) => {
    const hit = known.find((a) => a.name === name || a.aliases.includes(name));
    return hit ? `/co-quan/${encodeURIComponent(hit.id)}` : undefined;
  };
  return (
    <section aria-labelledby="hien-nay">
      <h2 id="hien-nay">Hiện nay (sau sắp xếp năm 2025)</h2>
      {after.length ? (
        <>
          <p>Nhiệm vụ của {agency.name} theo các kế hoạch nay do các cơ quan sau đảm nhận:</p>
          <ul>
            {after.map((row) => (
              <Row row={row} name={row.to} link={linkOf(row.to)} />
            ))}
          </ul>
        </>
      ) : null}
      {before.length ? (
        <>
          <p>{agency.name} nay đảm nhận nhiệm vụ mà các kế hoạch giao cho:</p>
          <ul>
            {before.map((row) => (
              <Row row={row} name={row.from} link={linkOf(row.from) ?? `/co-quan/${slug(row.from)}`} />
            ))}
          </ul>
        </>
      ) : null}
      {!after.length && !before.length ? (
        <p class="muted">Chưa xác nhận bằng văn bản cơ quan này thay đổi ra sao sau năm 2025.</p>
      ) : null}
      <p class="muted">
        Bảng kế nhiệm cập nhật đến {formatDate(SUCCESSION.asOf)}; các kế hoạch giữ nguyên tên cơ quan như khi
        ban hành.
      </p>
    </section>
  );
};
