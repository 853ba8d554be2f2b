import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../../i18n/use-t.js';
import type { RawAmount } from '../raw-values.js';
import { partDomId } from '../workspace-paths.js';
import { describedByIds, FieldTextsBlock, groupClass, type FieldTexts } from './field-frame.js';

// Shown first: the currencies cities in the network use most; the full ISO list follows.
const COMMON_CURRENCIES = ['EUR', 'GBP', 'USD', 'KES', 'NGN', 'ZAR', 'INR', 'MAD', 'JOD', 'LBP'];

export interface AmountInputProps extends FieldTexts {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  value: RawAmount;
  onChange: (value: RawAmount) => void;
  amountError?: string | undefined;
  currencyError?: string | undefined;
}

/** An amount of money: the number and its ISO 4217 currency, as one answer. */
export function AmountInput(props: AmountInputProps) {
  const { id, value } = props;
  const t = useT();
  const currencies = useCurrencyOptions(value.currency);
  const currencyId = partDomId(id, 'currency');
  const error = props.error ?? props.amountError ?? props.currencyError;

  return (
    <div className={groupClass(error)}>
      <fieldset className="fieldset" aria-describedby={describedByIds(id, { ...props, error })}>
        <legend className={props.legendClassName ?? 'fieldset__legend'}>{props.legend}</legend>
        <FieldTextsBlock id={id} hint={props.hint} note={props.note} error={error} />
        <div className="amount-input">
          <div className="amount-input__item">
            <label className="label" htmlFor={id}>
              {t('workspace.amount.amount')}
            </label>
            <input
              className={['input', 'input--width-10', props.amountError ? 'input--error' : '']
                .filter(Boolean)
                .join(' ')}
              id={id}
              type="text"
              inputMode="decimal"
              dir="ltr"
              autoComplete="off"
              value={value.amount}
              onChange={(event) => props.onChange({ ...value, amount: event.currentTarget.value })}
              aria-invalid={props.amountError ? true : undefined}
            />
          </div>
          <div className="amount-input__item">
            <label className="label" htmlFor={currencyId}>
              {t('workspace.amount.currency')}
            </label>
            <select
              className={props.currencyError ? 'select select--error' : 'select'}
              id={currencyId}
              value={value.currency}
              onChange={(event) =>
                props.onChange({ ...value, currency: event.currentTarget.value })
              }
              aria-invalid={props.currencyError ? true : undefined}
            >
              <option value="">{t('workspace.amount.chooseCurrency')}</option>
              {currencies.map((currency) => (
                <option key={currency.code} value={currency.code}>
                  {currency.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

interface CurrencyOption {
  code: string;
  label: string;
}

function useCurrencyOptions(selected: string): CurrencyOption[] {
  const intl = useIntl();
  return useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: 'currency' });
    const all =
      typeof Intl.supportedValuesOf === 'function'
        ? Intl.supportedValuesOf('currency')
        : COMMON_CURRENCIES;
    const labelOf = (code: string) => `${names.of(code) ?? code} (${code})`;
    const rest = all
      .filter((code) => !COMMON_CURRENCIES.includes(code))
      .map((code) => ({ code, label: labelOf(code) }))
      .sort((a, b) => a.label.localeCompare(b.label, intl.locale));
    const options = [...COMMON_CURRENCIES.map((code) => ({ code, label: labelOf(code) })), ...rest];
    // A stored code this browser does not know still shows as chosen.
    if (selected && !options.some((option) => option.code === selected))
      options.unshift({ code: selected, label: selected });
    return options;
  }, [intl.locale, selected]);
}
