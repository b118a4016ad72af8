import { Events, type Client, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { toLocale } from '../core/locale.js';
import type { Router, RouterDeps } from '../app/router.js';
import { t } from '../i18n/index.js';
import { autocompleteRequestOf, commandRequestOf, componentRequestOf, modalRequestOf } from './requests.js';
import { sendFailure, sendReply } from './respond.js';

/** Routes every interaction the client receives through the shared handlers, and logs what the client reports. */
export function attachHandlers(client: Client, router: Router<RouterDeps>, log: Logger): void {
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(interaction, router, log);
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'),
  );
}

/** The error boundary: whatever happens, log it with context and never let it escape. */
export async function handleInteraction(interaction: Interaction, router: Router<RouterDeps>, log: Logger): Promise<void> {
  const where = {
    interaction: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId.slice(0, 100) : undefined,
    guild: interaction.guildId,
    channel: interaction.channelId,
    user: interaction.user.id,
  };
  try {
    if (interaction.isChatInputCommand()) {
      // Commands that wait on Discord themselves acknowledge first, within the 3-second window.
      const defer = router.find(interaction.commandName)?.defer;
      if (defer) await interaction.deferReply(defer === 'ephemeral' ? { flags: 64 } : {});
      await sendReply(interaction, await router.command(commandRequestOf(interaction)));
    } else if (interaction.isAutocomplete()) {
      await interaction.respond(router.autocomplete(autocompleteRequestOf(interaction)));
    } else if (interaction.isMessageComponent()) {
      const request = componentRequestOf(interaction);
      if (!request) return log.debug(where, 'ignored a component of a kind the bot does not use');
      await sendReply(interaction, await router.component(request));
    } else if (interaction.isModalSubmit()) {
      await sendReply(interaction, await router.modal(modalRequestOf(interaction)));
    } else {
      log.debug(where, 'ignored an interaction of a kind the bot does not handle');
    }
  } catch (error) {
    log.error({ ...where, err: error }, 'interaction failed');
    if (!interaction.isChatInputCommand() && !interaction.isMessageComponent() && !interaction.isModalSubmit()) return;
    try {
      await sendFailure(interaction, `⚠️ ${t(toLocale(interaction.locale), 'error.generic')}`);
    } catch (second) {
      log.warn({ ...where, err: second }, 'could not tell the member about the failure');
    }
  }
}
