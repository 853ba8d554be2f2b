// The members list the API serves, as one SQL statement: same columns, same order (admins
// first, then by name and email), so the bare servers return byte-identical JSON.
const ROLE_ORDER = `case m.role when 'city-admin' then 0 when 'coordinator' then 1
  when 'editor' then 2 when 'contributor' then 3 else 4 end`;

export function membersSql(placeholder) {
  return `select u.id as "userId", u.name as "name", u.email as "email", m.role as "role",
    m.created_at as "joinedAt"
  from memberships m join users u on u.id = m.user_id
  where m.city_id = ${placeholder}
  order by ${ROLE_ORDER}, u.name, u.email`;
}
