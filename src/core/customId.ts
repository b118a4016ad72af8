import type { ComponentType } from 'discord-api-types/v10';
import { LIMITS } from './limits.js';
import { isLocale, type Locale } from './locale.js';

/**
 * custom_id format: `v1:<name>:<arg>:<arg>…`. The version lets a later release reject (or
 * migrate) what an older one posted; arguments are short ascii tokens, and every id is checked
 * against Discord's 100-character limit when it is encoded, not when Discord rejects it.
 */
export const CUSTOM_ID_VERSION = 'v1';
const TOKEN = /^[A-Za-z0-9_.-]{1,40}$/;

/** One argument of a route: how it is read from, and written to, its part of the id. */
export interface Arg<T> {
  readonly parse: (raw: string) => T | undefined;
  readonly encode: (value: T) => string;
  readonly optional?: boolean;
}

const digits = (max: number): Arg<number> => {
  const pattern = new RegExp(`^\\d{1,${max}}$`);
  return { parse: (raw) => (pattern.test(raw) ? Number(raw) : undefined), encode: (value) => String(value) };
};

export const arg = {
  /** One of a few fixed words, e.g. `prev` | `next`. */
  literal: <const L extends string>(...values: L[]): Arg<L> => ({
    parse: (raw) => (values.includes(raw as L) ? (raw as L) : undefined),
    encode: (value) => value,
  }),
  /** A short ascii token: a slug, a question id. */
  token: { parse: (raw) => (TOKEN.test(raw) ? raw : undefined), encode: (value) => value } as Arg<string>,
  /** A Discord id. */
  snowflake: { parse: (raw) => (/^\d{17,20}$/.test(raw) ? raw : undefined), encode: (value) => value } as Arg<string>,
  locale: { parse: (raw) => (isLocale(raw) ? raw : undefined), encode: (value) => value } as Arg<Locale>,
  /** A row id. */
  id: digits(15),
  /** A small position, 0–9. */
  position: digits(1),
  /** A page of a section, 0–9999. */
  page: digits(4),
  /** Milliseconds since the epoch. */
  time: digits(13),
  /** A trailing argument that may be left out. */
  optional: <T>(inner: Arg<T>): OptionalArg<T> => ({
    parse: (raw) => inner.parse(raw),
    encode: (value) => (value === undefined ? '' : inner.encode(value)),
    optional: true,
  }),
};

/** A trailing argument that may be left out (when encoding, and in ids posted before it existed). */
export interface OptionalArg<T> extends Arg<T | undefined> {
  readonly optional: true;
}

/** The values of a route's arguments, in order; optional ones may be left out at the end. */
type ValuesOf<A extends readonly unknown[]> = A extends readonly [infer Head, ...infer Rest]
  ? Head extends OptionalArg<infer T>
    ? [T?, ...ValuesOf<Rest>]
    : Head extends Arg<infer T>
      ? [T, ...ValuesOf<Rest>]
      : never
  : [];

/** The component a route belongs to, or a modal form. */
export type RouteKind = ComponentType.Button | ComponentType.StringSelect | 'modal';

/** One kind of component: it owns both the encoding and the parsing of its custom_id. */
export interface Route<V extends readonly unknown[]> {
  readonly name: string;
  readonly kind: RouteKind;
  encode(...values: V): string;
  /** The arguments of an id split on `:` after the name, or undefined when they do not fit. */
  parse(parts: readonly string[]): V | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: arguments of different types; each keeps its own through ValuesOf
export function route<const A extends readonly Arg<any>[]>(name: string, kind: RouteKind, ...args: A): Route<ValuesOf<A>> {
  if (!TOKEN.test(name)) throw new Error(`route name ${name} is not a short ascii token`);
  const required = args.filter((a) => !a.optional).length;
  return {
    name,
    kind,
    encode(...values) {
      const parts = values.map((value, i) => (value === undefined ? undefined : args[i]!.encode(value)));
      while (parts.length > 0 && parts[parts.length - 1] === undefined) parts.pop();
      if (parts.length < required || parts.some((part) => part === undefined || !TOKEN.test(part))) {
        throw new Error(`custom_id ${name}: arguments ${JSON.stringify(values)} do not encode`);
      }
      const id = [CUSTOM_ID_VERSION, name, ...parts].join(':');
      if (id.length > LIMITS.customId) throw new Error(`custom_id ${id} is longer than ${LIMITS.customId}`);
      return id;
    },
    parse(parts) {
      if (parts.length < required || parts.length > args.length) return undefined;
      const values: unknown[] = [];
      for (let i = 0; i < args.length; i++) {
        const raw = parts[i];
        if (raw === undefined) {
          values.push(undefined);
          continue;
        }
        const value = args[i]!.parse(raw);
        if (value === undefined) return undefined;
        values.push(value);
      }
      return values as ValuesOf<A>;
    },
  };
}

/** Splits a custom_id into its route name and arguments; null for anything not of this version. */
export function splitCustomId(id: string): { name: string; parts: string[] } | null {
  if (id.length > LIMITS.customId) return null;
  const [version, name, ...parts] = id.split(':');
  if (version !== CUSTOM_ID_VERSION || name === undefined || !TOKEN.test(name)) return null;
  return { name, parts };
}
