/** A mistake in how the CLI was called (missing path, empty file, unknown command): one
 *  line on stderr and exit code 1, never a stack trace. */
export class UserError extends Error {}
