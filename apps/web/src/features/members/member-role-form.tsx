import type { FormEvent } from 'react';
import type { Member, Role } from '../../api/types.js';
import { Button } from '../../components/button.js';
import { SelectField } from '../../components/select-field.js';
import { useT } from '../../i18n/use-t.js';
import { isRole, roleOptions } from './role-labels.js';

export interface MemberRoleFormProps {
  member: Member;
  fieldId: string;
  error: string | undefined;
  isSaving: boolean;
  onSave: (member: Member, role: Role) => void;
}

/** One row's role picker: the select and its own Save button, so each change is deliberate. */
export function MemberRoleForm(props: MemberRoleFormProps) {
  const { member } = props;
  const t = useT();

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get('role');
    if (isRole(role)) props.onSave(member, role);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <SelectField
        id={props.fieldId}
        name="role"
        label={t('members.roleFor', { name: member.name })}
        isLabelHidden
        isInline
        defaultValue={member.role}
        options={roleOptions(t)}
        error={props.error}
      />
      <Button
        type="submit"
        variant="secondary"
        isInline
        aria-disabled={props.isSaving || undefined}
      >
        {t('members.saveRole')}
        <span className="visually-hidden"> {t('members.saveRoleFor', { name: member.name })}</span>
      </Button>
    </form>
  );
}
