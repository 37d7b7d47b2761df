// The example assessments of tests/fixtures/assessments, imported as data (no file access
// in src/lib/pso). The CLI tests read the same files from disk.
import contractExample from '../../../../tests/fixtures/assessments/contract-example.json';
import t1 from '../../../../tests/fixtures/assessments/t1.json';
import t10 from '../../../../tests/fixtures/assessments/t10.json';
import t11 from '../../../../tests/fixtures/assessments/t11.json';
import t12 from '../../../../tests/fixtures/assessments/t12.json';
import t2 from '../../../../tests/fixtures/assessments/t2.json';
import t3 from '../../../../tests/fixtures/assessments/t3.json';
import t4 from '../../../../tests/fixtures/assessments/t4.json';
import t5 from '../../../../tests/fixtures/assessments/t5.json';
import t6 from '../../../../tests/fixtures/assessments/t6.json';
import t7 from '../../../../tests/fixtures/assessments/t7.json';
import t8 from '../../../../tests/fixtures/assessments/t8.json';
import t9 from '../../../../tests/fixtures/assessments/t9.json';
import t9Lks from '../../../../tests/fixtures/assessments/t9-lks.json';
import { parseAssessment, type AssessmentInput } from '../assessment-schema';

const files: Record<string, unknown> = {
	'contract-example': contractExample,
	t1,
	t2,
	t3,
	t4,
	t5,
	t6,
	t7,
	t8,
	t9,
	't9-lks': t9Lks,
	t10,
	t11,
	t12
};

export function fixture(name: string): AssessmentInput {
	const parsed = parseAssessment(files[name]);
	if (!parsed.ok) throw new Error(`fixture ${name}: ${JSON.stringify(parsed.issues)}`);
	return parsed.value;
}
