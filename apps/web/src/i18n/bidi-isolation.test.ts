import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Member } from '../api/types.js';
import { useFormErrors } from '../components/use-form-errors.js';
import { CitySwitcher } from '../features/cities/city-switcher.js';
import { MembersTable } from '../features/members/members-table.js';
import ar from './ar.json';

// Latin names with brackets or an @ sit inside Arabic tables and lists: each must be isolated
// (<bdi>) so the bidi algorithm cannot move its punctuation to the wrong end.

function renderInArabic(element: ReactNode, path = '/'): string {
  return renderToStaticMarkup(
    createElement(
      IntlProvider,
      { locale: 'ar', messages: ar, defaultLocale: 'en' },
      createElement(MemoryRouter, { initialEntries: [path] }, element),
    ),
  );
}

const member: Member = {
  userId: 'user-1',
  name: 'Youth Council (YC)',
  email: 'yc.lead@example.org',
  role: 'editor',
  joinedAt: '2026-03-01T10:00:00.000Z',
};

function MembersOfRiverside() {
  return createElement(MembersTable, {
    cityId: 'city-1',
    cityName: 'Riverside (CA)',
    members: [member],
    canManage: true,
    currentUserId: undefined,
    form: useFormErrors(),
    savingUserId: undefined,
    onSaveRole: () => undefined,
  });
}

describe('user-supplied names on right-to-left pages', () => {
  it('the members table isolates each name and email, in the row and in the remove link', () => {
    const html = renderInArabic(createElement(MembersOfRiverside));
    expect(html).toContain('<th scope="row"><bdi>Youth Council (YC)</bdi></th>');
    expect(html).toContain('<bdi>yc.lead@example.org</bdi>');
    expect(html.match(/<bdi>Youth Council \(YC\)<\/bdi>/g)).toHaveLength(2);
  });

  it('the city switcher isolates every city name it lists', () => {
    const html = renderInArabic(
      createElement(CitySwitcher, {
        memberships: [
          { cityId: 'city-1', cityName: 'Riverside (CA)', role: 'editor' },
          { cityId: 'city-2', cityName: 'Saint-Denis (93)', role: 'viewer' },
        ],
      }),
      '/cities/city-1',
    );
    expect(html).toContain('<bdi>Riverside (CA)</bdi>');
    expect(html).toContain('<bdi>Saint-Denis (93)</bdi>');
    // The current city in the toggle comes through a translated sentence: isolated there too.
    expect(html).toContain('\u2068Riverside (CA)\u2069');
  });
});
