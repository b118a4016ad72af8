/** An error response in Discord's shape: `{ code, message, errors? }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get body(): Record<string, unknown> {
    return { message: this.message, code: this.code, ...(this.errors ? { errors: this.errors } : {}) };
  }
}

export const unknownChannel = (): ApiError => new ApiError(404, 10003, 'Unknown Channel');
export const unknownMessage = (): ApiError => new ApiError(404, 10008, 'Unknown Message');
export const unknownWebhook = (): ApiError => new ApiError(404, 10015, 'Unknown Webhook');
export const unknownInteraction = (): ApiError => new ApiError(404, 10062, 'Unknown interaction');
export const unknownGuild = (): ApiError => new ApiError(404, 10004, 'Unknown Guild');
export const unknownUser = (): ApiError => new ApiError(404, 10013, 'Unknown User');
export const unknownCommand = (): ApiError => new ApiError(404, 10063, 'Unknown application command');
export const alreadyAcknowledged = (): ApiError => new ApiError(400, 40060, 'Interaction has already been acknowledged.');
export const missingPermissions = (): ApiError => new ApiError(403, 50013, 'Missing Permissions');
export const cannotMessageUser = (): ApiError => new ApiError(403, 50007, 'Cannot send messages to this user');
export const missingAccess = (): ApiError => new ApiError(403, 50001, 'Missing Access');
export const invalidWebhookToken = (): ApiError => new ApiError(401, 50027, 'Invalid Webhook Token');
export const unauthorized = (): ApiError => new ApiError(401, 0, '401: Unauthorized');
export const notFound = (): ApiError => new ApiError(404, 0, '404: Not Found');
export const emptyMessage = (): ApiError => new ApiError(400, 50006, 'Cannot send an empty message');
export const tooLarge = (): ApiError => new ApiError(413, 40005, 'Request entity too large');

/** Collects Discord-style `Invalid Form Body` errors: `errors.<path>._errors[]`. */
export class FormErrors {
  private readonly root: Record<string, unknown> = {};
  private count = 0;

  add(path: readonly (string | number)[], code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      const k = String(key);
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    const list = (node._errors ??= []) as { code: string; message: string }[];
    list.push({ code, message });
    this.count += 1;
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** Throws `400 {code: 50035, message: 'Invalid Form Body', errors}` if anything was added. */
  throwIfAny(): void {
    if (this.count > 0) throw new ApiError(400, 50035, 'Invalid Form Body', this.root);
  }
}
