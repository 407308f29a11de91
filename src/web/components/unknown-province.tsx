/** The notice for `?tinh=` naming a province no plan is for: which provinces there are, each a link. */
import type { FC } from 'hono/jsx';

/** `<UnknownProvince asked="Hà Nội" provinces={[…]} path="/han" />`: "Chưa có kế hoạch của Hà Nội…". */
export const UnknownProvince: FC<{ asked: string; provinces: readonly string[]; path: string }> = ({
  asked,
  provinces,
  path,
}) => (
  <div class="card notice" role="alert" id="tinh-khong-co">
    <p>
      Chưa có kế hoạch nào của “{asked}” trong dữ liệu. Các tỉnh, thành phố có kế hoạch:{' '}
      {provinces.map((p, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`${path}?tinh=${encodeURIComponent(p)}`}>{p}</a>
        </>
      ))}
      .
    </p>
  </div>
);
