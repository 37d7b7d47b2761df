// Serves the built app with defaults that work on a developer's machine. Deployers override
// PORT, ORIGIN (the public URL; Kit's CSRF check compares form posts against it) and
// DATABASE_PATH. Paths are taken relative to the app, not the working directory, so
// `node /srv/pso/scripts/start.js` works from anywhere.
import { fileURLToPath } from 'node:url';

const appDir = fileURLToPath(new URL('..', import.meta.url));

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= `${appDir}db/pso.sqlite`;
// Imports of 10,000-line CSV files and assessment files exceed adapter-node's 512 kB default.
process.env.BODY_SIZE_LIMIT ||= '20M';

console.log(`PSO Readiness: ${process.env.ORIGIN} (database ${process.env.DATABASE_PATH})`);
await import(`../${process.env.BUILD_DIR || 'build'}/index.js`);
