import { useEffect, useRef, useState } from 'react';
import { useLanguage, useTexts, type Texts } from '../i18n/language.js';
import { inputIdOf } from './answer-path.js';
import { describePath, summarizeAnswer } from './format-answer.js';
import type { MergeChoice, MergeResult } from './merge-answers.js';
import type { FormDefinition } from '@treklang/schema';

interface MergeTexts {
  heading: string;
  intro: (count: number) => string;
  yours: string;
  theirs: string;
  keepYours: string;
  useTheirs: string;
  empty: string;
  save: string;
  saving: string;
}

const TEXTS: Texts<MergeTexts> = {
  da: {
    heading: 'Skemaet er ændret af en anden, mens du skrev',
    intro: (count) =>
      `Ændringer, der ikke rører de samme punkter, er flettet sammen. ${count === 1 ? 'Ét punkt' : `${count} punkter`} er ændret begge steder: vælg for hvert punkt, hvilket svar der skal gemmes. Intet er overskrevet endnu.`,
    yours: 'Dit svar',
    theirs: 'Det gemte svar',
    keepYours: 'Behold mit svar',
    useTheirs: 'Brug det gemte svar',
    empty: '(tomt)',
    save: 'Gem de valgte svar',
    saving: 'Gemmer…',
  },
  en: {
    heading: 'Someone else changed the form while you were typing',
    intro: (count) =>
      `Changes to different items have been merged. ${count === 1 ? 'One item was' : `${count} items were`} changed on both sides: choose for each which answer to save. Nothing has been overwritten yet.`,
    yours: 'Your answer',
    theirs: 'The saved answer',
    keepYours: 'Keep my answer',
    useTheirs: 'Use the saved answer',
    empty: '(empty)',
    save: 'Save the chosen answers',
    saving: 'Saving…',
  },
};

function Lines({ lines, empty }: { lines: string[]; empty: string }) {
  if (lines.length === 0) return <span className="muted">{empty}</span>;
  return (
    <>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, never reordered
        <span key={i} className="form-merge-line">
          {line}
        </span>
      ))}
    </>
  );
}

/** The items changed both in the browser and on the server, side by side, each with a choice; nothing is decided silently. */
export function MergeView({ definition, result, busy, onResolve }: { definition: FormDefinition; result: MergeResult; busy: boolean; onResolve: (choices: Map<string, MergeChoice>) => void }) {
  const t = useTexts(TEXTS);
  const { language } = useLanguage();
  const [choices, setChoices] = useState(() => new Map<string, MergeChoice>(result.conflicts.map((c) => [c.key, 'mine'])));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="form-merge alert alert-warning" aria-labelledby="form-merge-heading" data-conflicts={result.conflicts.length}>
      <div className="alert-body">
        <h2 id="form-merge-heading" className="alert-heading" tabIndex={-1} ref={heading}>
          {t.heading}
        </h2>
        <p className="alert-text">{t.intro(result.conflicts.length)}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onResolve(choices);
          }}
        >
          {result.conflicts.map((conflict) => {
            const id = `merge-${inputIdOf(conflict.key)}`;
            const choose = (choice: MergeChoice) => setChoices((previous) => new Map(previous).set(conflict.key, choice));
            return (
              <fieldset key={conflict.key} className="form-merge-item" data-path={conflict.key}>
                <legend className="form-label">{describePath(definition, conflict.path, language)}</legend>
                <div className="form-merge-compare">
                  <div className="form-group-radio">
                    <input className="form-radio" type="radio" id={`${id}-mine`} name={id} checked={choices.get(conflict.key) === 'mine'} onChange={() => choose('mine')} />
                    <label htmlFor={`${id}-mine`}>
                      <strong>{t.keepYours}</strong>
                      <span className="form-merge-value" data-side="mine">
                        <span className="sr-only">{t.yours}: </span>
                        <Lines lines={summarizeAnswer(conflict.node, conflict.mine, language)} empty={t.empty} />
                      </span>
                    </label>
                  </div>
                  <div className="form-group-radio">
                    <input className="form-radio" type="radio" id={`${id}-theirs`} name={id} checked={choices.get(conflict.key) === 'theirs'} onChange={() => choose('theirs')} />
                    <label htmlFor={`${id}-theirs`}>
                      <strong>{t.useTheirs}</strong>
                      <span className="form-merge-value" data-side="theirs">
                        <span className="sr-only">{t.theirs}: </span>
                        <Lines lines={summarizeAnswer(conflict.node, conflict.theirs, language)} empty={t.empty} />
                      </span>
                    </label>
                  </div>
                </div>
              </fieldset>
            );
          })}
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? t.saving : t.save}
          </button>
        </form>
      </div>
    </section>
  );
}
