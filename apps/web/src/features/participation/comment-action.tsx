import type { FormEvent, ReactNode } from 'react';
import { Button, type ButtonProps } from '../../components/button.js';

/**
 * One folded moderation action on a comment (approve, reject, reply, link): a summary that opens
 * a small form. Every summary and button also names the comment, out of sight, because a queue
 * holds many cards and a screen reader lists their buttons out of context.
 */
export function CommentAction(props: {
  summary: string;
  submitLabel: string;
  /** "Comment by …", read after the summary and the button. */
  commentName: string;
  /** Kept open while one of its fields shows an error. */
  isOpen?: boolean;
  isSaving: boolean;
  variant?: ButtonProps['variant'];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}) {
  const name = <span className="visually-hidden"> {props.commentName}</span>;
  return (
    <details className="details" open={props.isOpen || undefined}>
      <summary className="details__summary">
        <span className="details__summary-text">
          {props.summary}
          {name}
        </span>
      </summary>
      <div className="details__text">
        <form noValidate onSubmit={props.onSubmit}>
          {props.children}
          <Button
            type="submit"
            {...(props.variant ? { variant: props.variant } : {})}
            aria-disabled={props.isSaving || undefined}
          >
            {props.submitLabel}
            {name}
          </Button>
        </form>
      </div>
    </details>
  );
}
