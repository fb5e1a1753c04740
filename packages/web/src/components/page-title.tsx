import { useEffect } from 'react';

/** The page's one h1 and the document title (WCAG 2.4.2), which screen readers announce on navigation. */
export function PageTitle({ title, children }: { title: string; children?: React.ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Treklang`;
  }, [title]);
  return (
    <div className="page-title">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
