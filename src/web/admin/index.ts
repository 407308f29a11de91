/** The maintainers' report over the bundled corpus; `app.route('/', adminRoutes)`. */
import { getEngine } from '../../corpus';
import { createAdminRoutes } from './routes';

export { createAdminRoutes } from './routes';

/** `/quan-tri` and its spreadsheets, behind `ADMIN_TOKEN`. */
export const adminRoutes = createAdminRoutes(getEngine);
