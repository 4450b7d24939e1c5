import { getTranslations } from "next-intl/server";
import { pageUser } from "../../application/auth";
import { listUsers } from "../../data/users";
import { Forbidden } from "../../ui/auth/forbidden";
import { CreateUserForm, RoleForm } from "../../ui/auth/user-admin";
import "../../ui/registry/registry.css";

export const dynamic = "force-dynamic";

/** User management (admins): create accounts and set roles. */
export default async function UsersPage() {
  const user = await pageUser("admin", "/admin/users");
  if (!user) return <Forbidden role="admin" />;
  const [t, users] = await Promise.all([getTranslations("auth"), listUsers()]);
  return (
    <main className="registry-page" data-testid="users-page">
      <h1>{t("usersTitle")}</h1>
      <table className="registry-table" data-testid="users-table">
        <thead>
          <tr>
            <th scope="col">{t("username")}</th>
            <th scope="col">{t("roleLabel")}</th>
            <th scope="col">{t("createdAt")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-testid="user-row" data-username={u.username}>
              <td>{u.username}</td>
              <td>
                <RoleForm id={u.id} username={u.username} role={u.role} />
              </td>
              <td className="small">{u.createdAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CreateUserForm />
    </main>
  );
}
