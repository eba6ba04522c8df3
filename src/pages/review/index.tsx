/** Entry of review.js: mounts the review page into review.html's #app. Tests mount it themselves (see app.tsx). */
import { mountReview } from './app';

export { mountReview, ReviewPage } from './app';

const app = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (app) mountReview(app);
