/** Entry of options.js: mounts the page into options.html's #app. Tests mount it themselves (see app.tsx). */
import { mountOptions } from './app';

export { mountOptions, OptionsPage } from './app';

const app = typeof document !== 'undefined' ? document.getElementById('app') : null;
if (app) mountOptions(app);
