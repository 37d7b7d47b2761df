// Starts the built app on a fresh temporary database for one end-to-end run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), 'pso-e2e-')), 'e2e.sqlite');
process.env.PORT ||= '4173';
process.env.BODY_SIZE_LIMIT ||= '20M';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
await import(`../${process.env.BUILD_DIR || 'build'}/index.js`);
