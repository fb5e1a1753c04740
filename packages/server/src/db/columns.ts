import { randomUUID } from 'node:crypto';
import { Column, PrimaryColumn, type ColumnOptions } from 'typeorm';

/*
 * Column types chosen to behave the same on SQLite and PostgreSQL: ids are UUID strings made in code,
 * instants are ISO 8601 UTC strings (they sort as text on both engines), calendar dates are 'YYYY-MM-DD'.
 */

export const newId = (): string => randomUUID();

export function IdColumn(): PropertyDecorator {
  return PrimaryColumn('varchar', { name: 'id', length: 36 });
}

export function RefColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column('varchar', { name, length: 36, nullable: options.nullable ?? false });
}

export function TextColumn(name: string, options: ColumnOptions = {}): PropertyDecorator {
  return Column('text', { name, ...options });
}

export function VarcharColumn(name: string, length: number, options: ColumnOptions = {}): PropertyDecorator {
  return Column('varchar', { name, length, ...options });
}

export function DateColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column('varchar', { name, length: 10, nullable: options.nullable ?? false });
}

export function InstantColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column('varchar', { name, length: 30, nullable: options.nullable ?? false });
}

export function CreatedAtColumn(): PropertyDecorator {
  return Column('varchar', { name: 'created_at', length: 30 });
}

export function IntColumn(name: string, options: { nullable?: boolean; default?: number } = {}): PropertyDecorator {
  return Column('integer', { name, nullable: options.nullable ?? false, default: options.default });
}

export function BoolColumn(name: string, options: { default?: boolean } = {}): PropertyDecorator {
  return Column('boolean', { name, default: options.default ?? false });
}

/** A JSON array or object stored as text; only for lists that are never queried inside. */
export function JsonColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column('simple-json', { name, nullable: options.nullable ?? false });
}

export const nowInstant = (): string => new Date().toISOString();

