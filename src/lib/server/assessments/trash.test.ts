import { assessment, line, purchaseForFte } from '$lib/pso/test-support/assessment-builder';
import { beforeEach, describe, expect, it } from 'vitest';
import { asActor } from '../audit';
import { openTestDatabase, type Db } from '../db';
import { seedAssessment, seedOrganisation, seedUser } from '../test-support/seed';
import { addLine, getLine, listLines } from './lines';
import { listPurchases } from './purchases';
import { finaliseAssessment, getAssessment } from './records';
import { scoreStoredAssessment } from './scoring';
import { restoreFromTrash, trashLine, trashPurchase, UNDO_WINDOW_SECONDS } from './trash';

const now = 1_767_225_600;
let db: Db;
let userId: string;
let orgId: string;
let id: string;
let seeded: number;

const detailed = line({
	id: 'mw-12',
	position: 'wsw',
	indicationUntil: '2026-06-30',
	hoursPerWeek: 32.5,
	end: '2027-01-31',
	durable: true
});

beforeEach(() => {
	db = openTestDatabase();
	userId = seedUser(db, 'owner@example.nl', now);
	orgId = seedOrganisation(db, userId, 'Prullenbak BV', now);
	id = seedAssessment(
		db,
		orgId,
		userId,
		assessment({
			targetGroup: [line({ id: 'mw-1' }), detailed, line({ id: 'mw-13' })],
			purchases: [purchaseForFte(1), { ...purchaseForFte(2), supplier: 'SW Noord' }]
		}),
		{ now }
	);
	seeded = (db.prepare('SELECT max(id) AS n FROM audit_log').get() as { n: number }).n;
});

const load = () => getAssessment(db, orgId, id)!;
/** Audit rows written after seeding. */
const audit = () =>
	db
		.prepare(
			`SELECT entity, action, entity_id FROM audit_log
			 WHERE entity IN ('line', 'purchase') AND id > $seeded`
		)
		.all({ seeded }) as { entity: string; action: string; entity_id: string }[];

describe('undo of a deleted line', () => {
	it('puts it back exactly: same kenmerk, fields and place in the list, with audit rows', () => {
		const before = listLines(db, load());
		const token = asActor(db, userId, () => trashLine(db, load(), 'mw-12', userId, now))!;
		expect(getLine(db, load(), 'mw-12')).toBeNull();
		const restored = asActor(db, userId, () =>
			restoreFromTrash(db, load(), 'line', token, now + 60)
		);
		expect(restored).toEqual({ ok: true, kind: 'line', lineId: 'mw-12' });
		expect(listLines(db, load())).toEqual(before);
		expect(audit().map((r) => [r.action, r.entity_id])).toEqual([
			['delete', `${id}/mw-12`],
			['create', `${id}/mw-12`]
		]);
		// Used up: a second undo does nothing.
		expect(restoreFromTrash(db, load(), 'line', token, now + 61)).toEqual({
			ok: false,
			reason: 'gone'
		});
	});

	it.each([
		[
			'after 15 minutes',
			(token: string) => restoreFromTrash(db, load(), 'line', token, now + UNDO_WINDOW_SECONDS + 1)
		],
		[
			'from another assessment',
			(token: string) => {
				const other = seedAssessment(db, orgId, userId, assessment(), { now });
				return restoreFromTrash(db, getAssessment(db, orgId, other)!, 'line', token, now);
			}
		],
		['with a made-up token', () => restoreFromTrash(db, load(), 'line', 'no-such-token', now)],
		['as a purchase', (token: string) => restoreFromTrash(db, load(), 'purchase', token, now)]
	])('is refused %s', (_, attempt) => {
		const token = trashLine(db, load(), 'mw-12', userId, now)!;
		expect(attempt(token)).toEqual({ ok: false, reason: 'gone' });
		expect(getLine(db, load(), 'mw-12')).toBeNull();
	});

	it('is refused while the kenmerk is in use again, and works once it is free', () => {
		const token = trashLine(db, load(), 'mw-12', userId, now)!;
		addLine(db, load(), line({ id: 'mw-12', hoursPerWeek: 8 }));
		expect(restoreFromTrash(db, load(), 'line', token, now)).toEqual({
			ok: false,
			reason: 'id-taken',
			lineId: 'mw-12'
		});
		expect(getLine(db, load(), 'mw-12')?.line.hoursPerWeek).toBe(8);
	});

	it('cannot restore into an assessment that has been finalised since', () => {
		const token = trashLine(db, load(), 'mw-12', userId, now)!;
		const a = load();
		const scored = scoreStoredAssessment(db, a, 'Prullenbak BV');
		if (!scored.ok) throw new Error('does not score');
		finaliseAssessment(db, a, scored.input, scored.result, userId, now);
		expect(() => restoreFromTrash(db, load(), 'line', token, now)).toThrow();
		expect(getLine(db, load(), 'mw-12')).toBeNull();
	});

	it('answers null for a line that does not exist, and keeps nothing', () => {
		expect(trashLine(db, load(), 'mw-404', userId, now)).toBeNull();
		expect(db.prepare('SELECT count(*) AS n FROM deleted_rows').get()).toEqual({ n: 0 });
	});

	it('forgets expired deletions on the next delete', () => {
		trashLine(db, load(), 'mw-1', userId, now);
		trashLine(db, load(), 'mw-13', userId, now + UNDO_WINDOW_SECONDS + 1);
		expect(db.prepare('SELECT row_key FROM deleted_rows').pluck().all()).toEqual(['mw-13']);
	});
});

describe('undo of a deleted purchase', () => {
	it('puts it back with the same id, fields and place', () => {
		const before = listPurchases(db, load());
		const trashed = asActor(db, userId, () =>
			trashPurchase(db, load(), before[0]!.rowId, userId, now)
		)!;
		expect(trashed.supplier).toBe('Leverancier BV');
		expect(listPurchases(db, load()).map((p) => p.supplier)).toEqual(['SW Noord']);
		expect(restoreFromTrash(db, load(), 'purchase', trashed.token, now)).toEqual({
			ok: true,
			kind: 'purchase',
			supplier: 'Leverancier BV'
		});
		expect(listPurchases(db, load())).toEqual(before);
		expect(audit().map((r) => [r.entity, r.action])).toEqual([
			['purchase', 'delete'],
			['purchase', 'create']
		]);
	});
});
