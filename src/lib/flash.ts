import { z } from 'zod';

/** The confirmation a page shows once after a save (see $lib/server/flash.ts for how it travels). */
export const maxFlashText = 300;

export const flashSchema = z.object({
	text: z.string().max(maxFlashText),
	/** The page the message belongs to: a later, unrelated page never shows it. */
	path: z.string().max(2000),
	/** An undo offered beside the message: a form that posts these fields to this action. */
	undo: z
		.object({
			action: z.string().max(2000),
			label: z.string().max(100),
			fields: z.record(z.string().max(100), z.string().max(500))
		})
		.optional()
});

export type Flash = z.infer<typeof flashSchema>;
