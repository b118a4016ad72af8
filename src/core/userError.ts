/**
 * A problem with what the member asked for (unknown topic, stale button…). It carries a message
 * key, not text: the router turns it into a localized ephemeral reply. Features create it with
 * i18n's typed `userError(key, vars)`, so a key and its placeholders are checked when compiled.
 */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly vars: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}
