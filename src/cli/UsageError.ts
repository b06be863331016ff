/**
 * A mistake on the command line (unknown option, bad value, unreadable file):
 * the tool prints the message with a pointer to `--help` and exits with code 2.
 *
 * @internal
 */
export class UsageError extends Error {
  /** Always `"UsageError"`. */
  override readonly name = "UsageError";
  /** The command whose `--help` the message points to, if any. */
  readonly command: string | undefined;

  /**
   * @param message - What is wrong, as a fragment (`--budget: expected a positive number, received "abc"`).
   * @param command - The command the mistake belongs to.
   */
  constructor(message: string, command?: string | undefined) {
    super(message);
    this.command = command;
  }
}
