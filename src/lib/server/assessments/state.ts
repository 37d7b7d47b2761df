/** Draft/final rules: what may happen to an assessment in each state. */
export type AssessmentStatus = 'draft' | 'final';
export type AssessmentAction = 'edit' | 'finalise' | 'delete' | 'new-version' | 'view' | 'export';

const allowedActions: Record<AssessmentStatus, readonly AssessmentAction[]> = {
	// A draft is a scenario: edit it, throw it away, or finalise it.
	draft: ['view', 'export', 'edit', 'finalise', 'delete'],
	// A final assessment is a record: it is only read, or copied into a new draft.
	final: ['view', 'export', 'new-version']
};

export function canPerform(status: AssessmentStatus, action: AssessmentAction): boolean {
	return allowedActions[status].includes(action);
}

export class AssessmentLockedError extends Error {
	constructor() {
		super('assessment is final');
		this.name = 'AssessmentLockedError';
	}
}

export function assertCan(status: AssessmentStatus, action: AssessmentAction): void {
	if (!canPerform(status, action)) throw new AssessmentLockedError();
}
