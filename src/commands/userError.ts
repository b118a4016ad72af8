import type { MessageKey, Vars } from '../i18n/index.js';

/**
 * A problem with what the member asked for (unknown topic, stale button…).
 * It carries a message key, not text: the router turns it into a localized ephemeral reply.
 */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly vars: Vars = {},
  ) {
    super(key);
    this.name = 'UserError';
  }
}
