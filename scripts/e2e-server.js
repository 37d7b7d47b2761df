// Starts the built app on a fresh temporary database for one end-to-end run. The database
// path is written to tests/.tmp/e2e-db-path-<port>, for specs that touch the file itself
// (tests/abuse-ops.spec.ts locks it from a second process, reads its bytes).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'pso-e2e-')), 'e2e.sqlite');
process.env.PORT ||= '4173';
process.env.BODY_SIZE_LIMIT ||= '20M';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;

const pathFiles = fileURLToPath(new URL('../tests/.tmp/', import.meta.url));
mkdirSync(pathFiles, { recursive: true });
writeFileSync(join(pathFiles, `e2e-db-path-${process.env.PORT}`), process.env.DATABASE_PATH);

await import(`../${process.env.BUILD_DIR || 'build'}/index.js`);
