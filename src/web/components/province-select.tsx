/** The province picker of the ask and deadlines forms (`name="tinh"`, empty for all provinces). */
import type { FC } from 'hono/jsx';

/** `<ProvinceSelect provinces={['Quảng Ninh', …]} selected="Quảng Ninh" />`, labelled for screen readers. */
export const ProvinceSelect: FC<{ provinces: readonly string[]; selected: string }> = ({
  provinces,
  selected,
}) => (
  <div class="field narrow">
    <label for="tinh">Tỉnh, thành phố</label>
    <select id="tinh" name="tinh">
      <option value="">Tất cả</option>
      {provinces.map((p) => (
        <option value={p} selected={p === selected}>
          {p}
        </option>
      ))}
    </select>
  </div>
);
