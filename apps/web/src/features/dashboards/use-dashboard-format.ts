import { useMemo } from 'react';
import { useIntl } from 'react-intl';

export interface DashboardFormat {
  /** An ISO calendar date (YYYY-MM-DD) as "13 Sept 2027", never shifted by the time zone. */
  date(isoDate: string): string;
  number(value: number): string;
  /** A whole amount with its currency when the code is valid, else the number and the code. */
  money(value: number, currency: string | null): string;
  percent(share: number): string;
  /** A 0..1 index with two decimals (0.52). */
  index(value: number): string;
}

export function useDashboardFormat(): DashboardFormat {
  const intl = useIntl();
  return useMemo(() => {
    const number = (value: number) => intl.formatNumber(value, { maximumFractionDigits: 0 });
    return {
      date(isoDate) {
        const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
        return intl.formatDate(new Date(Date.UTC(y, m - 1, d)), {
          dateStyle: 'medium',
          timeZone: 'UTC',
        });
      },
      number,
      money(value, currency) {
        if (!currency) return number(value);
        // react-intl reports a bad currency instead of throwing, so check the code first.
        if (!/^[A-Z]{3}$/.test(currency)) return `${number(value)} ${currency}`;
        return intl.formatNumber(value, {
          style: 'currency',
          currency,
          currencyDisplay: 'code',
          maximumFractionDigits: 0,
        });
      },
      percent: (share) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }),
      index: (value) =>
        intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    };
  }, [intl]);
}
