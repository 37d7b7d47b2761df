// Serves the built app with defaults that work on a developer's machine. Deployers override
// PORT, ORIGIN (the public URL; Kit's CSRF check compares form posts against it) and
// DATABASE_PATH.
process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= 'db/pso.sqlite';

console.log(`PSO Readiness: ${process.env.ORIGIN} (database ${process.env.DATABASE_PATH})`);
await import('../build/index.js');
