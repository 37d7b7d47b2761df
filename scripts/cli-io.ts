// What `npm run score` and `npm run tender` share: how a file is read, how a usage mistake or an
// unreadable file becomes one line on stderr with exit 2 (never a stack trace), and the two
// output options both accept.
import type { Lang } from '../src/lib/pso/lang';

export interface CliIo {
	/** Reads a UTF-8 file; `-` means standard input. Throws like fs.readFileSync. */
	readFile(path: string): string;
}

export interface CliOutcome {
	exitCode: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

export class UsageError extends Error {}

export interface OutputOptions {
	format: 'json' | 'text';
	lang: Lang;
}

/** Applies `--format` or `--lang`; false for any other flag. */
export function applyOutputOption(options: OutputOptions, flag: string, value: string): boolean {
	if (flag === '--format') {
		if (value !== 'json' && value !== 'text') {
			throw new UsageError(`--format must be json or text, not "${value}".`);
		}
		options.format = value;
		return true;
	}
	if (flag === '--lang') {
		if (value !== 'nl' && value !== 'en') {
			throw new UsageError(`--lang must be nl or en, not "${value}".`);
		}
		options.lang = value;
		return true;
	}
	return false;
}

export function readProblem(path: string, error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	const reason =
		code === 'ENOENT'
			? 'the file does not exist'
			: code === 'EISDIR'
				? 'it is a directory'
				: code === 'EACCES'
					? 'permission denied'
					: error instanceof Error
						? error.message
						: String(error);
	return `Cannot read ${path === '-' ? 'standard input' : path}: ${reason}.`;
}

export function fail(message: string): CliOutcome {
	return { exitCode: 2, stdout: '', stderr: `${message}\n` };
}
