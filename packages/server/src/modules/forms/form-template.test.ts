import { BUILT_IN_TEMPLATES, changeNotice, statusNote as statusNoteTemplate } from '@treklang/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTenant, type Tenant } from '../../test-support/factories.js';
import { startTestServer, type TestServer } from '../../test-support/test-server.js';
import { countRows } from '../follow-ups/follow-up.fixtures.js';
import { copy, publish } from './forms.fixtures.js';
import { syncBuiltInTemplates } from './sync-built-in-templates.js';

const TEMPLATES = '{ formTemplates { id key version title titleEn builtIn subjectType authority { id } definition } }';
const TEMPLATE = 'query($key: String!, $version: Int) { formTemplate(key: $key, version: $version) { id key version builtIn title definition } }';

/** The change notice with one more required item: an authority's own version. */
function ownChangeNotice(): Record<string, any> {
  const definition = copy(changeNotice) as Record<string, any>;
  definition.title = { da: 'Ændringsmeddelelse (Viborg)', en: 'Change notice (Viborg)' };
  definition.sections[0].items.push({ id: 'reportedBy', type: 'text', label: { da: 'Indberettet af', en: 'Reported by' }, required: true, maxLength: 100 });
  return definition;
}

describe('form templates over HTTP', () => {
  let server: TestServer;
  let tenant: Tenant;
  beforeAll(async () => {
    server = await startTestServer();
    tenant = await buildTenant(server);
  });
  afterAll(() => server.close());

  it('stores every built-in template on start, and syncing again changes nothing', async () => {
    expect(await countRows(server, 'form_template', 'authority_id IS NULL')).toBe(BUILT_IN_TEMPLATES.length);
    expect(await syncBuiltInTemplates(server.db)).toEqual({ inserted: 0, updated: 0 });
    expect(await countRows(server, 'form_template', 'authority_id IS NULL')).toBe(BUILT_IN_TEMPLATES.length);
  });

  it('inserts a new built-in version and updates one whose definition changed in code', async () => {
    const probe = { ...changeNotice, key: 'sync-probe' };
    try {
      expect(await syncBuiltInTemplates(server.db, [probe])).toEqual({ inserted: 1, updated: 0 });
      const changed = { ...probe, title: { da: 'Ændret titel', en: 'Changed title' } };
      expect(await syncBuiltInTemplates(server.db, [changed, { ...probe, version: 2 }])).toEqual({ inserted: 1, updated: 1 });
      expect(await syncBuiltInTemplates(server.db, [changed])).toEqual({ inserted: 0, updated: 0 });
      const { data } = await server.gql(tenant.tokens.caseworker, TEMPLATE, { key: 'sync-probe', version: 1 });
      expect(data?.formTemplate).toMatchObject({ title: 'Ændret titel', definition: { title: { en: 'Changed title' } } });
    } finally {
      await server.db.query(`DELETE FROM form_template WHERE template_key = 'sync-probe'`);
    }
  });

  it('lists the latest version of each built-in template with its definition, for the authority and the provider', async () => {
    for (const token of [tenant.tokens.caseworker, tenant.tokens.providerStaff]) {
      const { data, errors } = await server.gql(token, TEMPLATES);
      expect(errors).toBeUndefined();
      const keys = data?.formTemplates.map((t: { key: string }) => t.key).sort();
      expect(keys).toEqual(BUILT_IN_TEMPLATES.map((t) => t.key).sort());
      const statusNote = data?.formTemplates.find((t: { key: string }) => t.key === 'status-note');
      expect(statusNote).toMatchObject({ version: 1, builtIn: true, authority: null, subjectType: 'MEETING', title: statusNoteTemplate.title.da, titleEn: statusNoteTemplate.title.en });
      expect(statusNote.definition.sections.length).toBeGreaterThan(0);
    }
  });

  it("publishes an authority's own next version; that authority then uses it, others keep the built-in one", async () => {
    const own = await buildTenant(server);
    const published = await publish(server, own.tokens.caseworker, 'change-notice', ownChangeNotice());
    expect(published.userErrors).toEqual([]);
    expect(published.formTemplate).toMatchObject({ key: 'change-notice', version: 2, builtIn: false, title: 'Ændringsmeddelelse (Viborg)', authority: { id: own.authority.id } });
    expect(published.formTemplate!.definition).toMatchObject({ key: 'change-notice', version: 2 });

    const mine = await server.gql(own.tokens.caseworker, TEMPLATES);
    expect(mine.data?.formTemplates.find((t: { key: string }) => t.key === 'change-notice')).toMatchObject({ version: 2, builtIn: false });
    const theirs = await server.gql(tenant.tokens.caseworker, TEMPLATES);
    expect(theirs.data?.formTemplates.find((t: { key: string }) => t.key === 'change-notice')).toMatchObject({ version: 1, builtIn: true });

    const v1 = await server.gql(own.tokens.caseworker, TEMPLATE, { key: 'change-notice', version: 1 });
    expect(v1.data?.formTemplate).toMatchObject({ version: 1, builtIn: true });
    const latest = await server.gql(own.tokens.caseworker, TEMPLATE, { key: 'change-notice' });
    expect(latest.data?.formTemplate).toMatchObject({ version: 2, builtIn: false });
    const otherV2 = await server.gql(tenant.tokens.caseworker, TEMPLATE, { key: 'change-notice', version: 2 });
    expect(otherV2.data?.formTemplate).toBeNull();

    const again = await publish(server, own.tokens.authorityAdmin, 'change-notice', ownChangeNotice());
    expect(again.formTemplate).toMatchObject({ version: 3 });
  });

  it('publishes a new form under a new key as version 1', async () => {
    const own = await buildTenant(server);
    const definition = { ...ownChangeNotice(), key: 'ignored' };
    const published = await publish(server, own.tokens.caseworker, 'viborg-aendring', definition);
    expect(published.userErrors).toEqual([]);
    expect(published.formTemplate).toMatchObject({ key: 'viborg-aendring', version: 1, builtIn: false });
  });

  it('refuses publishing by provider staff, provider managers and managers, and stores nothing', async () => {
    const before = await countRows(server, 'form_template');
    for (const token of [tenant.tokens.providerStaff, tenant.tokens.providerManager, tenant.tokens.manager]) {
      const result = await publish(server, token, 'change-notice', ownChangeNotice());
      expect(result).toEqual({ formTemplate: null, userErrors: [expect.objectContaining({ code: 'FORBIDDEN', field: null })] });
    }
    expect(await countRows(server, 'form_template')).toBe(before);
  });

  it('refuses a definition that fails checkDefinition with one userError per problem, and stores nothing', async () => {
    const before = await countRows(server, 'form_template');
    const broken = ownChangeNotice();
    broken.sections[0].items.push({ ...broken.sections[0].items[0] }); // a repeated item id
    broken.sections[0].items.push({ id: 'choice', type: 'singleChoice', label: { da: 'Valg', en: 'Choice' }, options: [] });
    const result = await publish(server, tenant.tokens.caseworker, 'change-notice', broken);
    expect(result.formTemplate).toBeNull();
    const codes = result.userErrors.map((e) => e.code);
    expect(codes).toEqual(expect.arrayContaining(['DUPLICATE', 'EMPTY']));
    for (const error of result.userErrors) expect(error.field?.slice(0, 2)).toEqual(['input', 'definition']);
    expect(await countRows(server, 'form_template')).toBe(before);
  });

  it('refuses a malformed key and a definition that is not an object', async () => {
    const badKey = await publish(server, tenant.tokens.caseworker, 'Ændring!', ownChangeNotice());
    expect(badKey.userErrors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'key'] })]);
    const notObject = await publish(server, tenant.tokens.caseworker, 'change-notice', [1, 2]);
    expect(notObject.userErrors).toEqual([expect.objectContaining({ code: 'WRONG_TYPE', field: ['input', 'definition'] })]);
  });

  it("resolves an authority's template by node(id) for that authority only; built-in ones for everyone", async () => {
    const own = await buildTenant(server);
    const published = await publish(server, own.tokens.caseworker, 'change-notice', ownChangeNotice());
    const id = published.formTemplate!.id as string;
    const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
    expect((await server.gql(own.tokens.caseworker, NODE, { id })).data?.node).toEqual({ __typename: 'FormTemplate', id });
    expect((await server.gql(tenant.tokens.caseworker, NODE, { id })).data?.node).toBeNull();
    expect((await server.gql(tenant.tokens.providerStaff, NODE, { id })).data?.node).toBeNull();
    const builtIn = (await server.gql(tenant.tokens.caseworker, TEMPLATES)).data?.formTemplates[0].id;
    expect((await server.gql(tenant.tokens.manager, NODE, { id: builtIn })).data?.node).toEqual({ __typename: 'FormTemplate', id: builtIn });
  });
});
