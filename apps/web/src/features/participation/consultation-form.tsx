import {
  compileWordList,
  GLOSSARY_QUESTION_ID,
  isAnswered,
  isGroupRows,
  type CompiledWordList,
} from '@concord/domain/engine';
import { useMemo, useState, type FormEvent } from 'react';
import type { Locale } from '../../api/types.js';
import { Button } from '../../components/button.js';
import { FieldError, FieldHint, formGroupClass } from '../../components/field-parts.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import type { Workspace } from '../workspace/workspace-context.js';
import { LANGUAGE_NAMES } from './consultation-labels.js';
import { FRAMING_MAX, framingField, titleField, validateDraft } from './draft-fields.js';
import { LanguageFlags } from './language-flags.js';
import type { ConsultationText, DraftInput } from './participation.types.js';

const PUBLIC_LANGUAGES: Locale[] = ['en', 'fr', 'ar'];
// Four weeks gives residents and community groups time to read, meet and answer.
const DEFAULT_OPEN_DAYS = 28;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const CONSENSUS_MESSAGES = {
  agreed: 'participation.form.consensusAgreed',
  proposed: 'participation.form.consensusProposed',
  contested: 'participation.form.consensusContested',
} as const;

function cityLanguages(workspace: Workspace): Locale[] {
  const bases = workspace.city.city.languages.map((tag) => tag.split('-')[0]!.toLowerCase());
  return PUBLIC_LANGUAGES.filter((language) => bases.includes(language)).sort(
    (a, b) => bases.indexOf(a) - bases.indexOf(b),
  );
}

/**
 * The draft of a public consultation: its languages, a title and framing text in each (checked
 * for securitised wording as it is typed), the key terms and the answers to show, and the dates.
 * Sensitive questions are listed but cannot be chosen: they never reach a public page.
 */
export function ConsultationForm(props: {
  workspace: Workspace;
  form: FormErrors;
  initial?: DraftInput | undefined;
  submitLabel: string;
  isSaving: boolean;
  onSubmit: (input: DraftInput) => void;
}) {
  const { workspace, form } = props;
  const t = useT();
  const available = cityLanguages(workspace);
  const [languages, setLanguages] = useState<Locale[]>(
    props.initial?.languages ?? available.slice(0, 1),
  );
  const [texts, setTexts] = useState<Partial<Record<Locale, ConsultationText>>>(
    props.initial?.texts ?? {},
  );
  const lists = workspace.loaded.content.content.language;
  const wordLists = useMemo(() => {
    const compiled: Partial<Record<Locale, CompiledWordList>> = {};
    for (const lang of PUBLIC_LANGUAGES) {
      const list = lists?.[lang];
      if (list) compiled[lang] = compileWordList(list);
    }
    return compiled;
  }, [lists]);
  const glossaryValue = workspace.values[GLOSSARY_QUESTION_ID];
  const glossary = isGroupRows(glossaryValue) ? glossaryValue : [];
  const sensitive = new Set(
    [...workspace.compiled.questions.values()].filter((q) => q.sensitive).map((q) => q.id),
  );

  const setText = (lang: Locale, key: keyof ConsultationText, value: string) =>
    setTexts((current) => ({
      ...current,
      [lang]: { title: '', framing: '', ...current[lang], [key]: value },
    }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (props.isSaving) return;
    const data = new FormData(event.currentTarget);
    const input: DraftInput = {
      languages,
      texts: Object.fromEntries(
        languages.map((lang) => [
          lang,
          {
            title: (texts[lang]?.title ?? '').trim(),
            framing: (texts[lang]?.framing ?? '').trim(),
          },
        ]),
      ),
      questionIds: data.getAll('questionIds').map(String),
      definitionRowIds: data.getAll('definitionRowIds').map(String),
      opensOn: String(data.get('opensOn') ?? ''),
      closesOn: String(data.get('closesOn') ?? ''),
    };
    const errors = validateDraft(input, t);
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    props.onSubmit(input);
  }

  const chosenQuestions = new Set(props.initial?.questionIds ?? []);
  // Answered questions by section; unanswered ones would show nothing on the page.
  const choosable = workspace.compiled.sections
    .map((section) => ({
      section,
      answered: section.questionIds.filter(
        (id) => id !== GLOSSARY_QUESTION_ID && isAnswered(workspace.answers.answers[id]?.value),
      ),
    }))
    .filter((item) => item.answered.length > 0);
  const firstQuestionId = choosable[0]?.answered[0];
  const chosenRows = new Set(props.initial?.definitionRowIds ?? []);

  return (
    <form onSubmit={submit} noValidate>
      <div className={formGroupClass(form.errorFor('languages'))}>
        <fieldset className="fieldset" aria-describedby={`${form.fieldId('languages')}-hint`}>
          <legend className="fieldset__legend label--question">
            {t('participation.form.languages')}
          </legend>
          <FieldHint id={form.fieldId('languages')} hint={t('participation.form.languagesHint')} />
          <FieldError id={form.fieldId('languages')} error={form.errorFor('languages')} />
          <div className="choices choices--checkbox">
            {available.map((lang, index) => {
              const id =
                index === 0 ? form.fieldId('languages') : `${form.fieldId('languages')}-${lang}`;
              return (
                <div className="choices__item" key={lang}>
                  <input
                    className="choices__input"
                    id={id}
                    type="checkbox"
                    checked={languages.includes(lang)}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      setLanguages((current) =>
                        checked
                          ? available.filter((item) => item === lang || current.includes(item))
                          : current.filter((item) => item !== lang),
                      );
                    }}
                  />
                  <label className="choices__label" htmlFor={id} lang={lang}>
                    {LANGUAGE_NAMES[lang]}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>

      {languages.map((lang) => {
        const titleId = form.fieldId(titleField(lang));
        const framingId = form.fieldId(framingField(lang));
        const framing = texts[lang]?.framing ?? '';
        const framingError = form.errorFor(framingField(lang));
        return (
          <fieldset className="fieldset" key={lang}>
            <legend className="fieldset__legend heading-m">
              {t('participation.form.textsIn', { language: LANGUAGE_NAMES[lang] })}
            </legend>
            <TextField
              id={titleId}
              label={t('participation.form.title')}
              hint={t('participation.form.titleHint')}
              error={form.errorFor(titleField(lang))}
              lang={lang}
              dir="auto"
              value={texts[lang]?.title ?? ''}
              onChange={(event) => setText(lang, 'title', event.currentTarget.value)}
            />
            <div className={formGroupClass(framingError)}>
              <label className="label" htmlFor={framingId}>
                {t('participation.form.framing')}
              </label>
              <FieldHint
                id={framingId}
                hint={t('participation.form.framingHint', { max: FRAMING_MAX })}
              />
              <FieldError id={framingId} error={framingError} />
              <textarea
                className={framingError ? 'textarea textarea--error' : 'textarea'}
                id={framingId}
                rows={8}
                lang={lang}
                dir="auto"
                value={framing}
                onChange={(event) => setText(lang, 'framing', event.currentTarget.value)}
                aria-describedby={[`${framingId}-hint`, framingError ? `${framingId}-error` : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-invalid={framingError ? true : undefined}
              />
            </div>
            <LanguageFlags
              id={framingId}
              text={`${texts[lang]?.title ?? ''}\n\n${framing}`}
              locale={lang}
              wordList={wordLists[lang]}
              glossary={glossary}
            />
          </fieldset>
        );
      })}

      <TextField
        id={form.fieldId('opensOn')}
        name="opensOn"
        type="date"
        width="20"
        label={t('participation.form.opensOn')}
        hint={t('participation.form.datesHint')}
        error={form.errorFor('opensOn')}
        defaultValue={props.initial?.opensOn ?? workspace.today}
      />
      <TextField
        id={form.fieldId('closesOn')}
        name="closesOn"
        type="date"
        width="20"
        label={t('participation.form.closesOn')}
        error={form.errorFor('closesOn')}
        defaultValue={props.initial?.closesOn ?? addDays(workspace.today, DEFAULT_OPEN_DAYS)}
      />

      <div className={formGroupClass(form.errorFor('definitionRowIds'))}>
        <fieldset
          className="fieldset"
          aria-describedby={`${form.fieldId('definitionRowIds')}-hint`}
        >
          <legend className="fieldset__legend label--question">
            {t('participation.form.definitions')}
          </legend>
          <FieldHint
            id={form.fieldId('definitionRowIds')}
            hint={
              glossary.length === 0
                ? t('participation.form.noGlossary')
                : t('participation.form.definitionsHint')
            }
          />
          <FieldError
            id={form.fieldId('definitionRowIds')}
            error={form.errorFor('definitionRowIds')}
          />
          <div className="choices choices--checkbox choices--small">
            {glossary.map((row, index) => {
              const id =
                index === 0
                  ? form.fieldId('definitionRowIds')
                  : `${form.fieldId('definitionRowIds')}-${index}`;
              const consensus = typeof row.consensus === 'string' ? row.consensus : '';
              return (
                <div className="choices__item" key={row.id}>
                  <input
                    className="choices__input"
                    id={id}
                    name="definitionRowIds"
                    type="checkbox"
                    value={row.id}
                    defaultChecked={chosenRows.has(row.id)}
                  />
                  <label className="choices__label" htmlFor={id} dir="auto">
                    {typeof row.term === 'string' ? row.term : row.id}
                    {consensus in CONSENSUS_MESSAGES
                      ? ` (${t(CONSENSUS_MESSAGES[consensus as keyof typeof CONSENSUS_MESSAGES])})`
                      : ''}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>

      <h2 className="heading-m" id="choose-answers">
        {t('participation.form.answers')}
      </h2>
      <p className="body hint">{t('participation.form.answersHint')}</p>
      <FieldError id={form.fieldId('questionIds')} error={form.errorFor('questionIds')} />
      {choosable.map(({ section, answered }) => {
        return (
          <fieldset className="fieldset" key={section.id}>
            <legend className="fieldset__legend label--question">{section.source.title}</legend>
            <div className="choices choices--checkbox choices--small">
              {answered.map((questionId) => {
                const id =
                  questionId === firstQuestionId
                    ? form.fieldId('questionIds')
                    : `${form.fieldId('questionIds')}-${questionId.replace(/[^a-zA-Z0-9-]/g, '-')}`;
                const isSensitive = sensitive.has(questionId);
                return (
                  <div className="choices__item" key={questionId}>
                    <input
                      className="choices__input"
                      id={id}
                      name="questionIds"
                      type="checkbox"
                      value={questionId}
                      disabled={isSensitive}
                      defaultChecked={!isSensitive && chosenQuestions.has(questionId)}
                      aria-describedby={isSensitive ? `${id}-hint` : undefined}
                    />
                    <label className="choices__label" htmlFor={id}>
                      {workspace.compiled.questions.get(questionId)?.source.label}
                    </label>
                    {isSensitive ? (
                      <div className="hint choices__hint" id={`${id}-hint`}>
                        {t('participation.form.sensitiveQuestion')}
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}

      <Button type="submit" aria-disabled={props.isSaving || undefined}>
        {props.submitLabel}
      </Button>
    </form>
  );
}
