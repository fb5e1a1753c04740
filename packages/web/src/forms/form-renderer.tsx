import { indexDefinition, type FormRole, type ItemNode, type SectionNode } from '@treklang/schema';
import { memo, useMemo } from 'react';
import { useLanguage } from '../i18n/language.js';
import { DerivedPanel } from './derived-panel.js';
import { FormContextProvider, useFormContext, useFormSelector, type FormContextValue, type FormSubjectInfo, type ItemComponent } from './form-context.js';
import type { FormStore } from './form-store.js';
import { localized } from './format-answer.js';
import { ITEM_RENDERERS } from './item-renderers.js';
import { ItemView } from './item-view.js';
import { chooseRenderer, type RendererEntry } from './registry.js';
import './forms.css';

export interface FormRendererProps {
  store: FormStore;
  /** The role the viewer fills in; null shows everything read-only. */
  role: FormRole | null;
  /** Everything read-only (a submitted response). */
  readOnly?: boolean;
  subject?: FormSubjectInfo;
  renderers?: readonly RendererEntry<ItemComponent>[];
}

const Section = memo(function Section({ section }: { section: SectionNode }) {
  const { language } = useFormContext();
  const shown = useFormSelector((_, store) => store.isSectionShown(section.section.id));
  const paths = useMemo(() => section.items.map((node) => [node.id]), [section]);
  if (!shown) return null;
  const headingId = `form-section-${section.section.id}`;
  return (
    <section className="form-section" aria-labelledby={headingId} data-section={section.section.id}>
      <h2 id={headingId}>{localized(section.section.title, language)}</h2>
      {section.section.description && <p className="form-section-description">{localized(section.section.description, language)}</p>}
      {section.items.map((node, i) => (
        <ItemView key={node.id} node={node} path={paths[i]!} />
      ))}
    </section>
  );
});

/**
 * Draws any form definition (packages/schema FormDefinition): its sections, every item through the renderer
 * registry, the shared validator's issues at the items and the derived values beside them.
 */
export function FormRenderer({ store, role, readOnly = false, subject, renderers = ITEM_RENDERERS }: FormRendererProps) {
  const { language } = useLanguage();
  const index = indexDefinition(store.definition);
  const context = useMemo<FormContextValue>(() => {
    const rank = { role, formReadOnly: readOnly };
    const chosen = new Map<ItemNode, RendererEntry<ItemComponent> | null>();
    return {
      store,
      role,
      formReadOnly: readOnly,
      language,
      subject: subject ?? {},
      rank,
      rendererFor(node) {
        if (!chosen.has(node)) chosen.set(node, chooseRenderer(renderers, node, rank));
        return chosen.get(node) ?? null;
      },
    };
  }, [store, role, readOnly, language, subject, renderers]);
  return (
    <FormContextProvider value={context}>
      <div className="form-renderer" data-form-ready="true" data-template={store.definition.key}>
        <div className="form-sections">
          {index.sections.map((section) => (
            <Section key={section.section.id} section={section} />
          ))}
        </div>
        <DerivedPanel />
      </div>
    </FormContextProvider>
  );
}
