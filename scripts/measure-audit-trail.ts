// Times the audit trail's page queries over 100,000 rows of one organisation (issue 11 item 3):
//   npx tsx scripts/measure-audit-trail.ts
// Prints the median milliseconds of each page state (count + page + names + filter options).
// AUDIT_ROWS sets the number of rows per organisation (two organisations).
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db';
import {
	listAuditFilterOptions,
	listAuditTrail,
	noAuditFilter,
	type AuditTrailFilter
} from '../src/lib/server/audit-trail';

const rows = Number(process.env.AUDIT_ROWS ?? 100_000);
const file = join(tmpdir(), `pso-audit-measure-${process.pid}.sqlite`);
const db = openDatabase(file);
// AUDIT_WITHOUT_INDEXES=1 measures without migration 018's indexes, to show what they buy.
if (process.env.AUDIT_WITHOUT_INDEXES) {
	for (const index of ['org_assessment', 'org_entity', 'org_user', 'org_at']) {
		db.exec(`DROP INDEX audit_log_${index}`);
	}
	db.exec('DROP INDEX audit_log_deleted_assessments');
}
const t0 = 1_700_000_000;

db.transaction(() => {
	const user = db.prepare(
		'INSERT INTO users (id, email, password_hash, created_at) VALUES ($id, $email, $hash, $at)'
	);
	for (let u = 0; u < 5; u++)
		user.run({ id: `user-${u}`, email: `user${u}@example.nl`, hash: 'x', at: t0 });
	for (const org of ['org-big', 'org-other']) {
		db.prepare(
			"INSERT INTO organisations (id, name, kvk, fulltime_hours, created_at) VALUES ($org, $org, '12345678', 40, $at)"
		).run({ org, at: t0 });
	}
	const insert = db.prepare(
		`INSERT INTO audit_log (organisation_id, at, user_id, user_email, entity, entity_id, action, changes)
		 VALUES ($org, $at, $userId, $email, $entity, $entityId, $action, $changes)`
	);
	// Mostly line edits, as in practice; assessment rows (steps saved, finalised) are rarer.
	const kinds = [
		...Array<'line'>(14).fill('line'),
		'purchase',
		'purchase',
		'criterion',
		'evidence',
		'evidence',
		'assessment'
	] as const;
	// 38 of the 40 assessments still exist; 2 were deleted (their names come from the trail).
	const assessment = db.prepare(
		`INSERT INTO assessments (id, organisation_id, name, period_start, period_end, ruleset_id, created_at, updated_at)
		 VALUES ($id, 'org-big', $name, '2025-01-01', '2025-12-31', '2.1', $at, $at)`
	);
	for (let a = 2; a < 40; a++) assessment.run({ id: `assess-${a}`, name: `Peiljaar ${a}`, at: t0 });
	for (const org of ['org-big', 'org-other']) {
		for (let i = 0; i < rows; i++) {
			const entity = kinds[i % kinds.length]!;
			const assessment = `assess-${i % 40}`;
			const entityId = entity === 'assessment' ? assessment : `${assessment}/row-${i % 500}`;
			const changes =
				entity === 'assessment'
					? JSON.stringify({ name: [`Peiljaar ${i % 40}`, `Peiljaar ${i % 40}b`] })
					: JSON.stringify({ hours_per_week: [20, 24], start_date: ['2025-01-01', '2025-02-01'] });
			const u = i % 5;
			const action =
				i % 3 === 0 ? 'create' : i === rows - 1 || i === rows - 2 ? 'delete' : 'update';
			insert.run({
				org,
				at: t0 + i * 600,
				userId: `user-${u}`,
				email: `user${u}@example.nl`,
				entity,
				entityId,
				action,
				changes
			});
		}
	}
})();
db.exec('ANALYZE');

const median = (f: () => void) => {
	const times: number[] = [];
	for (let i = 0; i < 15; i++) {
		const s = performance.now();
		f();
		times.push(performance.now() - s);
	}
	return times.sort((a, b) => a - b)[7]!;
};
const states: [string, Partial<AuditTrailFilter>, number][] = [
	['no filter, page 1', {}, 1],
	['no filter, page 1000', {}, 1000],
	['kind = purchase', { entity: 'purchase' }, 1],
	['one assessment', { assessmentId: 'assess-7' }, 1],
	['one person', { userId: 'user-3' }, 1],
	['one month', { fromAt: t0 + 30 * 86400 * 12, untilAt: t0 + 30 * 86400 * 13 }, 1],
	[
		'all four filters',
		{
			entity: 'line',
			assessmentId: 'assess-7',
			userId: 'user-2',
			fromAt: t0,
			untilAt: t0 + 400 * 86400
		},
		1
	]
];
for (const [name, f, page] of states) {
	const filter = { ...noAuditFilter, ...f };
	const ms = median(() => listAuditTrail(db, 'org-big', filter, { page, perPage: 50 }));
	console.log(`${name.padEnd(24)} ${ms.toFixed(1)} ms`);
}
console.log(
	`${'filter options'.padEnd(24)} ${median(() => listAuditFilterOptions(db, 'org-big')).toFixed(1)} ms`
);
if (process.env.KEEP) {
	console.log(file);
	process.exit(0);
}
db.close();
for (const s of ['', '-wal', '-shm']) rmSync(file + s, { force: true });
