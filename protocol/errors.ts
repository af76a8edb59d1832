/**
 * The base of every typed error in Vakt. `code` is stable (tests, the CLI's exit codes and
 * `--json` output depend on it); `message` says what went wrong and where; `hint` says how to fix it.
 */
export class VaktError extends Error {
  readonly code: string;
  readonly hint: string | undefined;

  constructor(code: string, message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.hint = hint;
  }

  toJSON(): { code: string; message: string; hint?: string } {
    return this.hint === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, hint: this.hint };
  }
}
