import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  SlashCommandBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { InteractionResponseType } from 'discord-api-types/v10';
import { inflateSync } from 'node:zlib';
import WebSocket from 'ws';
import { DiscordEmulator } from './emulator/emulator.js';

/** A tiny bot exercising every response path the emulator supports. */
async function testBot(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused().toLowerCase();
    const topics = ['algebra', 'biology', 'chemistry', 'calculus'];
    await interaction.respond(topics.filter((t) => t.startsWith(typed)).map((t) => ({ name: t, value: t })));
    return;
  }
  if (interaction.isChatInputCommand()) {
    switch (interaction.commandName) {
      case 'ping': {
        const embed = new EmbedBuilder().setTitle('Pong').setDescription(`topic: ${interaction.options.getString('topic') ?? 'none'}`);
        const row = new ActionRowBuilder<ButtonBuilder>().addComponents(new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary));
        await interaction.reply({ embeds: [embed], components: [row] });
        return;
      }
      case 'slow':
        await interaction.deferReply();
        await new Promise((r) => setTimeout(r, 50));
        await interaction.editReply(`done in ${interaction.locale}`);
        await interaction.followUp({ content: 'and one more thing', flags: MessageFlags.Ephemeral });
        return;
      case 'report':
        await interaction.deferReply({ flags: MessageFlags.Ephemeral });
        await interaction.editReply({ content: 'your report', files: [new AttachmentBuilder(Buffer.from('hello notes'), { name: 'report.txt' })] });
        return;
      case 'menu': {
        const select = new StringSelectMenuBuilder().setCustomId('pick').addOptions({ label: 'One', value: 'one' }, { label: 'Two', value: 'two' });
        await interaction.reply({ content: 'pick one', components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)] });
        return;
      }
      case 'feedback': {
        const input = new TextInputBuilder().setCustomId('text').setLabel('Your feedback').setStyle(TextInputStyle.Paragraph);
        await interaction.showModal(
          new ModalBuilder().setCustomId('feedback-modal').setTitle('Feedback').addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input)),
        );
        return;
      }
      case 'whoami':
        await interaction.reply({ content: `${interaction.user.username} in ${interaction.inGuild() ? 'guild' : 'dm'}`, withResponse: true });
        return;
    }
  }
  if (interaction.isButton() && interaction.customId === 'more') {
    await interaction.update({ content: `updated by ${interaction.user.username}`, embeds: [], components: [] });
    return;
  }
  if (interaction.isStringSelectMenu() && interaction.customId === 'pick') {
    await interaction.deferUpdate();
    await interaction.editReply({ content: `picked ${interaction.values.join(',')}`, components: [] });
    return;
  }
  if (interaction.isModalSubmit()) {
    await interaction.reply({ content: `thanks: ${interaction.fields.getTextInputValue('text')}` });
  }
}

const commands = [
  new SlashCommandBuilder()
    .setName('ping')
    .setDescription('Ping')
    .addStringOption((o) => o.setName('topic').setDescription('Topic')),
  new SlashCommandBuilder().setName('slow').setDescription('Deferred reply'),
  new SlashCommandBuilder().setName('report').setDescription('File reply'),
  new SlashCommandBuilder().setName('menu').setDescription('Select menu'),
  new SlashCommandBuilder().setName('feedback').setDescription('Modal'),
  new SlashCommandBuilder().setName('whoami').setDescription('Who am I'),
  new SlashCommandBuilder()
    .setName('search')
    .setDescription('Search')
    .addStringOption((o) => o.setName('topic').setDescription('Topic').setAutocomplete(true).setRequired(true)),
];

async function startClient(emulator: DiscordEmulator, extra: Partial<ConstructorParameters<typeof Client>[0]> = {}): Promise<Client> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...extra, rest: { api: emulator.apiUrl, ...extra.rest } });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(emulator.token);
  await ready;
  return client;
}

describe('DiscordEmulator + real discord.js client', () => {
  let emulator: DiscordEmulator;
  let client: Client;
  const botErrors: unknown[] = [];

  beforeAll(async () => {
    emulator = await DiscordEmulator.start();
    client = await startClient(emulator);
    client.on(Events.InteractionCreate, (interaction) => void testBot(interaction).catch((error: unknown) => botErrors.push(error)));
  });

  afterAll(async () => {
    await client?.destroy();
    await emulator?.close();
    expect(botErrors).toEqual([]);
  });

  it('logs in and caches the emulated guild', () => {
    const guild = client.guilds.cache.get(emulator.defaultGuild.id);
    expect(guild?.name).toBe('Emulator Guild');
    expect(guild?.channels.cache.get(emulator.defaultChannelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(emulator.botUser.id);
    expect(client.user?.id).toBe(emulator.botUser.id);
    const identify = emulator.gatewayReceived.find((p) => p.op === 2);
    expect(identify?.d).toMatchObject({ token: emulator.token, compress: false, shard: [0, 1] });
  });

  it('registers global commands', async () => {
    if (!client.application) throw new Error('no application');
    await client.application.commands.set(commands.map((c) => c.toJSON()));
    expect(emulator.globalCommands.map((c) => c.name)).toEqual(['ping', 'slow', 'report', 'menu', 'feedback', 'whoami', 'search']);
    expect(emulator.globalCommands.every((c) => /^\d{17,20}$/.test(c.id))).toBe(true);
    const put = emulator.requestsTo('PUT', `/applications/${emulator.applicationId}/commands`);
    expect(put).toHaveLength(1);
    expect(put[0]?.headers.authorization).toBe(`Bot ${emulator.token}`);
  });

  it('rejects invalid command definitions like Discord', async () => {
    if (!client.application) throw new Error('no application');
    await expect(client.application.commands.create({ name: 'Bad Name', description: 'x' })).rejects.toMatchObject({ code: 50035, status: 400 });
  });

  it('replies with an embed and a button, then updates the message on click', async () => {
    const student = emulator.createUser({ username: 'alice', globalName: 'Alice' });
    const handle = emulator.command({ name: 'ping', options: { topic: 'graphs' }, user: student });
    const response = await handle.response();
    expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(response.data).toMatchObject({ embeds: [{ title: 'Pong', description: 'topic: graphs' }] });

    const message = await handle.message();
    expect(message.channel_id).toBe(emulator.defaultChannelId);
    expect(message.author.id).toBe(emulator.botUser.id);
    expect(message.interaction_metadata?.user.id).toBe(student.id);
    expect(emulator.messages(emulator.defaultChannelId).map((m) => m.id)).toContain(message.id);

    const click = emulator.click({ messageId: message.id, customId: 'more' });
    expect((await click.response()).type).toBe(InteractionResponseType.UpdateMessage);
    const updated = await click.message();
    expect(updated.id).toBe(message.id);
    expect(updated.content).toBe('updated by alice');
    expect(updated.components).toEqual([]);
    expect(emulator.message(message.id)?.edited_timestamp).not.toBeNull();
  });

  it('answers a second callback with 40060 and unknown interactions with 10062', async () => {
    const handle = emulator.command({ name: 'whoami' });
    await handle.message();
    const url = `${emulator.apiUrl}/v10/interactions/${handle.id}/${handle.token}/callback`;
    const again = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'x' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
    const unknown = await fetch(`${emulator.apiUrl}/v10/interactions/1/nope/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":4,"data":{"content":"x"}}',
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 10062, message: 'Unknown interaction' });
    // discord.js asked for `with_response=true` here and got the created message back
    expect(handle.callbacks[0]?.withResponse).toBe(true);
  });

  it('sees a deferred reply once it is edited, and its follow-up', async () => {
    const handle = emulator.command({ name: 'slow', locale: 'ko' });
    expect((await handle.response()).type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const message = await handle.message();
    expect(message.content).toBe('done in ko');
    expect((message.flags ?? 0) & MessageFlags.Loading).toBe(0);
    const followUp = await handle.followUp(0);
    expect(followUp.content).toBe('and one more thing');
    expect((followUp.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(handle.followUps).toHaveLength(1);
  });

  it('parses a multipart editReply with a file attachment', async () => {
    const handle = emulator.command({ name: 'report' });
    const message = await handle.message();
    expect(message.content).toBe('your report');
    expect((message.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(message.attachments).toHaveLength(1);
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({ filename: 'report.txt', size: 11 });
    expect(attachment?.url).toMatch(/^https:\/\/cdn\.discordapp\.com\/attachments\//);
    expect(emulator.attachmentData(attachment?.id ?? '')?.toString()).toBe('hello notes');

    const patch = emulator.requestsTo('PATCH', /\/webhooks\/\d+\/[^/]+\/messages\/@original$/).at(-1);
    expect(patch?.body).toMatchObject({ content: 'your report', attachments: [{ id: '0' }] });
    expect(patch?.files).toMatchObject([{ field: 'files[0]', filename: 'report.txt', size: 11 }]);
    expect(patch?.headers.authorization).toBeUndefined();
  });

  it('records autocomplete results as type 8', async () => {
    const handle = emulator.autocomplete({ name: 'search', options: { topic: 'c' }, focused: 'topic' });
    const response = await handle.response();
    expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(response.data).toEqual({
      choices: [
        { name: 'chemistry', value: 'chemistry' },
        { name: 'calculus', value: 'calculus' },
      ],
    });
    await expect(handle.message(200)).rejects.toThrow(/produces no message/);
  });

  it('handles a string select with deferUpdate + editReply', async () => {
    const menu = await emulator.command({ name: 'menu' }).message();
    const pick = emulator.select({ messageId: menu.id, customId: 'pick', values: ['two'] });
    expect((await pick.response()).type).toBe(InteractionResponseType.DeferredMessageUpdate);
    const edited = await pick.message();
    expect(edited.id).toBe(menu.id);
    expect(edited.content).toBe('picked two');
    expect(() => emulator.select({ messageId: menu.id, customId: 'nope', values: ['x'] })).toThrow(/no component/);
  });

  it('shows a modal and receives its submission', async () => {
    const open = emulator.command({ name: 'feedback' });
    expect((await open.response()).type).toBe(InteractionResponseType.Modal);
    const submit = emulator.submitModal({ from: open, fields: { text: 'great course' } });
    expect((await submit.message()).content).toBe('thanks: great course');
  });

  it('supports commands in DMs', async () => {
    const handle = emulator.command({ name: 'whoami', dm: true, user: emulator.createUser({ username: 'bob' }) });
    const message = await handle.message();
    expect(message.content).toBe('bob in dm');
    expect(handle.payload.guild_id).toBeUndefined();
  });

  it('refuses to dispatch unregistered commands or missing options', () => {
    expect(() => emulator.command({ name: 'nope' })).toThrow(/not registered/);
    expect(() => emulator.command({ name: 'ping', options: { unknown: 1 } })).toThrow(/not defined/);
  });

  it('maps denyChannel to 403 Missing Permissions and failNext to a one-off fault', async () => {
    const [, second] = emulator.defaultGuild.channels;
    const channel = (await client.channels.fetch(second?.id ?? '')) as TextChannel;
    emulator.denyChannel(channel.id);
    const denied = await channel.send('hi').catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(DiscordAPIError);
    expect(denied).toMatchObject({ code: 50013, status: 403 });
    emulator.allowChannel(channel.id);

    emulator.failNext({ method: 'POST', path: /\/channels\/\d+\/messages$/ }, 500, { message: 'boom', code: 0 });
    const sent = await channel.send('after a 500');
    expect(emulator.message(sent.id)?.content).toBe('after a 500');
    expect(emulator.requestsTo('POST', `/channels/${channel.id}/messages`).map((r) => r.status)).toEqual([403, 500, 200]);
  });

  it('answers unknown routes and channels with 404s and records them', async () => {
    await expect(client.rest.get('/nope/route')).rejects.toMatchObject({ status: 404, code: 0 });
    await expect(client.channels.fetch('123456789012345678')).rejects.toMatchObject({ status: 404, code: 10003 });
    expect(emulator.requestsTo('GET', '/nope/route')).toHaveLength(1);
  });

  it('resumes after a dropped gateway connection', async () => {
    const before = emulator.gatewaySessions[0]?.id;
    const resumed = new Promise<void>((resolve) => client.once(Events.ShardResume, () => resolve()));
    emulator.dropGatewayConnections(4000);
    await resumed;
    expect(emulator.gatewayReceived.some((p) => p.op === 6)).toBe(true);
    expect(emulator.gatewaySessions[0]?.id).toBe(before);
    expect((await emulator.command({ name: 'whoami' }).message()).content).toMatch(/in guild$/);
  });

  it('rejects a wrong token on REST (401) and on the gateway (4004)', async () => {
    const bad = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: emulator.apiUrl } });
    await expect(bad.login('wrong-token')).rejects.toThrow(/invalid token/i);
    await bad.destroy();
    expect(emulator.requests.some((r) => r.path === '/gateway/bot' && r.status === 401)).toBe(true);

    const ws = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('message', (raw: Buffer) => {
      const payload = JSON.parse(raw.toString()) as { op: number };
      if (payload.op === 10) {
        ws.send(JSON.stringify({ op: 1, d: null }));
      } else if (payload.op === 11) {
        ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
      }
    });
    expect(await closed).toBe(4004);
  });
});

describe('DiscordEmulator raw gateway', () => {
  it('acks heartbeats and sends identify-compressed READY + GUILD_CREATE', async () => {
    const emulator = await DiscordEmulator.start({ heartbeatIntervalMs: 1000 });
    try {
      const ws = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
      const seen: { op: number; t?: string; s?: number; d: Record<string, unknown> }[] = [];
      const done = new Promise<void>((resolve, reject) => {
        ws.on('error', reject);
        ws.on('message', (raw: Buffer, isBinary: boolean) => {
          const payload = JSON.parse((isBinary ? inflateSync(raw) : raw).toString()) as (typeof seen)[number];
          seen.push(payload);
          if (payload.op === 10) ws.send(JSON.stringify({ op: 1, d: null }));
          if (payload.op === 11) ws.send(JSON.stringify({ op: 2, d: { token: emulator.token, intents: 1, compress: true, properties: {}, shard: [0, 1] } }));
          if (payload.t === 'GUILD_CREATE') resolve();
        });
      });
      await done;
      expect(seen.map((p) => p.t ?? p.op)).toEqual([10, 11, 'READY', 'GUILD_CREATE']);
      expect(seen[0]?.d).toMatchObject({ heartbeat_interval: 1000 });
      expect(seen[2]).toMatchObject({
        s: 1,
        d: {
          v: 10,
          user: { id: emulator.botUser.id },
          guilds: [{ id: emulator.defaultGuild.id, unavailable: true }],
          application: { id: emulator.applicationId },
        },
      });
      expect(seen[3]?.d).toMatchObject({ id: emulator.defaultGuild.id, unavailable: false, roles: [{ id: emulator.defaultGuild.id, name: '@everyone' }, {}] });
      ws.close(1000);
    } finally {
      await emulator.close();
    }
  });
});

describe('DiscordEmulator global rate limit', () => {
  it('answers 429s that discord.js retries transparently', async () => {
    const emulator = await DiscordEmulator.start({ globalRateLimit: 50 });
    // discord.js self-limits to 50 req/s; let it go faster so the emulator's limit is what bites.
    const client = await startClient(emulator, { rest: { globalRequestsPerSecond: 1000 } });
    try {
      const channel = (await client.channels.fetch(emulator.defaultChannelId)) as TextChannel;
      const started = Date.now();
      const sent = await Promise.all(Array.from({ length: 60 }, (_, i) => channel.send(`message ${i}`)));
      const elapsed = Date.now() - started;
      expect(sent).toHaveLength(60);
      expect(emulator.messages(channel.id)).toHaveLength(60);
      expect(emulator.rateLimitedCount).toBeGreaterThan(0);
      expect(elapsed).toBeGreaterThanOrEqual(1000);

      const limited = emulator.requests.find((r) => r.status === 429);
      expect(limited?.response).toMatchObject({ global: true, message: 'You are being rate limited.' });
      // the raw 429 as Discord sends it
      let raw: Response | undefined;
      for (let i = 0; i < 60 && raw?.status !== 429; i += 1) {
        raw = await fetch(`${emulator.apiUrl}/v10/users/@me`, { headers: { authorization: `Bot ${emulator.token}` } });
      }
      expect(raw?.status).toBe(429);
      expect(raw?.headers.get('x-ratelimit-global')).toBe('true');
      expect(raw?.headers.get('x-ratelimit-scope')).toBe('global');
      expect(Number(raw?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await raw?.json()).toMatchObject({ global: true, retry_after: expect.any(Number) });
    } finally {
      await client.destroy();
      await emulator.close();
    }
  });
});

describe('DiscordEmulator at scale', () => {
  it('serves 1000 guilds over 2 shards', async () => {
    const emulator = await DiscordEmulator.start({ guildCount: 1000, recommendedShards: 2, maxConcurrency: 2 });
    const client = await startClient(emulator, { shards: 'auto' });
    try {
      expect(client.guilds.cache.size).toBe(1000);
      expect(emulator.gatewaySessions.map((s) => s.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const guild = emulator.guilds[999];
      expect(client.guilds.cache.get(guild?.id ?? '')?.channels.cache.size).toBe(1);
    } finally {
      await client.destroy();
      await emulator.close();
    }
  });

  it('refuses one shard for more than 2,500 guilds (4011: sharding required), and recommends enough shards', async () => {
    const emulator = await DiscordEmulator.start({ guildCount: 2501 });
    try {
      const gateway = (await (await fetch(`${emulator.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${emulator.token}` } })).json()) as {
        shards: number;
      };
      expect(gateway.shards).toBe(3);
      const ws = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
      const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
      ws.on('message', (data) => {
        const payload = JSON.parse(String(data)) as { op: number };
        if (payload.op === 10) ws.send(JSON.stringify({ op: 2, d: { token: emulator.token, intents: 1, properties: {}, shard: [0, 1] } }));
      });
      expect(await closed).toBe(4011);
    } finally {
      await emulator.close();
    }
  });
});
