// npm run reminders [-- --dry-run] [--today YYYY-MM-DD]: the daily reminder run, for system cron
// (the app runs the same at REMINDER_HOUR). Logic: src/lib/server/reminders/cli.ts.
import { defaultDatabasePath, openDatabase } from '../src/lib/server/db';
import { runReminderCli } from '../src/lib/server/reminders/cli';

const db = openDatabase(process.env.DATABASE_PATH || defaultDatabasePath);
try {
	process.exitCode = await runReminderCli(process.argv.slice(2), {
		db,
		write: (line) => console.log(line)
	});
} catch (err) {
	console.error(`reminders: ${err instanceof Error ? err.message : String(err)}`);
	process.exitCode = 1;
} finally {
	db.close();
}
