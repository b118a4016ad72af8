import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTime } from '../src/commands/studyconfig/command.js';
import type { Reply } from '../src/core/reply.js';
import type { CommandRequest } from '../src/core/requests.js';
import { actor, GUILD, testApp, type TestApp } from './helpers/context.js';

const CHANNEL = '200000000000000555';
let ctx: TestApp;
beforeEach(() => {
  ctx = testApp('2026-11-25T01:00:00Z');
});
afterEach(() => ctx.close());

const config = (subcommand: string, options: CommandRequest['options'] = {}, extra: Partial<CommandRequest> = {}) =>
  ctx.router.command({ ...actor({ locale: 'en', permissions: PermissionFlagsBits.ManageGuild }), command: 'studyconfig', subcommand, options, ...extra });
const text = (reply: Reply) => JSON.stringify(reply.type === 'modal' ? reply.modal : reply.message);

describe('/studyconfig', () => {
  it('changes only what is given: set time alone keeps the channel, zone and language', async () => {
    await config('set', { channel: CHANNEL, timezone: 'America/New_York', language: 'en' });
    await config('set', { time: '7:30' });
    expect(ctx.stores.guilds.get(GUILD)).toMatchObject({ channelId: CHANNEL, postTime: '07:30', timezone: 'America/New_York', language: 'en', paused: false });
  });

  it('says whether it can post in the channel it was given', async () => {
    expect(text(await config('set', { channel: CHANNEL }))).toContain(`I can post in <#${CHANNEL}>`);
    ctx.poster.missing = ['SendMessages'];
    expect(text(await config('set', { channel: CHANNEL }))).toContain(`I can't post in <#${CHANNEL}>: missing permission (SendMessages)`);
  });

  it('rejects a bad time or zone with an example, ephemerally, and keeps the settings', async () => {
    await config('set', { time: '08:00' });
    for (const [options, expected] of [
      [{ time: '25:00' }, /`25:00` is not a time.*07:30/],
      [{ time: 'noon' }, /`noon` is not a time/],
      [{ timezone: 'Mars/Olympus' }, /`Mars\/Olympus` is not an IANA time zone.*Asia\/Seoul/],
    ] as const) {
      const reply = await config('set', options);
      expect(reply).toMatchObject({ ephemeral: true });
      expect(text(reply)).toMatch(expected);
    }
    expect(ctx.stores.guilds.get(GUILD)).toMatchObject({ postTime: '08:00', timezone: 'Asia/Seoul' });
  });

  it('shortens a long zone it echoes back, and refuses one longer than the definition allows', async () => {
    const long = `Mars/${'Olympus'.repeat(8)}`;
    expect(long.length).toBeLessThanOrEqual(64);
    const reply = text(await config('set', { timezone: long }));
    expect(reply).toContain('is not an IANA time zone');
    expect(reply).not.toContain(long);
    expect(reply).toContain('…');
    expect(text(await config('set', { timezone: 'x'.repeat(65) }))).toContain('The value of `timezone` for `/studyconfig` is not valid');
    expect(ctx.stores.guilds.get(GUILD).timezone).toBe('Asia/Seoul');
  });

  it('is for members with Manage Server only, checked again when run, failing closed', async () => {
    const reply = await config('pause', {}, { permissions: 0n });
    expect(text(reply)).toContain('Manage Server');
    // A request whose permissions the adapter could not tell is refused too.
    const unknown = await config('pause', {}, { permissions: undefined });
    expect(text(unknown)).toContain('Manage Server');
    expect(ctx.stores.guilds.get(GUILD).paused).toBe(false);
  });

  it('shows the settings, the next post in local time, the last post and the last error', async () => {
    await config('set', { channel: CHANNEL, time: '21:00', goal: 50 });
    let shown = text(await config('show'));
    expect(shown).toContain(`<#${CHANNEL}>`);
    expect(shown).toContain('2026-11-25 21:00 (Asia/Seoul)');
    expect(shown).toContain('none yet');
    expect(shown).toContain('50 daily-quiz answers');
    ctx.poster.failNext(403, 50013);
    const failed = await config('post-now');
    expect(text(failed)).toContain(`I can't post in <#${CHANNEL}>: missing permission`);
    shown = text(await config('show'));
    expect(shown).toContain(`I can't post in <#${CHANNEL}>: missing permission`);
    expect(shown).toContain('failed (missing-permission)');
    expect(text(await config('post-now'))).toContain(`Posted in <#${CHANNEL}>`);
    shown = text(await config('show'));
    expect(shown).not.toContain('missing permission');
    expect(shown).toContain('2026-11-26 21:00 (Asia/Seoul)');
  });

  it('pauses and resumes, and asks for a channel before posting', async () => {
    expect(text(await config('post-now'))).toContain('Set a channel first');
    expect(text(await config('pause'))).toContain('paused');
    expect(ctx.stores.guilds.get(GUILD).paused).toBe(true);
    expect(text(await config('show'))).toContain('⏸️ paused');
    await config('resume');
    expect(ctx.stores.guilds.get(GUILD).paused).toBe(false);
  });

  it('autocompletes IANA zones', () => {
    const choices = ctx.router.autocomplete({
      ...actor(),
      command: 'studyconfig',
      subcommand: 'set',
      options: {},
      focused: { name: 'timezone', value: 'new_y' },
    });
    expect(choices.map((c) => c.value)).toContain('America/New_York');
    const seoul = ctx.router.autocomplete({
      ...actor(),
      command: 'studyconfig',
      subcommand: 'set',
      options: {},
      focused: { name: 'timezone', value: 'seoul' },
    });
    expect(seoul[0]?.value).toBe('Asia/Seoul');
  });

  it('parses times', () => {
    expect(parseTime('7:05')).toBe('07:05');
    expect(parseTime('23:59')).toBe('23:59');
    expect(parseTime('24:00')).toBeUndefined();
    expect(parseTime('12:60')).toBeUndefined();
  });
});
