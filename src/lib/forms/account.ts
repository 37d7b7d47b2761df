import { z } from 'zod';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './form-limits';

// Messages are codes; field-errors.ts turns them into text in the visitor's language.

/** An e-mail address as every form reads it (sign-up, login, invitation). */
export const emailField = () =>
	z
		.string()
		.trim()
		.min(1, 'email_required')
		.max(MAX_EMAIL_LENGTH, 'email_invalid')
		.pipe(z.email('email_invalid'));

const email = emailField();

const newPassword = z
	.string()
	.min(MIN_PASSWORD_LENGTH, 'password_too_short')
	.max(MAX_PASSWORD_LENGTH, 'password_too_long');

const currentPassword = z
	.string()
	.min(1, 'password_required')
	.max(MAX_PASSWORD_LENGTH, 'password_too_long');

export const signupSchema = z.object({ email, password: newPassword });

export const loginSchema = z.object({ email, password: currentPassword });

export const changePasswordSchema = z.object({ currentPassword, newPassword });
