import { z } from 'zod';

// Messages are codes; the server turns them into text in the visitor's language.
const email = z
	.string()
	.trim()
	.min(1, 'email_required')
	.max(254, 'email_invalid')
	.pipe(z.email('email_invalid'));

const newPassword = z.string().min(10, 'password_too_short').max(256, 'password_too_long');

export const signupSchema = z.object({ email, password: newPassword });

export const loginSchema = z.object({
	email,
	password: z.string().min(1, 'password_required').max(256, 'password_too_long')
});

export const changePasswordSchema = z.object({
	currentPassword: z.string().min(1, 'password_required').max(256, 'password_too_long'),
	newPassword
});
