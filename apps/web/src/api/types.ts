// Shapes of the API v1 responses (see .team/API.md); the browser trusts the server's schemas.

export type Locale = 'en' | 'fr' | 'ar';

export const ROLES = ['city-admin', 'coordinator', 'editor', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  isNetworkAdmin: boolean;
}

export interface Membership {
  cityId: string;
  cityName: string;
  role: Role;
}

export interface Me {
  user: User;
  memberships: Membership[];
}

export interface City {
  id: string;
  name: string;
  country: string;
  languages: string[];
  timeZone: string;
  createdAt: string;
  updatedAt: string;
}

export interface CityListItem extends City {
  role: Role | null;
}

export interface CityPermissions {
  manageMembers: boolean;
  editCity: boolean;
  editStrategy: boolean;
  view: boolean;
}

export interface CityDetail {
  city: City;
  role: Role | null;
  can: CityPermissions;
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  createdBy: { userId: string; name: string } | null;
}

export interface InvitationPreview {
  cityName: string;
  role: Role;
  email: string;
  accountExists: boolean;
}
