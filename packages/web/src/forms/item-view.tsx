import { memo } from 'react';
import { useEnabled, useFormContext, type ItemProps } from './form-context.js';
import { UnknownItemRenderer } from './renderers/display-renderers.js';

/** One item: nothing while its enableWhen does not hold, else the best-ranked renderer, else the fallback. */
export const ItemView = memo(function ItemView({ node, path }: ItemProps) {
  const context = useFormContext();
  const enabled = useEnabled(path);
  if (!enabled) return null;
  const Component = context.rendererFor(node)?.component ?? UnknownItemRenderer;
  return <Component node={node} path={path} />;
});
