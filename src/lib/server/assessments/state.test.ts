import { describe, expect, it } from 'vitest';
import { AssessmentLockedError, assertCan, canPerform, type AssessmentAction } from './state';

const table: [AssessmentAction, boolean, boolean][] = [
	// action, allowed on a draft, allowed on a final assessment
	['view', true, true],
	['export', true, true],
	['edit', true, false],
	['finalise', true, false],
	['delete', true, false],
	['new-version', false, true]
];

describe('draft and final state rules', () => {
	it.each(table)('%s: draft %s, final %s', (action, draft, final) => {
		expect(canPerform('draft', action)).toBe(draft);
		expect(canPerform('final', action)).toBe(final);
	});

	it('refuses an edit of a final assessment with a typed error', () => {
		expect(() => assertCan('final', 'edit')).toThrow(AssessmentLockedError);
		expect(() => assertCan('draft', 'edit')).not.toThrow();
	});
});
