// Seeding for server tests and the benchmark: real modules, real migrations, no mocks.
import type { AssessmentInput } from '$lib/pso/assessment-schema';
import { importAssessmentDocument } from '../assessments/import';
import { scoreStoredAssessment } from '../assessments/scoring';
import * as assessments from '../assessments/records';
import type { Db } from '../db';
import * as organisations from '../organisations';
import * as users from '../users';

export function seedUser(db: Db, email: string, now: number, isAdmin = false): string {
	const user = users.createUser(db, email, 'not-a-real-hash', now);
	if (!user) throw new Error(`could not create ${email}`);
	if (isAdmin) db.prepare('UPDATE users SET is_admin = 1 WHERE id = $id').run({ id: user.id });
	return user.id;
}

export function seedOrganisation(db: Db, ownerId: string, name: string, now: number): string {
	return organisations.createOrganisation(
		db,
		ownerId,
		{ name, kvk: '12345678', sector: null, fulltimeHours: 40 },
		now
	).id;
}

/** Imports `doc` as a draft and, when asked, finalises it with its own score. */
export function seedAssessment(
	db: Db,
	organisationId: string,
	userId: string,
	doc: AssessmentInput,
	options: { final?: boolean; name?: string; now: number }
): string {
	const id = importAssessmentDocument(
		db,
		organisationId,
		userId,
		doc,
		options.name ?? 'Seeded',
		options.now
	);
	if (options.final) {
		const assessment = assessments.getAssessment(db, organisationId, id)!;
		const scored = scoreStoredAssessment(db, assessment, 'Seeded');
		if (!scored.ok) throw new Error(`seeded assessment does not score: ${scored.issues[0]?.path}`);
		assessments.finaliseAssessment(
			db,
			assessment,
			scored.input,
			scored.result,
			userId,
			options.now
		);
	}
	return id;
}
