import { z } from 'zod';
import { emailField, signupSchema } from './account';

// Asking for a reset link takes an address as every form reads it; the new password follows the
// sign-up rules exactly (one definition, in account.ts).
export const forgotPasswordSchema = z.object({ email: emailField() });

export const resetPasswordSchema = z.object({ password: signupSchema.shape.password });
