import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The box around a table that may be wider than the screen: the table scrolls sideways inside it, never the page.
 * While it overflows, the box joins the tab order as a region named `label`, so it can be scrolled with the
 * keyboard (WCAG 2.1.1); otherwise it is a plain box. Its visible width goes to the CSS as --scroll-box-width,
 * so that a table's caption wraps within it instead of running out of view (app.css).
 */
export function ScrollBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      box.style.setProperty('--scroll-box-width', `${box.clientWidth}px`);
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        box.removeAttribute('tabindex');
        box.removeAttribute('role');
        box.removeAttribute('aria-label');
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  });
  return (
    <div ref={ref} className={className ? `table--responsive-scroll ${className}` : 'table--responsive-scroll'}>
      {children}
    </div>
  );
}
