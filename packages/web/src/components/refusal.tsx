import { PageTitle } from './page-title.js';

/** A page the viewer's role may not see: its title and why, with nothing to retry. */
export function RefusedPage({ title, heading, text }: { title: string; heading: string; text: string }) {
  return (
    <>
      <PageTitle title={title} />
      <div className="alert alert-warning" role="alert">
        <div className="alert-body">
          <h2 className="alert-heading">{heading}</h2>
          <p className="alert-text">{text}</p>
        </div>
      </div>
    </>
  );
}
