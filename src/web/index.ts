/** The web app for hotline staff and citizens: ask, browse plans and agencies, deadlines, compare. */
import { getEngine } from '../corpus';
import { createWebRoutes } from './routes';

export { notFound } from './not-found';
export { createWebRoutes } from './routes';

/** The web routes over the bundled corpus; `app.route('/', webRoutes)`. */
export const webRoutes = createWebRoutes(getEngine);
