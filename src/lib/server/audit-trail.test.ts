import { beforeEach, describe, expect, it } from 'vitest';
import { describeAuditEntry } from '$lib/i18n/audit-text';
import { addLine, importLines, updateLine } from './assessments/lines';
import { addPurchases } from './assessments/purchases';
import * as assessments from './assessments/records';
import { asActor } from './audit';
import { listAuditFilterOptions, listAuditTrail, noAuditFilter } from './audit-trail';
import { openTestDatabase, type Db } from './db';
import { claimInvitations, inviteByEmail } from './memberships';
import { createOrganisation } from './organisations';
import { createUser } from './users';

// The audit trail as the page reads it, on the real migrations and the real writers.

const t0 = 1_750_000_000;
let db: Db;
let ann: string;
let bob: string;
let orgId: string;

const org = (name: string, by: string) =>
	asActor(db, by, () =>
		createOrganisation(db, by, { name, kvk: '12345678', sector: null, fulltimeHours: 40 }, t0)
	).id;

function draft(organisationId: string, name: string, by = ann) {
	return asActor(db, by, () => {
		const id = assessments.createAssessment(
			db,
			organisationId,
			by,
			{
				name,
				periodStart: '2025-01-01',
				periodEnd: '2025-12-31',
				rulesetId: '2.1',
				fulltimeHours: 40
			},
			t0
		);
		return assessments.getAssessment(db, organisationId, id)!;
	});
}

const line = (id: string, hoursPerWeek = 40) => ({
	id,
	position: 'wajong' as const,
	contract: 'regular' as const,
	hoursPerWeek,
	start: '2024-03-01',
	end: null
});

const page = (filter = {}, paging = { page: 1, perPage: 50 }) =>
	listAuditTrail(db, orgId, { ...noAuditFilter, ...filter }, paging);
const sentences = (filter = {}) =>
	page(filter).entries.map((e) => describeAuditEntry(e, 'nl').sentence);

beforeEach(() => {
	db = openTestDatabase();
	ann = createUser(db, 'ann@example.nl', 'hash', t0)!.id;
	bob = createUser(db, 'bob@example.nl', 'hash', t0)!.id;
	orgId = org('Groen BV', ann);
	asActor(db, ann, () => inviteByEmail(db, orgId, 'bob@example.nl', 'editor', ann, t0));
	asActor(db, bob, () => claimInvitations(db, bob, 'bob@example.nl', t0));
});

describe('audit trail for people', () => {
	it('names the assessment, the line, the supplier and the member instead of ids', () => {
		const a = draft(orgId, 'Peiljaar 2025');
		asActor(db, ann, () => addLine(db, a, line('mw-12', 20)));
		asActor(db, ann, () => updateLine(db, a, 'mw-12', line('mw-12', 24)));
		db.prepare("UPDATE assessment_lines SET hours_per_week = 32 WHERE line_id = 'mw-12'").run();
		asActor(db, bob, () =>
			addPurchases(db, a, [
				{
					supplier: 'Groenwerk',
					kind: 'sw-company',
					amount: 1000,
					supplierTurnover: 2,
					supplierFte: 3,
					supplierDirectPct: 4
				}
			])
		);
		const all = sentences();
		expect(all[0]).toMatch(
			/^Inkoop bij Groenwerk toegevoegd aan Peiljaar 2025: Leverancier: Groenwerk/
		);
		expect(all[1]).toBe('Regel mw-12 gewijzigd in Peiljaar 2025: Uren per week 24 → 32');
		expect(all).toContain('Toegang gegeven aan bob@example.nl: Rol: Bewerker');
		expect(all.join('\n')).not.toContain(a.id);
	});

	it('shows saving a line (a delete and an insert) as one change, also across a page boundary', () => {
		const a = draft(orgId, 'Peiljaar 2025');
		asActor(db, ann, () => addLine(db, a, line('mw-12', 20)));
		asActor(db, ann, () => updateLine(db, a, 'mw-12', line('mw-12', 24)));
		asActor(db, ann, () => addLine(db, a, line('mw-13')));
		const whole = sentences();
		expect(whole.slice(0, 3)).toEqual([
			expect.stringMatching(/^Regel mw-13 toegevoegd/),
			'Regel mw-12 gewijzigd in Peiljaar 2025: Uren per week 20 → 24',
			expect.stringMatching(/^Regel mw-12 toegevoegd/)
		]);
		for (const perPage of [1, 2, 3]) {
			const paged = Array.from({ length: page({}, { page: 1, perPage }).pages }, (_, i) =>
				page({}, { page: i + 1, perPage }).entries.map((e) => describeAuditEntry(e, 'nl').sentence)
			).flat();
			expect(paged).toEqual(whole);
		}
	});

	it('still names a deleted draft, marked as deleted, and offers it in the filter', () => {
		const a = draft(orgId, 'Scenario B');
		asActor(db, ann, () => addLine(db, a, line('mw-1')));
		asActor(db, ann, () => assessments.deleteDraft(db, a));
		expect(sentences({ entity: 'line' })[0]).toBe(
			'Regel mw-1 toegevoegd aan Scenario B (verwijderd): Kenmerk: mw-1; Uitgangspositie: Wajong; Contractvorm: Regulier contract; Uren per week: 40; Begindatum: 01-03-2024'
		);
		expect(listAuditFilterOptions(db, orgId).assessments).toContainEqual({
			id: a.id,
			name: 'Scenario B',
			deleted: true
		});
		// Created, its four criteria, the line, deleted: all still under its name.
		expect(page({ assessmentId: a.id }).total).toBe(7);
	});

	it('marks a finalisation and an import', () => {
		const a = draft(orgId, 'Peiljaar 2024');
		asActor(db, ann, () => importLines(db, a, [line('a'), line('b')], 'append'));
		const imported = page({ assessmentId: a.id }).entries[0]!;
		expect(describeAuditEntry(imported, 'nl')).toMatchObject({
			marker: 'import',
			sentence: 'Doelgroepregels geïmporteerd in Peiljaar 2024: Aantal doelgroepregels 0 → 2'
		});
		asActor(db, ann, () =>
			assessments.finaliseAssessment(
				db,
				assessments.getAssessment(db, orgId, a.id)!,
				{},
				{ rung: 'none' } as never,
				ann,
				t0
			)
		);
		expect(describeAuditEntry(page().entries[0]!, 'nl')).toMatchObject({
			marker: 'finalised',
			sentence: 'Beoordeling Peiljaar 2024 definitief gemaakt'
		});
	});

	it('filters by assessment, person, kind and date, each on its own and together', () => {
		const a = draft(orgId, 'A');
		const b = draft(orgId, 'B', bob);
		asActor(db, ann, () => addLine(db, a, line('a-1')));
		asActor(db, bob, () => addLine(db, b, line('b-1')));
		asActor(db, bob, () => addLine(db, a, line('a-2')));
		const subjects = (filter: object) =>
			page({ entity: 'line', ...filter }).entries.map((e) => e.subject);
		expect(subjects({ assessmentId: a.id })).toEqual(['a-2', 'a-1']);
		expect(subjects({ userId: bob })).toEqual(['a-2', 'b-1']);
		expect(subjects({ userId: bob, assessmentId: a.id })).toEqual(['a-2']);
		expect(page({ assessmentId: a.id }).entries.every((e) => e.assessment?.id === a.id)).toBe(true);
		expect(page({ entity: 'access' }).entries.map((e) => e.subject)).toEqual([
			'bob@example.nl',
			'ann@example.nl'
		]);
		const now = Math.floor(Date.now() / 1000);
		expect(page({ fromAt: now - 3600 }).total).toBe(page().total);
		expect(page({ untilAt: now - 3600 }).total).toBe(0);
		expect(page({ fromAt: now + 3600 }).total).toBe(0);
		expect(listAuditFilterOptions(db, orgId).people.map((p) => p.email)).toEqual([
			'ann@example.nl',
			'bob@example.nl'
		]);
	});

	it("never shows another organisation's rows or names", () => {
		const otherOrg = org('Ander BV', bob);
		const theirs = draft(otherOrg, 'Geheim plan', bob);
		asActor(db, bob, () => addLine(db, theirs, line('x-1')));
		expect(page({ assessmentId: theirs.id }).total).toBe(0);
		expect(sentences().join('\n')).not.toMatch(/Geheim|x-1|Ander BV/);
		expect(listAuditFilterOptions(db, orgId).assessments.map((x) => x.name)).not.toContain(
			'Geheim plan'
		);
	});

	it('pages on the server, newest first; a page past the end shows the last page', () => {
		const a = draft(orgId, 'Groot');
		asActor(db, ann, () => {
			for (let i = 0; i < 120; i++) addLine(db, a, line(`r-${String(i).padStart(3, '0')}`));
		});
		const total = page().total;
		expect(total).toBeGreaterThan(120);
		const first = page({}, { page: 1, perPage: 50 });
		expect(first).toMatchObject({ page: 1, pages: Math.ceil(total / 50) });
		expect(first.entries.map((e) => e.subject).slice(0, 2)).toEqual(['r-119', 'r-118']);
		const second = page({}, { page: 2, perPage: 50 });
		expect(second.entries[0]!.subject).toBe('r-069');
		const beyond = page({}, { page: 99, perPage: 50 });
		expect(beyond.page).toBe(first.pages);
		expect(beyond.entries).toHaveLength(total - (first.pages - 1) * 50);
	});
});
