import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error.js';
import { readText, toFormErrors } from '../../components/api-form-errors.js';
import { Button } from '../../components/button.js';
import { ChoiceFieldset } from '../../components/choice-fieldset.js';
import { TextField } from '../../components/text-field.js';
import type { FormErrors } from '../../components/use-form-errors.js';
import { useT } from '../../i18n/use-t.js';
import { InvitationLinkPanel } from './invitation-link-panel.js';
import { useCreateInvitation } from './members.queries.js';
import { isRole, roleChoices } from './role-labels.js';
import { validateInvite } from './validate-invite.js';

/** Creates an invitation and shows its link; the form resets so the next person can be invited. */
export function InviteForm(props: { cityId: string; form: FormErrors }) {
  const { form } = props;
  const t = useT();
  const create = useCreateInvitation(props.cityId);
  const [formKey, setFormKey] = useState(0);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const email = readText(data, 'email');
    const role = data.get('role');
    const errors = validateInvite({ email, role: isRole(role) ? role : null }, t);
    if (errors.length > 0 || !isRole(role)) return form.show(errors);
    form.clear();
    create.mutate(
      { email, role },
      {
        onSuccess: () => setFormKey((key) => key + 1),
        onError: (error) => {
          if (isApiError(error, 'conflict'))
            return form.show([{ field: 'email', message: t('invite.conflict') }]);
          form.show(toFormErrors(error, ['email', 'role'], t));
        },
      },
    );
  }

  return (
    <>
      {create.data ? (
        <InvitationLinkPanel email={create.data.invitation.email} link={create.data.link} />
      ) : null}
      <form key={formKey} onSubmit={submit} noValidate>
        <TextField
          id={form.fieldId('email')}
          name="email"
          type="email"
          label={t('invite.email')}
          hint={t('invite.emailHint')}
          autoComplete="off"
          spellCheck={false}
          error={form.errorFor('email')}
        />
        <ChoiceFieldset
          id={form.fieldId('role')}
          name="role"
          type="radio"
          legend={t('invite.role')}
          choices={roleChoices(t)}
          error={form.errorFor('role')}
        />
        <Button type="submit">{t('invite.submit')}</Button>
      </form>
    </>
  );
}
