import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button.js';
import { useT } from '../../i18n/use-t.js';

/** The one-time link, shown once: there is no mail server, so the admin passes it on themselves. */
export function InvitationLinkPanel(props: { email: string; link: string }) {
  const t = useT();
  const titleId = useId();
  const inputId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => heading.current?.focus(), [props.link]);

  async function copy(): Promise<void> {
    const copied = await copyText(props.link, input.current);
    setCopyState(copied ? 'copied' : 'failed');
  }

  return (
    <section className="panel-link" aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId} ref={heading} tabIndex={-1}>
        {t('invite.linkTitle', { email: props.email })}
      </h3>
      <p className="body">{t('invite.linkSend', { email: props.email })}</p>
      <ul className="list list--bullet">
        <li>{t('invite.linkOnce')}</li>
        <li>{t('invite.linkExpires', { days: 7 })}</li>
        <li>{t('invite.linkShownOnce')}</li>
      </ul>
      <div className="form-group">
        <label className="label" htmlFor={inputId}>
          {t('invite.linkLabel')}
        </label>
        <div className="copy-field">
          <input
            ref={input}
            id={inputId}
            className="input copy-field__input"
            type="text"
            readOnly
            value={props.link}
            dir="ltr"
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button variant="secondary" isInline onClick={() => void copy()}>
            {t('invite.copy')}
          </Button>
        </div>
        <div role="status" aria-live="polite">
          {copyState === 'idle' ? null : (
            <p className={copyState === 'copied' ? 'body copy-field__status' : 'error-message'}>
              {copyState === 'copied' ? t('invite.copied') : t('invite.copyFailed')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Without clipboard permission (plain http, older browsers) select the text for Ctrl+C.
    fallbackInput?.select();
    return false;
  }
}
