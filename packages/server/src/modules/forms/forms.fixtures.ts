/*
 * Test helpers for the forms tests: the GraphQL operations, and responses saved and submitted through them.
 */
import { expect } from 'vitest';
import type { TestServer } from '../../test-support/test-server.js';

export type UserErrors = { field: string[] | null; code: string; message: string }[];

export const RESPONSE_FIELDS = `id version status subjectId subjectType answers submittedAt updatedAt derived
  template { id key version builtIn }
  issues { path code message messageEn }
  writtenObject { __typename id }`;

export const SAVE = `mutation($input: SaveFormResponseInput!) {
  saveFormResponse(input: $input) { formResponse { ${RESPONSE_FIELDS} } userErrors { field code message } }
}`;

export const SUBMIT = `mutation($input: SubmitFormResponseInput!) {
  submitFormResponse(input: $input) { formResponse { ${RESPONSE_FIELDS} } userErrors { field code message } }
}`;

export const PUBLISH = `mutation($input: PublishFormTemplateInput!) {
  publishFormTemplate(input: $input) { formTemplate { id key version title titleEn builtIn subjectType publishedAt authority { id } definition } userErrors { field code message } }
}`;

export const RESPONSE = `query($id: ID!) { formResponse(id: $id) { ${RESPONSE_FIELDS} } }`;

export interface Payload {
  formResponse: Record<string, any> | null;
  userErrors: UserErrors;
}

export async function save(server: TestServer, token: string, input: Record<string, unknown>): Promise<Payload> {
  const { data, errors } = await server.gql(token, SAVE, { input });
  expect(errors).toBeUndefined();
  return data?.saveFormResponse as Payload;
}

export async function submit(server: TestServer, token: string, input: Record<string, unknown>): Promise<Payload> {
  const { data, errors } = await server.gql(token, SUBMIT, { input });
  expect(errors).toBeUndefined();
  return data?.submitFormResponse as Payload;
}

/** Saves and expects success. */
export async function saved(server: TestServer, token: string, input: Record<string, unknown>): Promise<Record<string, any>> {
  const payload = await save(server, token, input);
  expect(payload.userErrors).toEqual([]);
  return payload.formResponse!;
}

export async function publish(server: TestServer, token: string, key: string, definition: unknown): Promise<{ formTemplate: Record<string, any> | null; userErrors: UserErrors }> {
  const { data, errors } = await server.gql(token, PUBLISH, { input: { key, definition } });
  expect(errors).toBeUndefined();
  return data?.publishFormTemplate;
}

/** The stored row of a response, straight from the database. */
export async function storedResponse(server: TestServer, globalId: string): Promise<{ version: number; status: string; answers: unknown }> {
  const rowId = Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1];
  const rows = await server.db.query(`SELECT version, status, answers FROM form_response WHERE id = ${server.db.options.type === 'postgres' ? '$1' : '?'}`, [rowId]);
  return { version: Number(rows[0].version), status: rows[0].status, answers: JSON.parse(rows[0].answers) };
}

/** A copy of JSON data (answers, definitions) to change in a test. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The shared example of a built-in template (packages/schema/src/templates/examples/<key>.example.ts): its
 * `completeAnswers`, a full valid response. Loaded from the built schema package, which does not export
 * the examples from its entry point.
 */
export async function completeAnswersOf(key: string): Promise<Record<string, any>> {
  const url = new URL(`../../../../schema/dist/templates/examples/${key}.example.js`, import.meta.url);
  const module = (await import(url.href)) as { completeAnswers: Record<string, any> };
  return copy(module.completeAnswers);
}
