import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: 'primary' | 'secondary' | 'warning';
  isInline?: boolean;
}

export function Button({
  variant = 'primary',
  isInline = false,
  type = 'button',
  ...button
}: ButtonProps) {
  const classes = [
    'button',
    variant === 'primary' ? '' : `button--${variant}`,
    isInline ? 'button--inline' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return <button {...button} type={type} className={classes} />;
}
